/** Legend of the map's choropleth for the chosen indicator: one swatch per class with its range and unit, and no data. */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { classIndex, type Classes } from '../../core/planner/breaks.ts';
import { displayValue, indicators } from '../../core/planner/indicators.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { indicatorLabel, numberText } from './plannerText.ts';

/** Props of {@link ChoroplethLegend}. */
export interface ChoroplethLegendProps {
  lang: Lang;
  classes: Classes;
  /** The areas the classes were made from, to count them per class. */
  areas: readonly PlannerArea[];
  /** Which areas the map colours with these classes: municipalities below the sector zoom, sectors from it. */
  scope: 'municipalities' | 'sectors';
}

const Swatch = ({ colour }: { colour: string }) => (
  <svg class="pl-swatch" width="16" height="12" viewBox="0 0 16 12" aria-hidden="true" focusable="false">
    <rect x="0.5" y="0.5" width="15" height="11" fill={colour} stroke="#888" />
  </svg>
);

/** The legend (class `choropleth-legend`): ranges read "from – to" with the lower bound in the class. */
export function ChoroplethLegend({ lang, classes, areas, scope }: ChoroplethLegendProps) {
  const id = classes.indicator;
  const unit = indicators[id].unit;
  const counts = new Map<number, number>();
  for (const a of areas) {
    const k = classIndex(displayValue(id, a), classes);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const num = (v: number) => `${numberText(lang, id, v)}${unit ? ` ${unit}` : ''}`;
  const last = classes.colours.length - 1;
  const titleId = `pl-legend-title-${scope}`;
  return (
    <div class="choropleth-legend" role="group" aria-labelledby={titleId} data-indicator={id} data-scope={scope}>
      <p class="pl-legend-title" id={titleId}>
        {t(lang, scope === 'sectors' ? 'plLegendSectors' : 'plLegendTitle', { indicator: indicatorLabel(lang, id) })}
      </p>
      <ul>
        {classes.min !== null &&
          classes.max !== null &&
          classes.colours.map((colour, i) => {
            const from = i === 0 ? classes.min! : classes.breaks[i - 1]!;
            const to = i === last ? classes.max! : classes.breaks[i]!;
            return (
              <li key={i} data-class={i}>
                <Swatch colour={colour} /> {from === to ? num(from) : `${numberText(lang, id, from)} – ${num(to)}`} <span class="pl-count">({counts.get(i) ?? 0})</span>
              </li>
            );
          })}
        <li data-class="none">
          <Swatch colour={classes.noData} /> {t(lang, 'plNoData')} <span class="pl-count">({counts.get(-1) ?? 0})</span>
        </li>
      </ul>
    </div>
  );
}
