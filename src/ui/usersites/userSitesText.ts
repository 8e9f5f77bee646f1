/** Words of the user-sites panel: limits, refusal reasons, the import summary, file errors, origins. Pure. */
import '../../i18n/dictUserSitesUi.ts'; // registers the panel's strings
import { importLimits, type RefusedFeature, type UserSiteRecord } from '../../core/usersites/types.ts';
import { numberFormat, t, type Lang, type MessageKey } from '../../i18n/i18n.ts';
import type { ImportFailure, ImportSummary } from './types.ts';

const fmt = (lang: Lang, n: number): string => numberFormat(lang).format(n);
/** The import limit in MB, as the panel states it. */
const megabytes = (): string => String(Math.round(importLimits.maxFileBytes / (1024 * 1024)));
/** The context band in km. */
const bandKm = (lang: Lang): string => numberFormat(lang, 1).format(importLimits.contextBandM / 1000);

/** One of two keys by count (1 → the `One` key). */
const byCount = (lang: Lang, n: number, one: MessageKey, many: MessageKey, params: Record<string, string> = {}): string =>
  t(lang, n === 1 ? one : many, { ...params, n: fmt(lang, n) });

/** The limits stated up front: how many features, how large, which formats. */
export function limitsText(lang: Lang): string {
  return t(lang, 'usLimits', { features: fmt(lang, importLimits.maxFeatures), mb: megabytes() });
}

const reasonKeys: Record<RefusedFeature['reason'], MessageKey> = {
  'no-geometry': 'usRefNoGeometry',
  'not-polygon-or-point': 'usRefNotPolygonOrPoint',
  'invalid-geometry': 'usRefInvalidGeometry',
  'outside-belgium': 'usRefOutsideBelgium',
  'outside-region': 'usRefOutsideRegion',
  'over-limit': 'usRefOverLimit',
  'bad-coordinates': 'usRefBadCoordinates',
};

/** Why one feature was refused, in a few words ("not a polygon or point"). */
export function refusedReasonText(lang: Lang, reason: RefusedFeature['reason']): string {
  return t(lang, reasonKeys[reason], { km: bandKm(lang), max: fmt(lang, importLimits.maxFeatures) });
}

/** "#4 not a polygon or point, #9 invalid geometry and 12 more": the first `shown` refusals by feature number. */
export function refusedListText(lang: Lang, refused: readonly RefusedFeature[], shown = 10): string {
  const listed = refused.slice(0, shown).map((r) => `#${r.featureNumber} ${refusedReasonText(lang, r.reason)}`);
  const more = refused.length - listed.length;
  return more > 0 ? `${listed.join(', ')} ${t(lang, 'usRefusedMore', { n: fmt(lang, more) })}` : listed.join(', ');
}

/** The summary of an import, one phrase each: added, refused (numbered), flagged outside, duplicates skipped. */
export function importSummaryParts(lang: Lang, s: ImportSummary): string[] {
  const file = s.file;
  const parts = [s.added === 0 ? t(lang, 'usAddedNone', { file }) : byCount(lang, s.added, 'usAddedOne', 'usAddedMany', { file })];
  if (s.refused.length > 0) parts.push(byCount(lang, s.refused.length, 'usRefusedOne', 'usRefusedMany', { list: refusedListText(lang, s.refused) }));
  if (s.outside > 0) parts.push(byCount(lang, s.outside, 'usOutsideOne', 'usOutsideMany', { km: bandKm(lang) }));
  if (s.duplicatesSkipped > 0) parts.push(byCount(lang, s.duplicatesSkipped, 'usDupSkippedOne', 'usDupSkippedMany'));
  return s.cancelled ? [t(lang, 'usCancelled'), ...parts] : parts;
}

/** The summary as one sentence: "12 sites added from a.geojson; 3 features refused: #4 not a polygon or point, …". */
export function importSummaryText(lang: Lang, s: ImportSummary): string {
  return `${importSummaryParts(lang, s).join(lang === 'fr' ? ' ; ' : '; ')}.`;
}

const errorKeys: Record<ImportFailure, MessageKey> = {
  empty: 'usErrEmpty',
  'not-spatial': 'usErrNotSpatial',
  'zip-without-shp': 'usErrZipWithoutShp',
  'too-large': 'usErrTooLarge',
  'unknown-format': 'usErrUnknownFormat',
  unreadable: 'usErrUnreadable',
  'crs-unsupported': 'usErrCrsUnsupported',
  'no-usable-feature': 'usErrNoUsableFeature',
  other: 'usErrOther',
};

/** Why a whole file was refused, naming it; `detail` is used for unexpected failures only. */
export function importErrorText(lang: Lang, reason: ImportFailure, file: string, detail = ''): string {
  return t(lang, errorKeys[reason], { file, mb: megabytes(), detail: detail || t(lang, 'unknown') });
}

/** "Reading …", the duplicates and points questions, and the progress line. */
export function duplicatesText(lang: Lang, file: string, duplicates: number): string {
  return byCount(lang, duplicates, 'usDupOne', 'usDupMany', { file });
}
export function pointsText(lang: Lang, file: string, points: number): string {
  return byCount(lang, points, 'usPointsOne', 'usPointsMany', { file });
}
export function measuringText(lang: Lang, file: string, done: number, total: number): string {
  return t(lang, 'usMeasuring', { file, done: fmt(lang, done), total: fmt(lang, total) });
}

/** Where a site came from: drawn, or a file and the feature's number in it (a CSV's line, as the card says). */
export function originText(lang: Lang, origin: UserSiteRecord['origin']): string {
  if (origin.kind === 'drawn') return t(lang, 'usOriginDrawn');
  return t(lang, origin.format === 'csv' ? 'usOriginImportRow' : 'usOriginImport', { file: origin.file, n: String(origin.featureNumber) });
}

/** The name shown for a site (plain text, as typed or read from the file). */
export function siteName(lang: Lang, site: Pick<UserSiteRecord, 'name'>): string {
  return site.name.trim() || t(lang, 'usUnnamed');
}

/** A point site's area line: given, or unknown. */
export function pointAreaText(lang: Lang, areaM2: number | null): string {
  return areaM2 === null ? t(lang, 'usAreaUnknown') : t(lang, 'usAreaGiven', { area: fmt(lang, Math.round(areaM2)) });
}

/**
 * An area typed by the user, in m²: '' → null (unknown); a number written with spaces, dots or commas → the number,
 * the last of two different separators being the decimal one, and a lone separator before exactly three digits read
 * as the grouping of the user's language ("12.500" is 12 500 in French and Dutch, 12.5 in English); anything else,
 * zero or negative → 'invalid'.
 */
export function parseAreaM2(lang: Lang, text: string): number | null | 'invalid' {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return 'invalid';
  const seps = [...new Set(s.match(/[.,]/g) ?? [])];
  let plain = s;
  if (seps.length === 2) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (s.split(decimal).length > 2) return 'invalid';
    plain = s.split(group).join('').replace(decimal, '.');
  } else if (seps.length === 1) {
    const sep = seps[0]!;
    const pieces = s.split(sep);
    const grouping = pieces.slice(1).every((p) => p.length === 3) && (pieces.length > 2 || sep === (lang === 'en' ? ',' : '.'));
    if (grouping) plain = pieces.join('');
    else if (pieces.length === 2) plain = pieces.join('.');
    else return 'invalid';
  }
  const n = Number(plain);
  return Number.isFinite(n) && n > 0 ? n : 'invalid';
}
