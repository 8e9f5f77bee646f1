/**
 * Plain-words formatting of a site for the card, list, compare and print: status names, address, coordinates,
 * 2013 land use and metrics ("Metro: 320 m", "NO2: 27 µg/m³, above the EU 2030 limit"), and what a user site
 * (drawn or imported, `status: 'user'`) shows instead of OSM evidence: its origin and its file's attributes; the
 * modelled access by the networks ("Employed residents within 30 min by public transport: 123,400", "Truck time to
 * the motorway: 6 min"), "not computed" where the model gave no value (a user's own site).
 */
import { statusLabels, statusMeanings } from '../core/status/labels.ts';
import { decodeUserAttributes, decodeUserOrigin, userOriginText, userSiteStatusLabel, userSiteStatusMeaning } from '../core/export/sites.ts';
import { accessMetricKeys, type AccessMetricKey } from '../core/access/types.ts';
import { siteStatuses, userStatus, type MetricKey, type SiteProperties, type SiteStatus } from '../core/types.ts';
import type { AttributeValue } from '../core/usersites/types.ts';
import { pickName, t, type Lang, type MessageKey, numberFormat } from '../i18n/i18n.ts';

const isStatus = (s: unknown): s is SiteStatus => (siteStatuses as readonly unknown[]).includes(s);

/** Localised name of a site status ("Added site" for a user site); an unknown value (older layers) as is, or "unknown". */
export function statusLabel(lang: Lang, status: string): string {
  if (status === userStatus) return userSiteStatusLabel[lang];
  return isStatus(status) ? statusLabels[status][lang] : status || t(lang, 'unknown');
}

/** CSS class of a status badge (`status-available`…, `status-user`, `status-unknown`); data never becomes a free class name. */
export function statusClass(status: string): string {
  return `status-${isStatus(status) || status === userStatus ? status : 'unknown'}`;
}

/** One-line meaning of a site status; '' for an unknown value. */
export function statusMeaning(lang: Lang, status: string): string {
  if (status === userStatus) return userSiteStatusMeaning[lang];
  return isStatus(status) ? statusMeanings[status][lang] : '';
}

/** True for a site the user drew or imported. */
export function isUserSiteStatus(status: string): boolean {
  return status === userStatus;
}

/**
 * Where a user site came from, capitalised for a line of its own: "Imported from parcels.shp, feature 3, Lambert 72
 * (EPSG:31370, read from the file)", "Drawn on the map", or "not recorded" when the origin cannot be read.
 */
export function userOriginLine(lang: Lang, p: Pick<SiteProperties, 'userOrigin'>): string {
  const origin = decodeUserOrigin(p.userOrigin);
  if (!origin) return t(lang, 'userSiteOriginUnknown');
  const text = userOriginText(origin, lang);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A user site's own attributes as [name, text] pairs in the file's order (numbers in the language, yes/no as true/false). */
export function userAttributeRows(lang: Lang, p: Pick<SiteProperties, 'userAttributes'>): [string, string][] {
  const text = (v: AttributeValue): string => (v === null ? '' : typeof v === 'number' ? numberFormat(lang, 6).format(v) : String(v));
  return Object.entries(decodeUserAttributes(p.userAttributes)).map(([k, v]) => [k, text(v)]);
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

/** True for the modelled access metrics (issue 13), shown in their own group on the card and the sheet. */
export function isAccessMetric(key: string): key is AccessMetricKey {
  return (accessMetricKeys as readonly string[]).includes(key);
}


/**
 * A modelled head count (residents reached by public transport) in the language: rounded to 100 from 1,000 up
 * ("123,400"; the model is not exact to the person); "not computed" when unknown.
 */
export function formatPeople(lang: Lang, people: number): string {
  if (!Number.isFinite(people) || people < 0) return t(lang, 'accessNotComputed');
  return numberFormat(lang, 0).format(people >= 1000 ? Math.round(people / 100) * 100 : Math.round(people));
}

/** Modelled minutes as "6 min" ("< 1 min" under half a minute); "not computed" when unknown. */
export function formatMinutes(lang: Lang, minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return t(lang, 'accessNotComputed');
  return minutes < 0.5 ? '< 1 min' : `${numberFormat(lang, 0).format(Math.round(minutes))} min`;
}

/** A road distance in km with one decimal ("3,2 km" in FR/NL); "not computed" when unknown. */
export function formatRoadKm(lang: Lang, km: number): string {
  if (!Number.isFinite(km) || km < 0) return t(lang, 'accessNotComputed');
  return `${numberFormat(lang, 1).format(km)} km`;
}

/** An access metric's value in words ("123,400", "6 min", "3.2 km"), "not computed" when unknown. */
export function formatAccessValue(lang: Lang, key: AccessMetricKey, value: number): string {
  if (key === 'truckMinToMotorway') return formatMinutes(lang, value);
  if (key === 'roadKmToMotorway' || key === 'roadKmToCanalQuay') return formatRoadKm(lang, value);
  return formatPeople(lang, value);
}

/** True when the model gave the site none of its access figures (a user's own site, or a build without them). */
export function accessNotComputed(p: Pick<SiteProperties, AccessMetricKey>): boolean {
  return accessMetricKeys.every((k) => !Number.isFinite(p[k]));
}

/**
 * The nine access figures in one sentence, for the print sheet: "residents within 20 / 30 / 45 min by public transport
 * 52,700 / 160,200 / 533,200, of whom employed 19,500 / 57,100 / 198,900; truck to the motorway 6 min, 3.2 km; canal
 * quay by road 1.4 km." ("not computed" for a figure the model did not give).
 */
export function accessSummary(lang: Lang, p: Pick<SiteProperties, AccessMetricKey>): string {
  const people = (keys: readonly AccessMetricKey[]): string =>
    keys.some((k) => Number.isFinite(p[k])) ? keys.map((k) => formatPeople(lang, p[k])).join(' / ') : t(lang, 'accessNotComputed');
  const truck =
    Number.isFinite(p.truckMinToMotorway) || Number.isFinite(p.roadKmToMotorway)
      ? `${formatMinutes(lang, p.truckMinToMotorway)}, ${formatRoadKm(lang, p.roadKmToMotorway)}`
      : t(lang, 'accessNotComputed');
  return t(lang, 'accessSummary', {
    residents: people(['residents20MinTransit', 'residents30MinTransit', 'residents45MinTransit']),
    employed: people(['employedResidents20MinTransit', 'employedResidents30MinTransit', 'employedResidents45MinTransit']),
    truck,
    quay: formatRoadKm(lang, p.roadKmToCanalQuay),
  });
}

/** "Label: value" for one metric. */
export function formatMetric(lang: Lang, key: MetricKey, value: number): { label: string; value: string } {
  const label = t(lang, metricLabel(key));
  if (isAccessMetric(key)) return { label, value: formatAccessValue(lang, key, value) };
  if (key === 'areaM2') return { label, value: formatArea(lang, value) };
  if (key === 'no2UgM3' || key === 'no2StationUgM3') return { label, value: formatNo2(lang, value) };
  if (key.endsWith('M')) return { label, value: formatDistance(lang, value) };
  return { label, value: Number.isFinite(value) && value >= 0 ? String(Math.round(value)) : t(lang, 'unknown') };
}

/**
 * Card title: the name from the data, or "<status> site in <municipality>" in the language's word order ("Added site
 * in <municipality>" for a user site without a name, "Added site" outside any municipality).
 */
export function siteTitle(lang: Lang, p: Pick<SiteProperties, 'name' | 'status' | 'communeFr' | 'communeNl'>): string {
  if (typeof p.name === 'string' && p.name.trim()) return p.name.trim();
  if (p.status === userStatus) {
    const commune = pickName(lang, p.communeFr, p.communeNl);
    return commune ? t(lang, 'userSiteUntitled', { commune }) : t(lang, 'userSiteUntitledNoCommune');
  }
  const label = statusLabel(lang, p.status);
  // The status name is capitalised as a label; inside a sentence (FR/NL put it last) it reads lower case.
  const status = t(lang, 'unnamedSite').startsWith('{status}') ? label : label.charAt(0).toLowerCase() + label.slice(1);
  return t(lang, 'unnamedSite', { status, commune: pickName(lang, p.communeFr, p.communeNl) || t(lang, 'unknown') });
}

/** Street of a site in the language (FR/NL) with its house number; '' when the data has none. */
export function streetText(lang: Lang, p: Pick<SiteProperties, 'streetFr' | 'streetNl' | 'houseNumber'>): string {
  const street = pickName(lang, p.streetFr, p.streetNl);
  if (!street) return '';
  const house = typeof p.houseNumber === 'string' ? p.houseNumber.trim() : '';
  return house ? `${street} ${house}` : street;
}

/** Distance to the street as "≈ 40 m", or '' when the street is on the site (0) or unknown. */
export function streetDistanceText(lang: Lang, streetDistM: number): string {
  if (!Number.isFinite(streetDistM) || streetDistM <= 0) return '';
  // formatDistance rounds to 10 m, which would print "≈ 0 m" for a street 3 m away.
  return `≈ ${streetDistM < 10 ? `${Math.max(1, Math.round(streetDistM))} m` : formatDistance(lang, streetDistM)}`;
}

/** Street and municipality in one line ("Rue X 12 (≈ 40 m), Anderlecht"); the municipality alone without a street. */
export function addressText(lang: Lang, p: Pick<SiteProperties, 'streetFr' | 'streetNl' | 'houseNumber' | 'streetDistM' | 'communeFr' | 'communeNl'>): string {
  const street = streetText(lang, p);
  const dist = streetDistanceText(lang, p.streetDistM);
  const commune = pickName(lang, p.communeFr, p.communeNl) || t(lang, 'unknown');
  return street ? `${street}${dist ? ` (${dist})` : ''}, ${commune}` : commune;
}

/**
 * Longitude and latitude in WGS84 degrees with 6 decimals in the language's decimal mark: "4.351234, 50.841234",
 * FR "4,351234 ; 50,841234" (a decimal comma needs another separator between the two), or "unknown".
 */
export function coordinatesText(lang: Lang, lonDeg: number, latDeg: number): string {
  if (!Number.isFinite(lonDeg) || !Number.isFinite(latDeg)) return t(lang, 'unknown');
  if (lang === 'en') return `${lonDeg.toFixed(6)}, ${latDeg.toFixed(6)}`;
  const comma = (v: number) => v.toFixed(6).replace('.', ',');
  return `${comma(lonDeg)}${lang === 'fr' ? ' ; ' : '; '}${comma(latDeg)}`;
}

/** Nearest stop with its lines, "Clemenceau (lines 2, 6, 81)"; '' when the data names no stop. */
export function nearestStopText(lang: Lang, p: Pick<SiteProperties, 'nearestStopFr' | 'nearestStopNl' | 'nearestStopLines'>): string {
  const stop = pickName(lang, p.nearestStopFr, p.nearestStopNl);
  const lines = stopLinesText(lang, p.nearestStopLines);
  return stop && lines ? `${stop} (${lines})` : stop;
}

/** The lines of a stop from the data's "2,6,81": "line 34" for one, "lines 2, 6, 81" for several; '' for none. */
export function stopLinesText(lang: Lang, lines: string): string {
  const list = (typeof lines === 'string' ? lines : '').split(',').map((l) => l.trim()).filter(Boolean);
  if (list.length === 0) return '';
  return list.length === 1 ? t(lang, 'stopLine', { line: list[0]! }) : t(lang, 'stopLines', { lines: list.join(', ') });
}

/** A share 0–1 as "85 %"; '' when not positive or unknown. */
export function shareText(share: number): string {
  return Number.isFinite(share) && share > 0 ? `${Math.round(Math.min(share, 1) * 100)} %` : '';
}

/** The 2013 land use as "landuse=industrial (85 %)", or "none mapped" when '' (indicative; OSM was thinner then). */
export function landuse2013Text(lang: Lang, p: Pick<SiteProperties, 'landuse2013' | 'landuse2013Share'> & Partial<Pick<SiteProperties, 'status'>>): string {
  // a user's site was never compared with 2013 (not shipped to the browser): unknown, not "none mapped"
  if (p.status !== undefined && isUserSiteStatus(p.status)) return t(lang, 'userSite2013Unknown');
  if (typeof p.landuse2013 !== 'string' || !p.landuse2013) return t(lang, 'noneMapped');
  const share = shareText(p.landuse2013Share);
  return `landuse=${p.landuse2013}${share ? ` (${share})` : ''}`;
}

/** A 2013 street's name in the language (the pipeline splits bilingual names into nameFr/nameNl); English uses French. */
export function streetName(lang: Lang, props: Readonly<Record<string, unknown>> | null): string {
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return pickName(lang, str(props?.nameFr), str(props?.nameNl));
}
