/**
 * Site exports: one column list shared by CSV and GeoJSON so both carry the same names (units in the names),
 * plus the file name. Scores come in through {@link ScoreLookup} (see scores.ts).
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Labels } from '../scoring/criteria';
import { decodeEvidence, evidenceLine } from '../status/evidence';
import { metricKeys, type SiteFeature, type SiteProperties } from '../types';
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
};

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
 * Columns of a site export for the given sector ids: identity with rank, note and status, address, current
 * score, sector scores (each beside whether the site passes), metrics, names, 2013 land use, then the status
 * evidence in words of `lang`. A failing sector's score is empty: a failing site is not ranked there.
 */
export function siteColumns(sectorIds: readonly string[], options: Partial<Pick<SitesExportOptions, 'lang' | 'ranks' | 'notes'>> = {}): SiteColumn[] {
  const { lang, ranks, notes } = { ...defaultSitesExportOptions, ...options };
  const identity: SiteColumn[] = [
    text('site_id', (p) => p.siteId),
    { name: 'rank', unit: '', value: (p) => ranks?.get(p.siteId) ?? null },
    text('name', (p) => p.name),
    { name: 'note', unit: '', value: (p) => notes?.get(p.siteId) || null },
    text('status', (p) => p.status),
    text('status_rule', (p) => p.statusRule),
    { name: 'status_uncertain', unit: '', value: (p) => (typeof p.statusUncertain === 'boolean' ? p.statusUncertain : null) },
    text('landuse_osm', (p) => p.landuse),
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
  return [...identity, ...address, ...current, ...bySector, ...metrics, ...names, ...past, evidence];
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
  const columns = siteColumns(sectors, options);
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

/**
 * Sites as an RFC 7946 FeatureCollection: WGS84 lon/lat (the layers already are), no `crs` member,
 * coordinates rounded, feature `id` = site id, properties named like the CSV columns.
 */
export function sitesToGeoJson(
  features: readonly SiteFeature[],
  scores: ScoreLookup,
  options: Partial<SitesExportOptions> = {},
): FeatureCollection<Geometry, ExportProperties> {
  const opts = { ...defaultSitesExportOptions, ...options };
  const sectors = resolveSectors(
    features.map((f) => f.properties.siteId),
    scores,
    opts.sectorIds,
  );
  const columns = siteColumns(sectors, opts);
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
