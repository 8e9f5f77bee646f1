/**
 * Export of the planner table: one row per municipality (in the order given, e.g. the table's sort) and the region
 * last, with every indicator of `core/planner`. Column names are English snake_case with the unit last, as in the
 * site exports; shares are written in percent; written by the same CSV writer (`toCsv`) as every other export.
 */
import { siteStatuses } from '../types';
import { lossCategories, type PlannerArea } from '../planner/types';
import { toCsv, type CsvCell, type CsvOptions } from './csv';
import { dayStamp } from './sites';

/** One column of the planner table export. */
export interface PlannerColumn {
  /** Header, snake_case with the unit last (`_ha`, `_pct`, `_ug_m3`). */
  name: string;
  /** Reads the cell of an area (null for no value). */
  value(a: PlannerArea): CsvCell;
}

// Hectares to 4 decimals (1 m²), percent and µg/m³ to 2: more digits would only be noise of the pipeline.
const round = (v: number | null | undefined, decimals: number): number | null => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
};
const ha = (name: string, get: (a: PlannerArea) => number | null | undefined): PlannerColumn => ({ name, value: (a) => round(get(a), 4) });
const pct = (name: string, get: (a: PlannerArea) => number | null | undefined): PlannerColumn => ({ name, value: (a) => round((get(a) ?? NaN) * 100, 2) });
const count = (name: string, get: (a: PlannerArea) => number | null | undefined): PlannerColumn => ({ name, value: (a) => round(get(a), 0) });
const text = (name: string, get: (a: PlannerArea) => string): PlannerColumn => ({ name, value: (a) => (typeof get(a) === 'string' ? get(a) : null) });
const slug = (id: string) => id.replace(/-/g, '_');

/** The columns, in order: identity, land, productive land by status, 2013 change, NO2, census, transit. */
export function plannerColumns(): PlannerColumn[] {
  return [
    text('nis', (a) => a.nis),
    text('kind', (a) => a.kind),
    text('name_fr', (a) => a.nameFr),
    text('name_nl', (a) => a.nameNl),
    ha('area_ha', (a) => a.areaHa),
    ha('productive_ha', (a) => a.productiveTotalHa),
    pct('productive_share_pct', (a) => a.productiveShare),
    ...siteStatuses.map((s) => ha(`productive_${slug(s)}_ha`, (a) => a.productiveHa?.[s])),
    ha('industrial_2013_ha', (a) => a.change2013?.industrial2013Ha),
    ha('still_industrial_ha', (a) => a.change2013?.stillIndustrialHa),
    ...lossCategories.map((c) => ha(`lost_to_${c}_ha`, (a) => a.change2013?.lostHa?.[c])),
    ha('lost_total_ha', (a) => a.change2013?.lostTotalHa),
    ha('new_industrial_ha', (a) => a.change2013?.newIndustrialHa),
    ha('net_change_ha', (a) => a.change2013?.netHa),
    { name: 'no2_productive_ug_m3', value: (a) => round(a.no2ProductiveUgM3, 2) },
    { name: 'no2_all_ug_m3', value: (a) => round(a.no2AllUgM3, 2) },
    pct('productive_above_eu2030_no2_pct', (a) => a.productiveAboveEu2030Share),
    count('residents_2021', (a) => a.residents),
    count('employed_residents_2021', (a) => a.employedResidents),
    pct('productive_near_metro_tram_pct', (a) => a.productiveNearMetroTramShare),
  ];
}

/** Header and rows: the municipalities in the order given, then the region. */
export function plannerRows(municipalities: readonly PlannerArea[], region: PlannerArea): CsvCell[][] {
  const columns = plannerColumns();
  return [columns.map((c) => c.name), ...[...municipalities, region].map((a) => columns.map((c) => c.value(a)))];
}

/** The table as CSV text (BOM, separator and formula guard as every export: `toCsv`'s options). */
export function plannerToCsv(municipalities: readonly PlannerArea[], region: PlannerArea, options: Partial<CsvOptions> = {}): string {
  return toCsv(plannerRows(municipalities, region), options);
}

/** Name of the export file, e.g. `brussels-municipalities-productive-land-2026-11-30.csv` (local date). */
export function plannerFileName(date: Date): string {
  return `brussels-municipalities-productive-land-${dayStamp(date)}.csv`;
}
