/**
 * Conversions between WGS84 (EPSG:4326, lon/lat degrees) and Belgian Lambert 72 (EPSG:31370, metres),
 * and CRS detection for incoming GeoJSON. Metrics are computed in Lambert 72 because planar
 * distances there are true to ~1e-5 across Brussels.
 */
import proj4 from 'proj4';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { geometriesBbox } from './bbox.ts';

/**
 * EPSG:31370 with the 7-parameter BD72→WGS84 shift (EPSG transformation 15929, ~1 m accuracy),
 * in proj4's position-vector convention.
 */
export const lambert72Proj =
  '+proj=lcc +lat_1=51.16666723333333 +lat_2=49.8333339 +lat_0=90 +lon_0=4.367486666666666 ' +
  '+x_0=150000.013 +y_0=5400088.438 +ellps=intl ' +
  '+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs';

const converter = proj4('EPSG:4326', lambert72Proj);

/** Converts [lon, lat] degrees (WGS84) to [x, y] metres (Lambert 72). */
export function toLambert72(p: Position): [number, number] {
  const [x, y] = converter.forward([p[0] as number, p[1] as number]);
  return [x as number, y as number];
}

/** Converts [x, y] metres (Lambert 72) to [lon, lat] degrees (WGS84). */
export function toWgs84(p: Position): [number, number] {
  const [lon, lat] = converter.inverse([p[0] as number, p[1] as number]);
  return [lon as number, lat as number];
}

/**
 * EPSG:3812, Belgian Lambert 2008 on ETRS89. ETRS89 is taken as WGS84 (a null shift, as EPSG transformation
 * 1149 does): the two differ by under 1 m in Belgium.
 */
export const lambert2008Proj =
  '+proj=lcc +lat_1=49.83333333333334 +lat_2=51.16666666666666 +lat_0=50.797815 +lon_0=4.359215833333333 ' +
  '+x_0=649328 +y_0=665262 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

const converter2008 = proj4('EPSG:4326', lambert2008Proj);

/** Converts [lon, lat] degrees (WGS84) to [x, y] metres (Lambert 2008). */
export function toLambert2008(p: Position): [number, number] {
  const [x, y] = converter2008.forward([p[0] as number, p[1] as number]);
  return [x as number, y as number];
}

/** Converts [x, y] metres (Lambert 2008) to [lon, lat] degrees (WGS84). */
export function lambert2008ToWgs84(p: Position): [number, number] {
  const [lon, lat] = converter2008.inverse([p[0] as number, p[1] as number]);
  return [lon as number, lat as number];
}

/** A function mapping one position to another (units depend on the caller). */
export type PositionFn = (p: Position) => Position;

function mapCoords(c: unknown, fn: PositionFn): unknown {
  // Nested arrays end at a position: an array whose first item is a number.
  if (Array.isArray(c) && typeof c[0] === 'number') return fn(c as Position);
  // Anything else that is not an array (null, a string) is left for validation to name, not thrown on here.
  return Array.isArray(c) ? c.map((x) => mapCoords(x, fn)) : c;
}

/** Returns a copy of any GeoJSON geometry with every position mapped by `fn` (units of `fn`). */
export function projectGeometry<G extends Geometry>(geom: G, fn: PositionFn): G {
  if (geom.type === 'GeometryCollection') {
    return { ...geom, geometries: geom.geometries.map((g) => projectGeometry(g, fn)) };
  }
  return { ...geom, coordinates: mapCoords(geom.coordinates, fn) } as G;
}

/** Returns a copy of a FeatureCollection with every position mapped by `fn`; drops any `crs`/`bbox` member. */
export function projectFeatureCollection<G extends Geometry | null, P>(
  fc: FeatureCollection<G, P>,
  fn: PositionFn,
): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const { bbox: _bbox, ...rest } = f;
      return { ...rest, geometry: f.geometry === null ? f.geometry : projectGeometry(f.geometry as Geometry, fn) as G };
    }),
  };
}

/** The CRSs the pipeline reads. */
export type SupportedCrs = 'EPSG:4326' | 'EPSG:31370';

/** A feature whose coordinates do not fit the CRS decided for its file: index in `features`, kind and why. */
export interface CrsOutlier {
  index: number;
  kind: 'crs-outlier' | 'outside-belgium';
  reason: string;
}

/** Result of `detectCrs`: the CRS, how it was found and the outliers, or an error naming what was found. */
export type CrsDetection =
  | { ok: true; crs: SupportedCrs; via: 'member' | 'coordinates' | 'default'; outliers: CrsOutlier[] }
  | { ok: false; error: string };

/** Settings of `detectCrs`. */
export const defaultCrsOptions = {
  /** [west, south, east, north] degrees: Belgium (2.54–6.41 E, 49.50–51.51 N) with ~40 km around it; WGS84 features wholly outside are outliers. */
  belgiumWgs84Deg: [2.0, 49.1, 7.0, 51.9] as readonly [number, number, number, number],
  /** [minX, minY, maxX, maxY] metres: the same area in Lambert 72 (Belgium is x 17–297 km, y 20–246 km); coordinates wholly outside are not Lambert 72. */
  belgiumLambert72M: [-30_000, -30_000, 330_000, 280_000] as readonly [number, number, number, number],
  /** The CRS must fit more than this share of the features with coordinates, else the file is refused as ambiguous. */
  minShare: 0.5,
};

/** Settings of `detectCrs`. */
export type CrsOptions = typeof defaultCrsOptions;

const crsNames: Record<string, SupportedCrs> = {
  'urn:ogc:def:crs:ogc:1.3:crs84': 'EPSG:4326',
  'urn:ogc:def:crs:ogc::crs84': 'EPSG:4326',
  crs84: 'EPSG:4326',
  'epsg:4326': 'EPSG:4326',
  'urn:ogc:def:crs:epsg::4326': 'EPSG:4326',
  'epsg:31370': 'EPSG:31370',
  'epsg::31370': 'EPSG:31370',
  'urn:ogc:def:crs:epsg::31370': 'EPSG:31370',
};

const crsLabel: Record<SupportedCrs, string> = { 'EPSG:4326': 'WGS84 degrees', 'EPSG:31370': 'Lambert 72 metres' };

function crsFromMember(crs: unknown): SupportedCrs | string | undefined {
  if (crs === null || typeof crs !== 'object') return undefined;
  const props = (crs as { properties?: Record<string, unknown> }).properties ?? {};
  // GeoJSON 2008 allowed {type:'name', properties:{name}} and {type:'EPSG', properties:{code}}.
  const raw = typeof props['name'] === 'string' ? props['name'] : props['code'] !== undefined ? `EPSG:${String(props['code'])}` : '';
  if (raw === '') return undefined;
  // Versioned URNs (urn:ogc:def:crs:EPSG:6.6:4326) carry the code after the last colon.
  const key = raw.toLowerCase().replace(/^urn:ogc:def:crs:epsg:[0-9.]+:/, 'urn:ogc:def:crs:epsg::');
  return crsNames[key] ?? raw;
}

type Box4 = readonly [number, number, number, number];
const within = (b: Box4, outer: Box4): boolean => b[0] >= outer[0] && b[2] <= outer[2] && b[1] >= outer[1] && b[3] <= outer[3];
const overlaps = (b: Box4, outer: Box4): boolean => b[0] <= outer[2] && b[2] >= outer[0] && b[1] <= outer[3] && b[3] >= outer[1];
const world: Box4 = [-180, -90, 180, 90];
const rangeText = (r: Box4): string => `x ${r[0].toFixed(3)}..${r[2].toFixed(3)}, y ${r[1].toFixed(3)}..${r[3].toFixed(3)}`;
const num = (v: number): string => String(+v.toFixed(6));
/** Where one feature lies, short: a point as `x, y`, anything else as its ranges. */
const placeText = (r: Box4): string =>
  r[0] === r[2] && r[1] === r[3] ? `x ${num(r[0])}, y ${num(r[1])}` : `x ${num(r[0])}..${num(r[2])}, y ${num(r[1])}..${num(r[3])}`;

/** The box around all boxes given; null when there is none. */
function unionOf(boxes: readonly (Box4 | null)[]): Box4 | null {
  let u: [number, number, number, number] | null = null;
  for (const b of boxes) {
    if (!b) continue;
    if (!u) u = [b[0], b[1], b[2], b[3]];
    else {
      if (b[0] < u[0]) u[0] = b[0];
      if (b[1] < u[1]) u[1] = b[1];
      if (b[2] > u[2]) u[2] = b[2];
      if (b[3] > u[3]) u[3] = b[3];
    }
  }
  return u;
}

/** Which CRS one feature's box fits: degrees first, since a Lambert 72 position under 180 m is not in Belgium anyway. */
function fitOf(b: Box4, o: CrsOptions): SupportedCrs | undefined {
  if (within(b, world)) return 'EPSG:4326';
  return within(b, o.belgiumLambert72M) ? 'EPSG:31370' : undefined;
}

/**
 * Detects the CRS of a FeatureCollection and the features that do not fit it. The `crs` member decides
 * when present; otherwise the CRS that most features fit (WGS84 degrees or Lambert 72 metres around
 * Belgium). Either way it must fit more than `minShare` of the features with finite coordinates, so one
 * stray feature cannot flip a whole file; features that fit another CRS, none, or lie far outside
 * Belgium are returned as outliers. Features without finite coordinates take no part.
 */
export function detectCrs(fc: FeatureCollection, options: Partial<CrsOptions> = {}): CrsDetection {
  const o: CrsOptions = { ...defaultCrsOptions, ...options };
  const member = crsFromMember((fc as { crs?: unknown }).crs);
  if (member !== undefined && member !== 'EPSG:4326' && member !== 'EPSG:31370') return { ok: false, error: `unsupported crs member '${member}'` };
  const boxes = fc.features.map((f) => geometriesBbox([f?.geometry]));
  const fits = boxes.map((b) => (b ? fitOf(b, o) : undefined));
  const all = unionOf(boxes);
  if (!all) return { ok: true, crs: member ?? 'EPSG:4326', via: member ? 'member' : 'default', outliers: [] };
  const measured = boxes.filter((b) => b !== null).length;
  const deg = fits.filter((c) => c === 'EPSG:4326').length;
  const m = fits.filter((c) => c === 'EPSG:31370').length;
  const crs: SupportedCrs = member ?? (m > deg ? 'EPSG:31370' : 'EPSG:4326');
  const fitting = crs === 'EPSG:4326' ? deg : m;
  if (fitting <= o.minShare * measured) {
    if (member) return { ok: false, error: `crs member says ${member} but ${measured - fitting} of ${measured} features do not fit it (coordinates ${rangeText(all)})` };
    if (deg + m === 0) return { ok: false, error: `no crs member and coordinates (${rangeText(all)}) fit neither WGS84 degrees nor Lambert 72 metres` };
    return { ok: false, error: `no crs member and no CRS fits most features: ${deg} of ${measured} features fit WGS84 degrees, ${m} fit Lambert 72 metres (coordinates ${rangeText(all)})` };
  }
  const outliers: CrsOutlier[] = [];
  boxes.forEach((b, index) => {
    if (!b) return;
    const fit = fits[index];
    if (fit !== crs) {
      const looks = fit ? `look like ${crsLabel[fit]}` : 'fit neither WGS84 degrees nor Lambert 72 metres around Belgium';
      outliers.push({ index, kind: 'crs-outlier', reason: `coordinates ${looks} (${placeText(b)}) in a file read as ${crsLabel[crs]}` });
    } else if (crs === 'EPSG:4326' && !overlaps(b, o.belgiumWgs84Deg)) {
      outliers.push({ index, kind: 'outside-belgium', reason: `coordinates lie far outside Belgium (${placeText(b)})` });
    }
  });
  return { ok: true, crs, via: member ? 'member' : 'coordinates', outliers };
}

/** Brings a FeatureCollection to Lambert 72 metres whatever its detected CRS, leaving the outliers out; throws with the detection error. */
export function featureCollectionToLambert72<G extends Geometry | null, P>(fc: FeatureCollection<G, P>, options: Partial<CrsOptions> = {}): FeatureCollection<G, P> {
  const d = detectCrs(fc as FeatureCollection, options);
  if (!d.ok) throw new Error(d.error);
  const out = new Set(d.outliers.map((x) => x.index));
  const kept: FeatureCollection<G, P> = out.size ? { type: 'FeatureCollection', features: fc.features.filter((_f, i) => !out.has(i)) } : fc;
  return d.crs === 'EPSG:31370' ? kept : projectFeatureCollection(kept, toLambert72);
}
