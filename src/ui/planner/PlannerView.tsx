/**
 * The planner view (loaded on demand, with Observable Plot and planner.css): an indicator picker, the legend of
 * the map's choropleth, the sortable table of the 19 municipalities with the region total, a bar chart and the
 * CSV download; with a municipality selected, its sheet instead, printable on one A4 page. The app owns the state.
 */
import '../../i18n/dictPlanner.ts'; // registers the view's strings
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { classesOf } from '../../core/planner/breaks.ts';
import { indicatorIds, isIndicatorId, type IndicatorId } from '../../core/planner/indicators.ts';
import type { LandLossProperties, PlannerData } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { ChoroplethLegend } from './ChoroplethLegend.tsx';
import { IndicatorChart } from './IndicatorChart.tsx';
import { MunicipalitySheet } from './MunicipalitySheet.tsx';
import { MunicipalityTable } from './MunicipalityTable.tsx';
import { PlannerExport } from './PlannerExport.tsx';
import { PlannerPrint } from './PlannerPrint.tsx';
import type { PlannerSource } from './MunicipalityPrintSheet.tsx';
import { largestLosses } from './plannerData.ts';
import { indicatorLabel } from './plannerText.ts';
import { sortAreas } from './sortAreas.ts';
import '../../styles/planner.css';

/** What the app passes to the planner view. */
export interface PlannerViewProps {
  lang: Lang;                                    // from src/i18n/i18n.ts
  data: PlannerData | null;                      // null while loading
  error: string | null;                          // load failure, shown as a clear message naming the file
  losses: readonly LandLossProperties[] | null;  // features' properties of land-losses.fgb (null while loading/failed)
  indicator: IndicatorId;
  selectedNis: string | null;
  sort: { by: IndicatorId | 'name'; desc: boolean };
  sources: readonly PlannerSource[]; // for the sheet/print footer
  onIndicator(id: IndicatorId): void;
  onSort(sort: { by: IndicatorId | 'name'; desc: boolean }): void;
  onSelect(nis: string | null): void;            // the app fits the map to it
  onOpenLoss(loss: LandLossProperties): void;    // the app flies to it / opens its site
}

/** The planner panel: the entry of its lazily loaded chunk. */
export function PlannerView({ lang, data, error, losses, indicator, selectedNis, sort, sources, onIndicator, onSort, onSelect, onOpenLoss }: PlannerViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const [printing, setPrinting] = useState(false);
  // set only by this panel's own buttons: a selection made on the map does not move the focus
  const focusSheet = useRef(false);
  const returnTo = useRef<string | null>(null);
  const classes = useMemo(() => (data ? classesOf(indicator, data.municipalities) : null), [data, indicator]);
  // sectors are classed on their own (the map does the same): their values are far smaller than a municipality's
  const sectorClasses = useMemo(() => (data ? classesOf(indicator, data.sectors) : null), [data, indicator]);
  const rows = useMemo(() => (data ? sortAreas(data.municipalities, sort, lang) : []), [data, sort.by, sort.desc, lang]);
  const area = data && selectedNis ? data.municipalities.find((m) => m.nis === selectedNis) : undefined;
  const top = useMemo(() => (losses && area ? largestLosses(losses, area.nis) : null), [losses, area?.nis]);
  const open = (nis: string) => {
    focusSheet.current = true;
    onSelect(nis);
  };
  const back = () => {
    returnTo.current = selectedNis;
    setPrinting(false);
    onSelect(null);
  };
  // focus follows the panel's own moves: into the sheet it opened, back to the row it came from
  useEffect(() => {
    if (!area) setPrinting(false);
    const el = root.current;
    if (!el) return;
    if (area && focusSheet.current) el.querySelector<HTMLElement>('.pl-sheet-name')?.focus();
    focusSheet.current = false;
    const nis = returnTo.current;
    if (selectedNis !== null || !nis) return;
    returnTo.current = null;
    Array.from(el.querySelectorAll<HTMLButtonElement>('button.pl-name'))
      .find((b) => b.dataset.nis === nis)
      ?.focus();
  }, [selectedNis, area]);

  if (error) {
    return (
      <div class="planner-view" ref={root}>
        <p class="pl-error" role="alert">
          {t(lang, 'plLoadError', { error })}
        </p>
      </div>
    );
  }
  if (!data || !classes) {
    return (
      <div class="planner-view" ref={root} aria-busy="true">
        <p class="pl-loading">{t(lang, 'plLoading')}</p>
      </div>
    );
  }
  return (
    <div class="planner-view" ref={root}>
      <h2 class="pl-heading">{t(lang, 'plHeading')}</h2>
      <label class="pl-picker">
        {t(lang, 'plIndicator')}{' '}
        <select value={indicator} onChange={(e) => isIndicatorId(e.currentTarget.value) && onIndicator(e.currentTarget.value)}>
          {indicatorIds.map((id) => (
            <option key={id} value={id}>
              {indicatorLabel(lang, id)}
            </option>
          ))}
        </select>
      </label>
      <ChoroplethLegend lang={lang} classes={classes} areas={data.municipalities} scope="municipalities" />
      {sectorClasses && data.sectors.length > 0 && (
        <details class="pl-legend-sectors">
          <summary>{t(lang, 'plLegendSectorsOpen', { n: String(data.sectors.length) })}</summary>
          <ChoroplethLegend lang={lang} classes={sectorClasses} areas={data.sectors} scope="sectors" />
        </details>
      )}
      {area ? (
        <MunicipalitySheet lang={lang} data={data} area={area} indicator={indicator} losses={top} onBack={back} onPrint={() => setPrinting(true)} onOpenLoss={onOpenLoss} />
      ) : (
        <>
          <MunicipalityTable lang={lang} rows={rows} region={data.region} sort={sort} indicator={indicator} selectedNis={selectedNis} onSort={onSort} onSelect={open} />
          <IndicatorChart lang={lang} municipalities={data.municipalities} region={data.region} indicator={indicator} classes={classes} selectedNis={selectedNis} onSelect={open} />
          <PlannerExport lang={lang} rows={rows} region={data.region} />
        </>
      )}
      {printing && area && <PlannerPrint lang={lang} data={data} area={area} indicator={indicator} classes={classes} losses={top} sources={sources} onClose={() => setPrinting(false)} />}
    </div>
  );
}
