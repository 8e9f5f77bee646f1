/**
 * From the features of a user's file to an `ImportResult`: the name and id columns, the other columns as
 * attributes, each geometry checked, brought to WGS84, repaired where it can be, placed against Belgium and the
 * Brussels region, and numbered sites or refusals naming the feature. Pure: the region test, ids and clock are given.
 */
import type { Feature, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { geometriesBbox } from '../geo/bbox.ts';
import { checkCoordinates, repairPolygonal, repairKindLabels } from '../validate.ts';
import { siteArea, prepareSite } from '../geo/geom.ts';
import { projectGeometry, toLambert72 } from '../geo/proj.ts';
import { geometryToWgs84, importCrsLabels } from './crs.ts';
import { parseDecimal } from './csv.ts';
import { importLimits, type AttributeValue, type ImportCrs, type ImportFormat, type ImportResult, type RefusedFeature, type UserSiteRecord } from './types.ts';

/** Where a site lies against the Brussels region: in it (or touching it), within the context band, or farther. */
export type RegionPlace = 'inside' | 'band' | 'outside';

/** The caller's test of a site geometry (WGS84 lon/lat) against the region; see `regionTest.ts` for one. */
export type RegionTest = (geometry: Polygon | MultiPolygon | Point) => RegionPlace;

/** Columns taken as the site's name, in order of preference (any case). */
export const nameColumnCandidates = ['name', 'nom', 'naam', 'label', 'titre', 'title'] as const;
/** Columns taken as the site's external id, in order of preference (any case). */
export const idColumnCandidates = ['id', 'fid', 'ref', 'code'] as const;
/** Columns taken as a point site's given area in m² (any case); the column stays among the attributes too. */
export const areaColumnCandidates = ['area_m2', 'area', 'surface_m2', 'surface', 'superficie', 'oppervlakte', 'm2'] as const;

/** Longest name kept, in characters (code points). */
export const maxNameLength = 200;

/** Polygons smaller than this (m², measured in Lambert 72) are refused as having no area: slivers, collinear rings. */
export const minPolygonAreaM2 = 1;

/** Belgium's box in degrees [west, south, east, north]: coordinates outside it are refused. */
export const belgiumBoxDeg = [2.5, 49.4, 6.5, 51.6] as const;

/** The first column (in the candidates' order) whose name matches one of them, case and surrounding spaces aside. */
export function pickColumn(columns: readonly string[], candidates: readonly string[]): string | null {
  for (const cand of candidates) {
    const hit = columns.find((c) => c.trim().toLowerCase() === cand);
    if (hit !== undefined) return hit;
  }
  return null;
}

/** A name as the user wrote it: text kept as is (never markup), trimmed, at most `maxNameLength` characters. */
export function cleanName(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = (typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)).trim();
  const chars = Array.from(s);
  return chars.length > maxNameLength ? chars.slice(0, maxNameLength).join('').trimEnd() : s;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A value of the file as an attribute: strings, finite numbers and booleans as they are; dates as ISO text; the rest as JSON text or null. */
export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // A date-only field (DBF 'D') comes as local midnight: keep the calendar date the file wrote.
    const local = value.getHours() === 0 && value.getMinutes() === 0 && value.getSeconds() === 0 && value.getMilliseconds() === 0;
    return local ? `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}` : value.toISOString();
  }
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return null; // binary columns cannot be shown or exported as text
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/** `user-` + 128 random bits in hex (crypto.getRandomValues works outside secure contexts too, unlike randomUUID). */
export function newUserSiteId(): string {
  const b = new Uint8Array(16);
  globalThis.crypto.getRandomValues(b);
  return `user-${Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')}`;
}

/** What the reader of a file hands over. */
export interface ImportInput {
  file: string;
  format: ImportFormat;
  /** Features as read, coordinates in the file's CRS. */
  features: readonly Feature<Geometry | null, Record<string, unknown> | null>[];
  /** 1-based number of each feature in the file (CSV: its line); default its position + 1. */
  featureNumbers?: readonly number[];
  /** Every column of the file; default the property names met, in order. */
  columns?: readonly string[];
  /** The CRS decided (`decideCrs`), null when unknown: then no site is built and the UI asks for it. */
  crs: ImportCrs | null;
  crsFrom: ImportResult['crsFrom'];
  /** Features the reader refused already (e.g. CSV rows without coordinates). */
  refused?: readonly RefusedFeature[];
  /**
   * Features in the file when it holds more than `features` (the reader stopped at the limit): the rest are
   * refused as 'over-limit'. Default `features.length`.
   */
  totalFeatures?: number;
  /** How details name a feature's number: 'feature' (default) or 'line' (CSV). */
  numberWord?: 'feature' | 'line';
}

/** Injected for tests: the id generator, the clock, the limits. */
export interface ImportOptions {
  newId?: () => string;
  now?: () => Date;
  maxFeatures?: number;
}

type Outcome =
  | { ok: true; geometry: Polygon | MultiPolygon | Point; repairs: string[]; outsideRegion: boolean }
  | { ok: false; reason: RefusedFeature['reason']; detail: string };

const fmt = (v: number): string => String(+v.toFixed(6));

/** Checks, reprojects, repairs and places one geometry. */
function checkGeometry(raw: Geometry | null | undefined, crs: ImportCrs, region: RegionTest): Outcome {
  if (!raw || typeof raw !== 'object' || !('type' in raw)) return { ok: false, reason: 'no-geometry', detail: 'no geometry' };
  let g: Geometry = raw;
  // A MultiPoint of one point is a point (GeoPackage and shapefile exports often write points so).
  if (g.type === 'MultiPoint' && Array.isArray(g.coordinates) && g.coordinates.length === 1) g = { type: 'Point', coordinates: g.coordinates[0]! };
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon' && g.type !== 'Point') {
    return { ok: false, reason: 'not-polygon-or-point', detail: `${String(g.type)} is neither a polygon nor a point` };
  }
  const checked = checkCoordinates(g);
  if (checked.status === 'dropped') return { ok: false, reason: 'bad-coordinates', detail: checked.reason };
  const repairs: string[] = checked.status === 'repaired' ? checked.kinds.map((k) => repairKindLabels[k]) : [];
  let inCrs = checked.geometry as Polygon | MultiPolygon | Point;
  if (inCrs.type !== 'Point') {
    // Repaired in the file's own units: metres keep a straight line straight, which reprojection would bend a little.
    const r = repairPolygonal(inCrs);
    if (r.status === 'dropped') return { ok: false, reason: 'invalid-geometry', detail: `invalid polygon that cannot be repaired: ${r.reason}` };
    if (r.status === 'repaired') {
      for (const k of r.kinds) if (!repairs.includes(repairKindLabels[k])) repairs.push(repairKindLabels[k]);
      inCrs = r.geometry;
    }
  }
  let wgs: Polygon | MultiPolygon | Point;
  try {
    wgs = geometryToWgs84(inCrs, crs);
  } catch (e) {
    return { ok: false, reason: 'bad-coordinates', detail: `cannot be reprojected from ${importCrsLabels[crs]}: ${(e as Error).message}` };
  }
  // Only type and coordinates go on: a `bbox` or `crs` member read with the file would be stale or wrong in WGS84.
  wgs = { type: wgs.type, coordinates: wgs.coordinates } as Polygon | MultiPolygon | Point;
  const box = geometriesBbox([wgs]);
  if (!box || checkCoordinates(wgs).status !== 'ok') {
    return { ok: false, reason: 'bad-coordinates', detail: `coordinates that cannot be reprojected from ${importCrsLabels[crs]}` };
  }
  const [w, s, e, n] = belgiumBoxDeg;
  if (box[0] < w || box[2] > e || box[1] < s || box[3] > n) {
    const place = box[0] === box[2] && box[1] === box[3] ? `${fmt(box[0])}, ${fmt(box[1])}` : `${fmt(box[0])}..${fmt(box[2])}, ${fmt(box[1])}..${fmt(box[3])}`;
    const swapped = box[0] >= s && box[2] <= n && box[1] >= w && box[3] <= e ? ' (longitude and latitude look swapped)' : '';
    const orig = crs === 'EPSG:4326' ? '' : ` read as ${importCrsLabels[crs]}`;
    return { ok: false, reason: 'outside-belgium', detail: `lies outside Belgium at lon/lat ${place}${orig}${swapped}` };
  }
  if (wgs.type !== 'Point') {
    const areaM2 = siteArea(prepareSite(projectGeometry(wgs, toLambert72)));
    if (!(areaM2 >= minPolygonAreaM2)) {
      return { ok: false, reason: 'invalid-geometry', detail: `invalid polygon that cannot be repaired: ${fmt(areaM2)} m², under ${minPolygonAreaM2} m²` };
    }
  }
  const place = region(wgs);
  if (place === 'outside') {
    return { ok: false, reason: 'outside-region', detail: `lies more than ${importLimits.contextBandM} m from the Brussels-Capital Region` };
  }
  return { ok: true, geometry: wgs, repairs, outsideRegion: place === 'band' };
}

/** Columns met in the features' properties, in order of first appearance. */
function columnsOf(features: ImportInput['features'], limit: number): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < features.length && i < limit; i++) {
    const p = features[i]?.properties;
    if (p && typeof p === 'object') for (const k of Object.keys(p)) seen.add(k);
  }
  return [...seen];
}

/**
 * Builds the import's result: one `UserSiteRecord` per usable polygon, multipolygon or point (in WGS84), and one
 * `RefusedFeature` per other feature naming its number and why. At most `maxFeatures` features are read; those
 * after are refused together as ONE 'over-limit' entry carrying the first refused number and the count in its
 * detail. With `crs` null nothing is built (sites and refused empty): the UI asks for the CRS and calls again.
 */
export function buildImportResult(input: ImportInput, region: RegionTest, options: ImportOptions = {}): ImportResult {
  const newId = options.newId ?? newUserSiteId;
  const now = (options.now ?? (() => new Date()))();
  const maxFeatures = options.maxFeatures ?? importLimits.maxFeatures;
  const { features, crs } = input;
  const numberOf = (i: number): number => input.featureNumbers?.[i] ?? i + 1;
  const columns = input.columns ? [...input.columns] : columnsOf(features, maxFeatures);
  const nameColumn = pickColumn(columns, nameColumnCandidates);
  const idColumn = pickColumn(columns, idColumnCandidates);
  const areaColumn = pickColumn(columns, areaColumnCandidates);
  const result: ImportResult = { file: input.file, format: input.format, crs, crsFrom: crs ? input.crsFrom : null, sites: [], refused: [], columns, nameColumn, idColumn };
  if (!crs) return result;
  const crsFrom = input.crsFrom ?? 'user';

  // The limit counts the features handed over (and those the reader did not hand over, `totalFeatures`), in file order;
  // rows the reader refused already (CSV rows without coordinates) are listed but do not count.
  const refused: RefusedFeature[] = [...(input.refused ?? [])];
  const total = Math.max(input.totalFeatures ?? 0, features.length);
  const read = Math.min(features.length, maxFeatures);
  const word = input.numberWord ?? 'feature';
  const addedAt = now.toISOString();
  for (let i = 0; i < read; i++) {
    const f = features[i]!;
    const featureNumber = numberOf(i);
    const out = checkGeometry(f?.geometry, crs, region);
    if (!out.ok) {
      refused.push({ featureNumber, reason: out.reason, detail: `${word} ${featureNumber}: ${out.detail}` });
      continue;
    }
    const props = f.properties && typeof f.properties === 'object' ? f.properties : {};
    const attributes: Record<string, AttributeValue> = {};
    for (const [k, v] of Object.entries(props)) if (k !== nameColumn && k !== idColumn) attributes[k] = toAttributeValue(v);
    const area = out.geometry.type === 'Point' && areaColumn ? parseDecimal(props[areaColumn]) : null;
    const idValue = idColumn ? props[idColumn] : undefined;
    const site: UserSiteRecord = {
      id: newId(),
      name: nameColumn ? cleanName(props[nameColumn]) : '',
      externalId: idValue === null || idValue === undefined ? '' : cleanName(idValue),
      origin: { kind: 'import', file: input.file, format: input.format, featureNumber, crs, crsFrom },
      geometry: out.geometry,
      areaM2Given: area !== null && area > 0 ? area : null,
      attributes,
      addedAt,
      outsideRegion: out.outsideRegion,
      repairs: out.repairs,
    };
    result.sites.push(site);
  }
  const over = total - read;
  if (over > 0) {
    const first = read < features.length ? numberOf(read) : numberOf(features.length - 1) + 1;
    refused.push({
      featureNumber: first,
      reason: 'over-limit',
      detail: `${over} feature${over === 1 ? '' : 's'} from ${word} ${first} on not imported: at most ${maxFeatures} features are read from one file`,
    });
  }
  refused.sort((a, b) => a.featureNumber - b.featureNumber);
  result.refused = refused;
  return result;
}
