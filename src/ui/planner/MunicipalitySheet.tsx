/**
 * The sheet of one municipality in the panel: its indicators beside the region's, its productive land by status,
 * the 2013 → today change, its largest losses (each opens on the map), print and back buttons.
 */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import type { IndicatorId } from '../../core/planner/indicators.ts';
import type { LandLossProperties, PlannerArea, PlannerData } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { ChangeTable } from './ChangeTable.tsx';
import { IndicatorSummary } from './IndicatorSummary.tsx';
import { LossList } from './LossList.tsx';
import { StatusBar } from './StatusBar.tsx';
import { areaName } from './sortAreas.ts';

/** Props of {@link MunicipalitySheet}. */
export interface MunicipalitySheetProps {
  lang: Lang;
  data: PlannerData;
  area: PlannerArea;
  indicator: IndicatorId;
  /** Its largest losses, largest first; null while the layer is not loaded. */
  losses: readonly LandLossProperties[] | null;
  onBack(): void;
  onPrint(): void;
  onOpenLoss(loss: LandLossProperties): void;
}

/** The sheet, a labelled region of the panel. */
export function MunicipalitySheet({ lang, data, area, indicator, losses, onBack, onPrint, onOpenLoss }: MunicipalitySheetProps) {
  const name = areaName(lang, area);
  return (
    <section class="pl-sheet" aria-label={t(lang, 'plSheetLabel', { name })} data-nis={area.nis}>
      <div class="pl-sheet-actions">
        <button type="button" class="pl-back" onClick={onBack}>
          ← {t(lang, 'plBack')}
        </button>
        <button type="button" class="pl-print" onClick={onPrint}>
          {t(lang, 'plPrintSheet')}
        </button>
      </div>
      <h3 class="pl-sheet-name" tabIndex={-1}>
        {name}
      </h3>
      <IndicatorSummary lang={lang} area={area} region={data.region} municipalities={data.municipalities} indicator={indicator} />
      <h4>{t(lang, 'plStatusTitle')}</h4>
      <StatusBar lang={lang} area={area} />
      <h4>{t(lang, 'plChangeTitle')}</h4>
      <ChangeTable lang={lang} area={area} />
      <h4>{t(lang, 'plLossesTitle')}</h4>
      <LossList lang={lang} losses={losses} onOpen={onOpenLoss} />
    </section>
  );
}
