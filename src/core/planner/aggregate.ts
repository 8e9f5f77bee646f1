/**
 * Additive sums per area (m², µg/m³·m², people) and the PlannerArea they make. Sums add up from sectors to
 * municipalities; means and shares are computed from an area's own sums at the end, never averaged. Rounding
 * (ha to 0.01) keeps the identities of the contract exact in the file: productiveTotalHa is the sum of the
 * rounded statuses, industrial2013Ha the sum of still and the rounded losses, and the region's hectares and
 * people are the sums of the municipalities' rounded figures.
 */
import { siteStatuses, type SiteStatus } from '../types.ts';
import { addNo2Sums, emptyNo2Sums, type No2Sums } from './no2.ts';
import { lossCategories, type LossCategory, type PlannerArea } from './types.ts';

/** Everything about one area that adds up. */
export interface AreaSums {
  areaM2: number;
  productiveM2: Record<SiteStatus, number>;
  industrial2013M2: number;
  stillIndustrialM2: number;
  /** Lost land per category except `other`, which is the remainder (industrial2013 − still − the others). */
  lostM2: Record<Exclude<LossCategory, 'other'>, number>;
  newIndustrialM2: number;
  no2All: No2Sums;
  no2Productive: No2Sums;
  /** Productive land within the stop distance of a metro or tram stop. */
  productiveNearStopsM2: number;
  /** Null until a census row is added. */
  residents: number | null;
  employedResidents: number | null;
}

/** Zero sums (people unknown). */
export function emptySums(): AreaSums {
  return {
    areaM2: 0,
    productiveM2: Object.fromEntries(siteStatuses.map((s) => [s, 0])) as Record<SiteStatus, number>,
    industrial2013M2: 0,
    stillIndustrialM2: 0,
    lostM2: { residential: 0, commercial: 0, construction: 0 },
    newIndustrialM2: 0,
    no2All: emptyNo2Sums(),
    no2Productive: emptyNo2Sums(),
    productiveNearStopsM2: 0,
    residents: null,
    employedResidents: null,
  };
}

/** Adds a count to a figure that stays null until something is known. */
export const addKnown = (a: number | null, b: number | null): number | null => (b === null ? a : (a ?? 0) + b);

/** Adds `b` into `a`. */
export function addSums(a: AreaSums, b: AreaSums): void {
  a.areaM2 += b.areaM2;
  for (const s of siteStatuses) a.productiveM2[s] += b.productiveM2[s];
  a.industrial2013M2 += b.industrial2013M2;
  a.stillIndustrialM2 += b.stillIndustrialM2;
  a.lostM2.residential += b.lostM2.residential;
  a.lostM2.commercial += b.lostM2.commercial;
  a.lostM2.construction += b.lostM2.construction;
  a.newIndustrialM2 += b.newIndustrialM2;
  addNo2Sums(a.no2All, b.no2All);
  addNo2Sums(a.no2Productive, b.no2Productive);
  a.productiveNearStopsM2 += b.productiveNearStopsM2;
  a.residents = addKnown(a.residents, b.residents);
  a.employedResidents = addKnown(a.employedResidents, b.employedResidents);
}

/** Rounds to `d` decimals (0.01 ha); also clears float noise from sums of rounded numbers. */
export const roundTo = (v: number, d: number): number => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
};
const ha = (m2: number): number => roundTo(m2 / 10_000, 2);
const ratio = (num: number, den: number, d: number): number | null => (den > 0 ? roundTo(num / den, d) : null);

/** Who an area is. */
export type AreaMeta = Pick<PlannerArea, 'code' | 'kind' | 'nameFr' | 'nameNl' | 'nis'>;

/** Decimals of shares (0.01 %) and of NO2 means (0.01 µg/m³). */
const shareDecimals = 4;
const no2Decimals = 2;

/** The means and shares of an area from its own sums (null where the area has no productive land). */
function derived(s: AreaSums, areaHa: number, productiveTotalHa: number): Pick<PlannerArea, 'productiveShare' | 'no2ProductiveUgM3' | 'no2AllUgM3' | 'productiveAboveEu2030Share' | 'productiveNearMetroTramShare'> {
  const productiveM2 = siteStatuses.reduce((t, st) => t + s.productiveM2[st], 0);
  const hasProductive = productiveM2 > 0;
  return {
    productiveShare: areaHa > 0 ? roundTo(productiveTotalHa / areaHa, shareDecimals) : 0,
    no2ProductiveUgM3: hasProductive ? ratio(s.no2Productive.weightedUgM3M2, s.no2Productive.areaM2, no2Decimals) : null,
    no2AllUgM3: ratio(s.no2All.weightedUgM3M2, s.no2All.areaM2, no2Decimals) ?? 0,
    productiveAboveEu2030Share: hasProductive ? ratio(s.no2Productive.aboveM2, s.no2Productive.areaM2, shareDecimals) : null,
    productiveNearMetroTramShare: hasProductive ? ratio(s.productiveNearStopsM2, productiveM2, shareDecimals) : null,
  };
}

/** The PlannerArea of a sector or municipality from its sums, rounded; `other` losses are the remainder. */
export function finishArea(meta: AreaMeta, s: AreaSums): PlannerArea {
  const productiveHa = Object.fromEntries(siteStatuses.map((st) => [st, ha(s.productiveM2[st])])) as Record<SiteStatus, number>;
  const productiveTotalHa = roundTo(siteStatuses.reduce((t, st) => t + productiveHa[st], 0), 2);
  const otherM2 = Math.max(0, s.industrial2013M2 - s.stillIndustrialM2 - s.lostM2.residential - s.lostM2.commercial - s.lostM2.construction);
  const lostHa: Record<LossCategory, number> = { residential: ha(s.lostM2.residential), commercial: ha(s.lostM2.commercial), construction: ha(s.lostM2.construction), other: ha(otherM2) };
  const areaHa = ha(s.areaM2);
  return {
    ...meta,
    areaHa,
    productiveHa,
    productiveTotalHa,
    ...changeFrom(ha(s.stillIndustrialM2), lostHa, ha(s.newIndustrialM2)),
    ...derived(s, areaHa, productiveTotalHa),
    residents: s.residents,
    employedResidents: s.employedResidents,
  };
}

/** change2013 from rounded parts, so that industrial2013Ha = still + lostTotal and netHa = new − lostTotal exactly. */
function changeFrom(stillIndustrialHa: number, lostHa: Record<LossCategory, number>, newIndustrialHa: number): Pick<PlannerArea, 'change2013'> {
  const lostTotalHa = roundTo(lossCategories.reduce((t, c) => t + lostHa[c], 0), 2);
  return {
    change2013: {
      industrial2013Ha: roundTo(stillIndustrialHa + lostTotalHa, 2),
      stillIndustrialHa,
      lostHa,
      lostTotalHa,
      newIndustrialHa,
      netHa: roundTo(newIndustrialHa - lostTotalHa, 2),
    },
  };
}

/**
 * The region: hectares and people are the sums of the municipalities' (rounded) figures, so the table adds up
 * to the last digit; means and shares come from the region's own sums (`s`, the municipalities' sums added).
 */
export function finishRegion(meta: AreaMeta, municipalities: readonly PlannerArea[], s: AreaSums): PlannerArea {
  const sum = (f: (a: PlannerArea) => number): number => roundTo(municipalities.reduce((t, a) => t + f(a), 0), 2);
  const known = (f: (a: PlannerArea) => number | null): number | null => municipalities.reduce<number | null>((t, a) => addKnown(t, f(a)), null);
  const productiveHa = Object.fromEntries(siteStatuses.map((st) => [st, sum((a) => a.productiveHa[st])])) as Record<SiteStatus, number>;
  const productiveTotalHa = roundTo(siteStatuses.reduce((t, st) => t + productiveHa[st], 0), 2);
  const lostHa = Object.fromEntries(lossCategories.map((c) => [c, sum((a) => a.change2013.lostHa[c])])) as Record<LossCategory, number>;
  const areaHa = sum((a) => a.areaHa);
  return {
    ...meta,
    areaHa,
    productiveHa,
    productiveTotalHa,
    ...changeFrom(sum((a) => a.change2013.stillIndustrialHa), lostHa, sum((a) => a.change2013.newIndustrialHa)),
    ...derived(s, areaHa, productiveTotalHa),
    residents: known((a) => a.residents),
    employedResidents: known((a) => a.employedResidents),
  };
}
