/**
 * The ranked, sortable table of the municipalities: one column per indicator (units in the headers), sort buttons
 * in the headers carrying aria-sort, a name button per row opening its sheet, and the region total in the foot.
 */
import '../../i18n/dictPlanner.ts'; // registers the strings this module reads
import { displayValue, indicators, type IndicatorId } from '../../core/planner/indicators.ts';
import type { PlannerArea } from '../../core/planner/types.ts';
import { t, type Lang } from '../../i18n/i18n.ts';
import { indicatorLabel, indicatorShort, numberText } from './plannerText.ts';
import { areaName, nextSort, regionName, type AreaSort } from './sortAreas.ts';

/** The table's indicator columns, in order. */
export const tableColumns: readonly IndicatorId[] = ['productiveHa', 'productiveShare', 'availableHa', 'lostHa', 'netHa', 'no2ProductiveUgM3', 'residents', 'employedResidents', 'nearMetroTramShare'];

/** Props of {@link MunicipalityTable}. */
export interface MunicipalityTableProps {
  lang: Lang;
  /** The municipalities, already in the table's order. */
  rows: readonly PlannerArea[];
  region: PlannerArea;
  sort: AreaSort;
  /** The indicator on the map: its column is marked. */
  indicator: IndicatorId;
  selectedNis: string | null;
  onSort(sort: AreaSort): void;
  onSelect(nis: string): void;
}

const ariaSort = (sort: AreaSort, by: AreaSort['by']) => (sort.by === by ? (sort.desc ? 'descending' : 'ascending') : undefined);

/** A header cell: a button sorting by its column. */
function SortHeader({ lang, by, sort, label, unit, title, onSort, current }: { lang: Lang; by: AreaSort['by']; sort: AreaSort; label: string; unit: string; title: string; onSort(s: AreaSort): void; current: boolean }) {
  const active = sort.by === by;
  return (
    <th scope="col" aria-sort={ariaSort(sort, by)} class={current ? 'pl-col-current' : undefined} data-col={by}>
      <button type="button" class="pl-sort" title={t(lang, 'plSortBy', { column: title })} onClick={() => onSort(nextSort(sort, by))}>
        <span class="pl-th-label">{label}</span>
        {unit && <span class="pl-th-unit"> ({unit})</span>}
        <span class="pl-sort-mark" aria-hidden="true">
          {active ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/** Value cells of one area. */
function Cells({ lang, area, indicator }: { lang: Lang; area: PlannerArea; indicator: IndicatorId }) {
  return (
    <>
      {tableColumns.map((id) => {
        const v = displayValue(id, area);
        return (
          <td key={id} class={`${id === indicator ? 'pl-col-current' : ''}${v === null ? ' pl-nodata' : ''}`.trim() || undefined}>
            {v === null ? (
              <>
                <span aria-hidden="true">—</span>
                <span class="pl-sr">{t(lang, 'plNoData')}</span>
              </>
            ) : (
              numberText(lang, id, v)
            )}
          </td>
        );
      })}
    </>
  );
}

/** The table (wrapped so it scrolls sideways in a narrow panel) with how to use it. */
export function MunicipalityTable({ lang, rows, region, sort, indicator, selectedNis, onSort, onSelect }: MunicipalityTableProps) {
  return (
    <>
      <p class="hint pl-table-hint">{t(lang, 'plTableHint')}</p>
      <div class="pl-table-wrap">
        <table class="pl-table">
          <caption>{t(lang, 'plTableCaption')}</caption>
          <thead>
            <tr>
              <SortHeader lang={lang} by="name" sort={sort} label={t(lang, 'plMunicipality')} unit="" title={t(lang, 'plMunicipality')} onSort={onSort} current={false} />
              {tableColumns.map((id) => (
                <SortHeader key={id} lang={lang} by={id} sort={sort} label={indicatorShort(lang, id)} unit={indicators[id].unit} title={indicatorLabel(lang, id)} onSort={onSort} current={id === indicator} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => {
              const selected = a.nis === selectedNis;
              return (
                <tr key={a.code} data-nis={a.nis} aria-selected={selected ? 'true' : 'false'} class={selected ? 'selected' : undefined}>
                  <th scope="row">
                    <button type="button" class="link pl-name" data-nis={a.nis} onClick={() => onSelect(a.nis)}>
                      {areaName(lang, a)}
                    </button>
                  </th>
                  <Cells lang={lang} area={a} indicator={indicator} />
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr class="pl-region-row" data-nis={region.nis}>
              <th scope="row">{regionName(lang, region)}</th>
              <Cells lang={lang} area={region} indicator={indicator} />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
