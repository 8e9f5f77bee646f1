/** The indicators of one municipality beside the region's, with its rank among the 19, units in the values. */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { indicatorIds, type IndicatorId } from '../../core/planner/indicators.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { rankOf } from './plannerData.ts';
import { haText, indicatorLabel, indicatorText } from './plannerText.ts';
import { regionName } from './sortAreas.ts';

/** Props of {@link IndicatorSummary}. */
export interface IndicatorSummaryProps {
  lang: Lang;
  area: PlannerArea;
  region: PlannerArea;
  municipalities: readonly PlannerArea[];
  /** The indicator on the map: its row is marked. */
  indicator: IndicatorId;
}

/** A table: indicator, this municipality, rank, region. */
export function IndicatorSummary({ lang, area, region, municipalities, indicator }: IndicatorSummaryProps) {
  const n = String(municipalities.length);
  return (
    // scrolls sideways in the narrow side panel rather than clipping the region column
    <div class="pl-summary-wrap">
    <table class="pl-summary">
      <thead>
        <tr>
          <th scope="col">{t(lang, 'plIndicators')}</th>
          <th scope="col">{t(lang, 'plThisMunicipality')}</th>
          <th scope="col">{t(lang, 'plRank')}</th>
          <th scope="col">{regionName(lang, region)}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t(lang, 'plLandArea')}</th>
          <td>{haText(lang, area.areaHa)}</td>
          <td />
          <td>{haText(lang, region.areaHa)}</td>
        </tr>
        {indicatorIds.map((id) => {
          const rank = rankOf(municipalities, area.code, id);
          return (
            <tr key={id} data-indicator={id} class={id === indicator ? 'pl-row-current' : undefined}>
              <th scope="row">{indicatorLabel(lang, id)}</th>
              <td>{indicatorText(lang, id, area)}</td>
              <td>{rank === null ? '' : t(lang, 'plRankOf', { rank: String(rank), n })}</td>
              <td>{indicatorText(lang, id, region)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
