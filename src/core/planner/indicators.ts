/**
 * The indicators a planner can sort the table by and colour the map with: one accessor per indicator over a
 * `PlannerArea`, its unit and how many decimals it is shown with. Labels live in i18n (`planner.ind.<id>`).
 */
import type { PlannerArea } from './types.ts';

/** Indicator ids, in the table's column order; also the URL's `ind=` values. */
export const indicatorIds = [
  'productiveHa',
  'productiveShare',
  'availableHa',
  'lostHa',
  'netHa',
  'no2ProductiveUgM3',
  'no2AllUgM3',
  'aboveEu2030Share',
  'residents',
  'employedResidents',
  'nearMetroTramShare',
] as const;
/** One indicator id. */
export type IndicatorId = (typeof indicatorIds)[number];

/** What a planner reads about one indicator. */
export interface Indicator {
  id: IndicatorId;
  /** Unit shown after the value: `ha`, `%`, `µg/m³`, `` for counts. */
  unit: 'ha' | '%' | 'µg/m³' | '';
  /** Decimals shown (after scaling shares to percent). */
  decimals: number;
  /** True when a higher value is worse for productive land (losses, NO2): the ramp then runs the other way. */
  higherIsWorse: boolean;
  /** The value (shares as 0–1; the UI scales to percent), null when the area has none. */
  value(a: PlannerArea): number | null;
}

const ind = (id: IndicatorId, unit: Indicator['unit'], decimals: number, higherIsWorse: boolean, value: Indicator['value']): Indicator => ({ id, unit, decimals, higherIsWorse, value });

/** Every indicator by id. */
export const indicators: Record<IndicatorId, Indicator> = {
  productiveHa: ind('productiveHa', 'ha', 1, false, (a) => a.productiveTotalHa),
  productiveShare: ind('productiveShare', '%', 1, false, (a) => a.productiveShare),
  availableHa: ind('availableHa', 'ha', 1, false, (a) => a.productiveHa.available),
  lostHa: ind('lostHa', 'ha', 1, true, (a) => a.change2013.lostTotalHa),
  netHa: ind('netHa', 'ha', 1, false, (a) => a.change2013.netHa),
  no2ProductiveUgM3: ind('no2ProductiveUgM3', 'µg/m³', 1, true, (a) => a.no2ProductiveUgM3),
  no2AllUgM3: ind('no2AllUgM3', 'µg/m³', 1, true, (a) => a.no2AllUgM3),
  aboveEu2030Share: ind('aboveEu2030Share', '%', 0, true, (a) => a.productiveAboveEu2030Share),
  residents: ind('residents', '', 0, false, (a) => a.residents),
  employedResidents: ind('employedResidents', '', 0, false, (a) => a.employedResidents),
  nearMetroTramShare: ind('nearMetroTramShare', '%', 0, false, (a) => a.productiveNearMetroTramShare),
};

/** The indicator shown when none is chosen. */
export const defaultIndicator: IndicatorId = 'productiveHa';

/** True when the value is an indicator id (URL parsing). */
export function isIndicatorId(v: unknown): v is IndicatorId {
  return typeof v === 'string' && (indicatorIds as readonly string[]).includes(v);
}

/** The value as displayed: shares in percent, rounded to the indicator's decimals; null stays null. */
export function displayValue(id: IndicatorId, a: PlannerArea): number | null {
  const i = indicators[id];
  const v = i.value(a);
  if (v === null || !Number.isFinite(v)) return null;
  const scaled = i.unit === '%' ? v * 100 : v;
  const f = 10 ** i.decimals;
  return Math.round(scaled * f) / f;
}
