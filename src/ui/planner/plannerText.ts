/**
 * Words and numbers of the planner view in the UI language: indicator labels (full and short), units, values with
 * the indicator's decimals, hectares, loss categories and land uses.
 */
import '../../i18n/dictPlanner.ts'; // registers the view's strings
import { displayValue, indicators, type IndicatorId } from '../../core/planner/indicators.ts';
import type { LossCategory, PlannerArea } from '../../core/planner/types.ts';
import { locale, t, type Lang, type MessageKey } from '../../i18n/i18n.ts';

const labelKeys: Record<IndicatorId, readonly [MessageKey, MessageKey]> = {
  productiveHa: ['indProductiveHa', 'indShortProductiveHa'],
  productiveShare: ['indProductiveShare', 'indShortProductiveShare'],
  availableHa: ['indAvailableHa', 'indShortAvailableHa'],
  lostHa: ['indLostHa', 'indShortLostHa'],
  netHa: ['indNetHa', 'indShortNetHa'],
  no2ProductiveUgM3: ['indNo2ProductiveUgM3', 'indShortNo2ProductiveUgM3'],
  no2AllUgM3: ['indNo2AllUgM3', 'indShortNo2AllUgM3'],
  aboveEu2030Share: ['indAboveEu2030Share', 'indShortAboveEu2030Share'],
  residents: ['indResidents', 'indShortResidents'],
  employedResidents: ['indEmployedResidents', 'indShortEmployedResidents'],
  nearMetroTramShare: ['indNearMetroTramShare', 'indShortNearMetroTramShare'],
};

const lossKeys: Record<LossCategory, MessageKey> = {
  residential: 'lossCatResidential',
  commercial: 'lossCatCommercial',
  construction: 'lossCatConstruction',
  other: 'lossCatOther',
};

/** Full label of an indicator ("Productive land"). */
export function indicatorLabel(lang: Lang, id: IndicatorId): string {
  return t(lang, labelKeys[id][0]);
}

/** Short label of an indicator for a column header ("Productive"). */
export function indicatorShort(lang: Lang, id: IndicatorId): string {
  return t(lang, labelKeys[id][1]);
}

/** "label: value" with the language's colon (French puts a space before it). */
export function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${lang === 'fr' ? ' : ' : ': '}${value}`;
}

/** A label with its unit in brackets, "Productive land (ha)"; counts have none. */
export function withUnit(label: string, id: IndicatorId): string {
  const unit = indicators[id].unit;
  return unit ? `${label} (${unit})` : label;
}

const formats = new Map<string, Intl.NumberFormat>();

/** A number with exactly `decimals` decimals in the language's notation ("1 234,5"). */
export function fixed(lang: Lang, value: number, decimals: number): string {
  const key = `${lang}:${decimals}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(value);
}

/** A display value (shares already in %) of an indicator without its unit; "no data" for null. */
export function numberText(lang: Lang, id: IndicatorId, value: number | null): string {
  return value === null ? t(lang, 'plNoData') : fixed(lang, value, indicators[id].decimals);
}

/** The value of an indicator for an area with its unit ("12,3 ha", "45 %", "25 000"), or "no data". */
export function indicatorText(lang: Lang, id: IndicatorId, a: PlannerArea): string {
  const v = displayValue(id, a);
  if (v === null) return t(lang, 'plNoData');
  const unit = indicators[id].unit;
  return unit ? `${numberText(lang, id, v)} ${unit}` : numberText(lang, id, v);
}

/** Hectares with one decimal ("3,4 ha"); "no data" when not a number. */
export function haText(lang: Lang, ha: number | null | undefined): string {
  return typeof ha === 'number' && Number.isFinite(ha) ? `${fixed(lang, ha, ha !== 0 && Math.abs(ha) < 0.1 ? 2 : 1)} ha` : t(lang, 'plNoData');
}

/** Hectares with a sign for a change ("+1,2 ha", "-3,4 ha"). */
export function signedHaText(lang: Lang, ha: number): string {
  if (!Number.isFinite(ha)) return t(lang, 'plNoData');
  return ha > 0 ? `+${haText(lang, ha)}` : haText(lang, ha);
}

/** Name of a category of lost land ("housing"). */
export function lossCategoryLabel(lang: Lang, c: LossCategory): string {
  const key = lossKeys[c];
  return key ? t(lang, key) : c;
}

/** Today's OSM land use as `landuse=…`, or "none mapped". */
export function landuseText(lang: Lang, landuse: string): string {
  return typeof landuse === 'string' && landuse.trim() ? `landuse=${landuse.trim()}` : t(lang, 'noneMapped');
}

/** A date of the data (ISO timestamp) in the language's long form; the text as given when it is not a date. */
export function dateText(lang: Lang, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long' }).format(d);
}
