/** Plain-words formatting of site metrics for the card ("Metro: 320 m", "NO2: 27 µg/m³, above the EU 2030 limit"). */
import type { MetricKey, SiteKind, SiteProperties } from '../core/types.ts';
import { pickName, t, type Lang, type MessageKey, numberFormat } from '../i18n/i18n.ts';

const kindKey: Record<SiteKind, MessageKey> = { vacant: 'kindVacant', productive: 'kindProductive', 'in-transition': 'kindInTransition' };

/** Localised label of a site kind. */
export function kindLabel(lang: Lang, kind: string): string {
  return kind in kindKey ? t(lang, kindKey[kind as SiteKind]) : kind;
}

/** Distance in metres as "320 m" or "1,2 km"; unknown (negative, NaN) → the word for unknown. */
export function formatDistance(lang: Lang, distM: number): string {
  if (!Number.isFinite(distM) || distM < 0) return t(lang, 'unknown');
  if (distM < 1000) return `${Math.round(distM / 10) * 10} m`;
  return `${numberFormat(lang, 1).format(distM / 1000)} km`;
}

/** Area in m² as "850 m²" or "2,4 ha". */
export function formatArea(lang: Lang, areaM2: number): string {
  if (!Number.isFinite(areaM2) || areaM2 < 0) return t(lang, 'unknown');
  if (areaM2 < 10_000) return `${numberFormat(lang).format(Math.round(areaM2))} m²`;
  return `${numberFormat(lang, 1).format(areaM2 / 10_000)} ha`;
}

/** NO2 in µg/m³ with its position against the WHO guideline (10) and EU 2030 limit (20). */
export function formatNo2(lang: Lang, no2UgM3: number): string {
  if (!Number.isFinite(no2UgM3) || no2UgM3 < 0) return t(lang, 'unknown');
  const v = numberFormat(lang, 1).format(no2UgM3); // 20.3 must not read "20, above the limit"
  const judgement = no2UgM3 > 20 ? 'aboveEu' : no2UgM3 > 10 ? 'aboveWho' : 'belowWho';
  return `${v} µg/m³, ${t(lang, judgement)}`;
}

const metricLabel = (k: MetricKey): MessageKey => `m${k[0]!.toUpperCase()}${k.slice(1)}` as MessageKey;

/** "Label: value" for one metric. */
export function formatMetric(lang: Lang, key: MetricKey, value: number): { label: string; value: string } {
  const label = t(lang, metricLabel(key));
  if (key === 'areaM2') return { label, value: formatArea(lang, value) };
  if (key === 'no2UgM3' || key === 'no2StationUgM3') return { label, value: formatNo2(lang, value) };
  if (key.endsWith('M')) return { label, value: formatDistance(lang, value) };
  return { label, value: Number.isFinite(value) && value >= 0 ? String(Math.round(value)) : t(lang, 'unknown') };
}

/** Card title: the name from the data, or "<kind> site in <municipality>". */
export function siteTitle(lang: Lang, p: Pick<SiteProperties, 'name' | 'kind' | 'communeFr' | 'communeNl'>): string {
  if (p.name && p.name.trim()) return p.name.trim();
  return t(lang, 'unnamedSite', { kind: kindLabel(lang, p.kind), commune: pickName(lang, p.communeFr, p.communeNl) || t(lang, 'unknown') });
}
