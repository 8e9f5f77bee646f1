/**
 * Site exports: one column list shared by CSV and GeoJSON so both carry the same names (units in the names),
 * plus the file name. Scores come in through {@link ScoreLookup} (see scores.ts).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Labels } from '../scoring/criteria';
import { decodeEvidence, evidenceLine } from '../status/evidence';
import { metricKeys, userStatus, type SiteProperties } from '../types';
import { importCrsList, type AttributeValue, type ImportCrs, type ImportFormat, type UserSiteOrigin } from '../usersites/types';
import { toCsv, type CsvCell, type CsvOptions } from './csv';
import { metricTable } from './metricTable';
import { cleanScore, passesCurrent, passesSector, sectorIdsOf, type ScoreLookup, type SiteScores } from './scores';

/** A cell value in an export: text, number, yes/no or empty. */
export type ExportValue = string | number | boolean | null;

/** Language of the words in an export (the evidence line); column names stay English. */
export type ExportLang = keyof Labels;

/** One export column. */
export interface SiteColumn {
  /** Header in the CSV and property key in the GeoJSON, snake_case with the unit last. */
  name: string;
  /** Unit as shown to the user; '' for text and ids. */
  unit: string;
  /** Reads the value of this column for a site. */
  value: (site: SiteProperties, scores: SiteScores | undefined) => ExportValue;
}

/** Joins the names of failed gates in one cell; ' | ' needs no CSV quoting with either separator. */
export const gateJoiner = ' | ';

/** Options of the site exports. */
export interface SitesExportOptions {
  /** Sector ids that get a score column, in order; undefined means every sector found in the scores. */
  sectorIds: readonly string[] | undefined;
  /** Decimals kept in GeoJSON coordinates (7 ≈ 1 cm, more is noise). */
  coordinateDecimals: number;
  /** Language of the `status_evidence` words (the UI's language). */
  lang: ExportLang;
  /** Rank of each site under the current sector (1 = best); the `rank` cell stays empty for others. */
  ranks: ReadonlyMap<string, number> | undefined;
  /** The user's shortlist notes by site id, for the `note` column. */
  notes: ReadonlyMap<string, string> | undefined;
  /**
   * Names of the user-site attributes that get a `user_<name>` column, in order; undefined means every name found
   * on the exported sites (see {@link userAttributeNames}).
   */
  userAttributes: readonly string[] | undefined;
}

/** Defaults of the site exports. */
export const defaultSitesExportOptions: SitesExportOptions = {
  // Taken from the scores so the five sectors appear without the caller listing them.
  sectorIds: undefined,
  // RFC 7946 §11.2 suggests not exceeding what the data supports; 7 decimals is ~1 cm in Brussels.
  coordinateDecimals: 7,
  // Readers outside Belgium too; the app passes its UI language.
  lang: 'en',
  // Without a sector there is no ranking.
  ranks: undefined,
  // Only the shortlist has notes.
  notes: undefined,
  // Taken from the sites, so the user's columns come back without the caller listing them.
  userAttributes: undefined,
};

/**
 * Name and one-line meaning of the user-site status (`status: 'user'`), beside `core/status/labels.ts` for the
 * shipped statuses: the card, the list, compare, print and the dictionaries read these.
 */
export const userSiteStatusLabel: Labels = { en: 'Added site', fr: 'Site ajouté', nl: 'Toegevoegde site' };
export const userSiteStatusMeaning: Labels = {
  en: 'added by the user (drawn or imported): its availability is not known here, and every sector’s ranking includes it',
  fr: 'ajouté par l’utilisateur (dessiné ou importé) : sa disponibilité n’est pas connue ici, et le classement de chaque secteur l’inclut',
  nl: 'toegevoegd door de gebruiker (getekend of geïmporteerd): de beschikbaarheid is hier niet bekend, en de rangschikking van elke sector neemt de site op',
};

/** True for a user site (drawn or imported in the browser). */
export function isUserSite(p: Pick<SiteProperties, 'status'>): boolean {
  return p.status === userStatus;
}

const isRecordValue = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const importFormats: readonly ImportFormat[] = ['geojson', 'flatgeobuf', 'shapefile', 'geopackage', 'csv'];
const crsSources = ['file', 'coordinates', 'user'] as const;

function parseJson(json: unknown): unknown {
  if (typeof json !== 'string' || json === '') return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** A user site's origin from its `userOrigin` JSON; null when absent or unreadable (the views then name none). */
export function decodeUserOrigin(json: unknown): UserSiteOrigin | null {
  const o = parseJson(json);
  if (!isRecordValue(o)) return null;
  if (o.kind === 'drawn') return { kind: 'drawn' };
  if (o.kind !== 'import') return null;
  const { file, format, featureNumber, crs, crsFrom } = o;
  if (typeof file !== 'string' || !importFormats.includes(format as ImportFormat)) return null;
  if (typeof featureNumber !== 'number' || !Number.isInteger(featureNumber) || featureNumber < 1) return null;
  if (!(importCrsList as readonly unknown[]).includes(crs) || !(crsSources as readonly unknown[]).includes(crsFrom)) return null;
  return { kind: 'import', file, format: format as ImportFormat, featureNumber, crs: crs as ImportCrs, crsFrom: crsFrom as (typeof crsSources)[number] };
}

const isAttributeValue = (v: unknown): v is AttributeValue =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** A user site's own attributes from its `userAttributes` JSON, in the file's column order; {} when none or unreadable. */
export function decodeUserAttributes(json: unknown): Record<string, AttributeValue> {
  const o = parseJson(json);
  const out: Record<string, AttributeValue> = {};
  if (!isRecordValue(o)) return out;
  for (const [k, v] of Object.entries(o)) if (isAttributeValue(v)) out[k] = v;
  return out;
}

const crsNames: Record<ImportCrs, string> = { 'EPSG:4326': 'WGS84', 'EPSG:31370': 'Lambert 72', 'EPSG:3812': 'Lambert 2008' };
const originWords = {
  drawn: { en: 'drawn on the map', fr: 'dessiné sur la carte', nl: 'getekend op de kaart' },
  importedFrom: { en: 'imported from', fr: 'importé de', nl: 'geïmporteerd uit' },
  feature: { en: 'feature', fr: 'entité', nl: 'object' },
  row: { en: 'row', fr: 'ligne', nl: 'rij' },
  file: { en: 'read from the file', fr: 'lu dans le fichier', nl: 'uit het bestand gelezen' },
  coordinates: { en: 'recognised from the coordinates', fr: 'reconnu d’après les coordonnées', nl: 'herkend aan de coördinaten' },
  user: { en: 'chosen by the user', fr: 'choisi par l’utilisateur', nl: 'gekozen door de gebruiker' },
  shipped: { en: 'OpenStreetMap', fr: 'OpenStreetMap', nl: 'OpenStreetMap' },
} satisfies Record<string, Labels>;

/**
 * Where a user site came from, in words of `lang`, lower case: "drawn on the map", "imported from parcels.shp,
 * feature 3, Lambert 72 (EPSG:31370, read from the file)" (a CSV says "row"). The file name is shown as given.
 */
export function userOriginText(origin: UserSiteOrigin, lang: ExportLang): string {
  if (origin.kind === 'drawn') return originWords.drawn[lang];
  const unit = origin.format === 'csv' ? originWords.row : originWords.feature;
  return `${originWords.importedFrom[lang]} ${origin.file}, ${unit[lang]} ${origin.featureNumber}, ${crsNames[origin.crs]} (${origin.crs}, ${originWords[origin.crsFrom][lang]})`;
}

/** The `origin` cell of a site: its import or drawing for a user site ('' when unreadable), "OpenStreetMap" otherwise. */
export function siteOriginText(p: Pick<SiteProperties, 'status' | 'userOrigin'>, lang: ExportLang): string {
  if (!isUserSite(p)) return originWords.shipped[lang];
  const origin = decodeUserOrigin(p.userOrigin);
  return origin ? userOriginText(origin, lang) : '';
}

/** Prefix of the export columns carrying a user site's own attributes back (`user_<name as in the file>`). */
export const userAttributePrefix = 'user_';

/** Names of the user attributes of the given sites, in first-seen order (shipped sites have none). */
export function userAttributeNames(sites: Iterable<Pick<SiteProperties, 'userAttributes'>>): string[] {
  const seen = new Set<string>();
  for (const p of sites) if (p.userAttributes) for (const k of Object.keys(decodeUserAttributes(p.userAttributes))) seen.add(k);
  return [...seen];
}

/** Safe fragment of a column name or file name from an id: lowercase ASCII letters, digits, and `sep`. */
export function slugify(text: string, sep: '-' | '_', maxChars = 40): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, sep).slice(0, maxChars);
  const edge = sep === '-' ? /^-+|-+$/g : /^_+|_+$/g;
  return slug.replace(edge, '');
}

/** Column name of the score of a sector, e.g. `score_agro_food_0_100`. */
export function scoreColumnName(sectorId: string): string {
  return `score_${slugify(sectorId, '_') || 'sector'}_0_100`;
}

/** Column name of whether a site passes a sector's gates, e.g. `passes_agro_food`. */
export function passesColumnName(sectorId: string): string {
  return `passes_${slugify(sectorId, '_') || 'sector'}`;
}

// Layers built before a property existed lack it: an empty cell, never "undefined".
const text = (name: string, get: (p: SiteProperties) => string): SiteColumn => ({
  name,
  unit: '',
  value: (p) => (typeof get(p) === 'string' ? get(p) : null),
});

const num = (name: string, unit: string, get: (p: SiteProperties) => number): SiteColumn => ({
  name,
  unit,
  value: (p) => (Number.isFinite(get(p)) ? get(p) : null),
});

/**
 * Columns of a site export for the given sector ids: identity with rank, note, status and origin, address, current
 * score, sector scores (each beside whether the site passes), metrics, names, 2013 land use, the status evidence in
 * words of `lang`, then the user sites' own attributes (`user_<name>`, empty for other sites). A failing sector's
 * score is empty: a failing site is not ranked there. A user site has status `user`, its origin in words, its file's
 * id in `external_id`, and no OSM land use or evidence.
 */
export function siteColumns(sectorIds: readonly string[], options: Partial<Pick<SitesExportOptions, 'lang' | 'ranks' | 'notes' | 'userAttributes'>> = {}): SiteColumn[] {
  const { lang, ranks, notes, userAttributes } = { ...defaultSitesExportOptions, ...options };
  const identity: SiteColumn[] = [
    text('site_id', (p) => p.siteId),
    { name: 'rank', unit: '', value: (p) => ranks?.get(p.siteId) ?? null },
    text('name', (p) => p.name),
    { name: 'note', unit: '', value: (p) => notes?.get(p.siteId) || null },
    text('status', (p) => p.status),
    text('status_rule', (p) => p.statusRule),
    { name: 'status_uncertain', unit: '', value: (p) => (typeof p.statusUncertain === 'boolean' ? p.statusUncertain : null) },
    text('landuse_osm', (p) => p.landuse),
    { name: 'origin', unit: '', value: (p) => siteOriginText(p, lang) || null },
    { name: 'external_id', unit: '', value: (p) => (isUserSite(p) && typeof p.userExternalId === 'string' && p.userExternalId ? p.userExternalId : null) },
    { name: 'outside_region', unit: '', value: (p) => (isUserSite(p) ? p.outsideRegion === true : null) },
  ];
  const address: SiteColumn[] = [
    text('street_fr', (p) => p.streetFr),
    text('street_nl', (p) => p.streetNl),
    text('house_number', (p) => p.houseNumber),
    num('street_dist_m', 'm', (p) => p.streetDistM),
    text('commune_nis', (p) => p.communeNis),
    text('commune_fr', (p) => p.communeFr),
    text('commune_nl', (p) => p.communeNl),
    num('lon', '°', (p) => p.lon),
    num('lat', '°', (p) => p.lat),
  ];
  const current: SiteColumn[] = [
    { name: 'current_sector', unit: '', value: (_p, s) => s?.current?.sectorId ?? null },
    { name: 'score_current_0_100', unit: '0–100', value: (_p, s) => cleanScore(s?.current?.score) },
    { name: 'passes_current', unit: '', value: (_p, s) => passesCurrent(s) },
    {
      name: 'failed_gates_current',
      unit: '',
      value: (_p, s) => (s?.current ? s.current.failedGates.join(gateJoiner) : null),
    },
  ];
  const bySector: SiteColumn[] = sectorIds.flatMap((sector): SiteColumn[] => [
    { name: scoreColumnName(sector), unit: '0–100', value: (_p, s) => cleanScore(s?.bySector[sector]) },
    { name: passesColumnName(sector), unit: '', value: (_p, s) => passesSector(s, sector) },
  ]);
  const metrics: SiteColumn[] = metricKeys.map((key) => ({
    name: metricTable[key].column,
    unit: metricTable[key].unit,
    value: (p) => (Number.isFinite(p[key]) ? p[key] : null),
  }));
  const names: SiteColumn[] = [
    text('nearest_stop_id', (p) => p.nearestStopId),
    text('nearest_stop_fr', (p) => p.nearestStopFr),
    text('nearest_stop_nl', (p) => p.nearestStopNl),
    text('nearest_stop_lines', (p) => p.nearestStopLines),
    text('nearest_station_fr', (p) => p.nearestStationFr),
    text('nearest_station_nl', (p) => p.nearestStationNl),
  ];
  const past: SiteColumn[] = [
    text('landuse_2013', (p) => p.landuse2013),
    num('landuse_2013_share', '0–1', (p) => p.landuse2013Share),
    num('former_industrial_m2', 'm²', (p) => p.formerIndustrialM2),
    num('trades_on_site', 'count', (p) => p.tradesOnSite),
  ];
  // Free text last: it is long and often holds the separator, so a spreadsheet row stays readable up to it.
  const evidence: SiteColumn = { name: 'status_evidence', unit: '', value: (p) => evidenceLine(decodeEvidence(p.statusEvidence), lang) };
  // The user's own columns come back last, as read (the CSV writer guards values that look like formulas; the prefix
  // keeps the names from ever starting like one or clashing with ours). Decoded once per site per export.
  const decoded = new WeakMap<SiteProperties, Record<string, AttributeValue>>();
  const attributesOf = (p: SiteProperties) => {
    let a = decoded.get(p);
    if (!a) decoded.set(p, (a = isUserSite(p) ? decodeUserAttributes(p.userAttributes) : {}));
    return a;
  };
  const own: SiteColumn[] = (userAttributes ?? []).map((name) => ({
    name: `${userAttributePrefix}${name}`,
    unit: '',
    value: (p) => (Object.prototype.hasOwnProperty.call(attributesOf(p), name) ? attributesOf(p)[name]! : null),
  }));
  return [...identity, ...address, ...current, ...bySector, ...metrics, ...names, ...past, evidence, ...own];
}

function resolveSectors(siteIds: string[], scores: ScoreLookup, sectorIds: readonly string[] | undefined) {
  return sectorIds ?? sectorIdsOf(siteIds, scores);
}

/** Sites as CSV text: header row then one row per site, in the given order (numbers in the header units). */
export function sitesToCsv(
  sites: readonly SiteProperties[],
  scores: ScoreLookup,
  options: Partial<SitesExportOptions & CsvOptions> = {},
): string {
  const sectors = resolveSectors(
    sites.map((s) => s.siteId),
    scores,
    options.sectorIds ?? defaultSitesExportOptions.sectorIds,
  );
  const columns = siteColumns(sectors, { ...options, userAttributes: options.userAttributes ?? userAttributeNames(sites) });
  const rows: CsvCell[][] = [columns.map((c) => c.name)];
  for (const site of sites) {
    const s = scores(site.siteId);
    rows.push(columns.map((c) => c.value(site, s)));
  }
  return toCsv(rows, options);
}

/** Rounds a coordinate to the given decimals (−0 becomes 0). */
function roundCoord(value: number, factor: number): number {
  return Math.round(value * factor) / factor || 0;
}

function roundPositions(coords: unknown, factor: number): unknown {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    return (coords as Position).map((v) => roundCoord(v, factor));
  }
  return (coords as unknown[]).map((c) => roundPositions(c, factor));
}

/** Copy of a geometry with every coordinate rounded to `decimals` (lon/lat degrees; bbox members dropped). */
export function roundGeometry<G extends Geometry | null>(geometry: G, decimals: number): G {
  if (geometry === null) return geometry;
  const factor = 10 ** decimals;
  if (geometry.type === 'GeometryCollection') {
    return { type: geometry.type, geometries: geometry.geometries.map((g) => roundGeometry(g, decimals)) } as G;
  }
  return { type: geometry.type, coordinates: roundPositions(geometry.coordinates, factor) } as G;
}

/** Properties of an exported site feature: the export columns by name. */
export type ExportProperties = Record<string, ExportValue>;

/** A site as GeoJSON: a shipped `SiteFeature`, or a user site, which may be a point. */
export type ExportableSiteFeature = Feature<Geometry, SiteProperties>;

/**
 * Sites as an RFC 7946 FeatureCollection: WGS84 lon/lat (the layers already are), no `crs` member,
 * coordinates rounded, feature `id` = site id, properties named like the CSV columns.
 */
export function sitesToGeoJson(
  features: readonly ExportableSiteFeature[],
  scores: ScoreLookup,
  options: Partial<SitesExportOptions> = {},
): FeatureCollection<Geometry, ExportProperties> {
  const opts = { ...defaultSitesExportOptions, ...options };
  const sectors = resolveSectors(
    features.map((f) => f.properties.siteId),
    scores,
    opts.sectorIds,
  );
  const columns = siteColumns(sectors, { ...opts, userAttributes: opts.userAttributes ?? userAttributeNames(features.map((f) => f.properties)) });
  const out: Feature<Geometry, ExportProperties>[] = features.map((f) => {
    const s = scores(f.properties.siteId);
    const properties: ExportProperties = {};
    for (const c of columns) properties[c.name] = c.value(f.properties, s);
    return {
      type: 'Feature',
      id: f.properties.siteId,
      geometry: roundGeometry(f.geometry, opts.coordinateDecimals),
      properties,
    };
  });
  return { type: 'FeatureCollection', features: out };
}

/** What an export holds: the shortlist or every site passing the filters. */
export type ExportScope = 'shortlist' | 'sites';

/** File extension of an export. */
export type ExportExt = 'csv' | 'geojson';

/** Name of an export file, e.g. `brussels-sites-agro-food-2026-11-26.csv` (local calendar date). */
export function exportFileName(sectorId: string, date: Date, ext: ExportExt, scope: ExportScope = 'sites'): string {
  const sector = slugify(sectorId, '-') || 'all-sectors';
  return `brussels-${scope}-${sector}-${dayStamp(date)}.${ext}`;
}

/** Local calendar date as `YYYY-MM-DD` for file names, or `undated` for an invalid date. */
export function dayStamp(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'undated';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** MIME type for the Blob of an export (GeoJSON per RFC 7946 §12). */
export function exportMimeType(ext: ExportExt): string {
  return ext === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json';
}
