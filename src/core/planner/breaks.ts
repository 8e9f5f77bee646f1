/**
 * Class breaks of the planner's choropleth: quantiles of the values shown, rounded to the indicator's decimals and
 * made distinct, so the legend reads as plain numbers and each class holds about as many areas.
 */
import { choroplethRamps } from '../colour/palette.ts';
import { displayValue, indicators, type IndicatorId } from './indicators.ts';
import type { PlannerArea } from './types.ts';

/** The classes of one choropleth: `breaks[i]` is the lower bound of class i + 1 (display units: shares in %). */
export interface Classes {
  indicator: IndicatorId;
  /** Ascending, distinct, at most colours.length − 1 of them. */
  breaks: number[];
  /** One colour per class, light to dark. */
  colours: string[];
  /** Colour of areas without a value. */
  noData: string;
  /** Lowest and highest value shown (display units), null when no area has one. */
  min: number | null;
  max: number | null;
}

/** Quantile classes of `areas` for `indicator` (at most five). */
export function classesOf(indicator: IndicatorId, areas: readonly PlannerArea[]): Classes {
  const ramp = indicators[indicator].higherIsWorse ? choroplethRamps.worse : choroplethRamps.more;
  const values = areas.map((a) => displayValue(indicator, a)).filter((v): v is number => v !== null).sort((a, b) => a - b);
  const n = values.length;
  const breaks: number[] = [];
  // Many areas at the minimum (no loss, no productive land) would make the low quantiles all equal and collapse the
  // ramp: the minimum then gets a class of its own and the quantiles are taken over the values above it.
  const atMin = n > 0 ? values.filter((v) => v === values[0]).length : 0;
  const spread = atMin * ramp.length > n ? values.slice(atMin) : values;
  if (spread !== values && spread.length > 0) breaks.push(spread[0]!);
  const classes = ramp.length - breaks.length;
  for (let k = 1; k < classes && spread.length > 0; k++) {
    const q = spread[Math.min(spread.length - 1, Math.floor((k * spread.length) / classes))]!;
    if (q > values[0]! && q > (breaks[breaks.length - 1] ?? -Infinity)) breaks.push(q);
  }
  return { indicator, breaks, colours: ramp.slice(0, breaks.length + 1), noData: choroplethRamps.noData, min: n ? values[0]! : null, max: n ? values[n - 1]! : null };
}

/** Class index of a display value (0 = lowest class), or -1 for no value. */
export function classIndex(value: number | null, c: Pick<Classes, 'breaks'>): number {
  if (value === null || !Number.isFinite(value)) return -1;
  let i = 0;
  while (i < c.breaks.length && value >= c.breaks[i]!) i++;
  return i;
}

/** Colour of an area under the classes. */
export function colourOf(a: PlannerArea, c: Classes): string {
  const i = classIndex(displayValue(c.indicator, a), c);
  return i < 0 ? c.noData : c.colours[i]!;
}
