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

/** A function mapping one position to another (units depend on the caller). */
export type PositionFn = (p: Position) => Position;

function mapCoords(c: unknown, fn: PositionFn): unknown {
  // Nested arrays end at a position: an array whose first item is a number.
  if (Array.isArray(c) && typeof c[0] === 'number') return fn(c as Position);
  return (c as unknown[]).map((x) => mapCoords(x, fn));
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

/** Result of `detectCrs`: the CRS and how it was found, or an error naming what was found. */
export type CrsDetection =
  | { ok: true; crs: SupportedCrs; via: 'member' | 'coordinates' | 'default' }
  | { ok: false; error: string };

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

function coordRange(fc: FeatureCollection): [number, number, number, number] | undefined {
  return geometriesBbox(fc.features.map((f) => f.geometry)) ?? undefined;
}

function crsFromRange(r: [number, number, number, number]): SupportedCrs | undefined {
  if (r[0] >= -180 && r[2] <= 180 && r[1] >= -90 && r[3] <= 90) return 'EPSG:4326';
  // Lambert 72 covers Belgium with x and y between 0 and ~300 km.
  if (r[0] >= 0 && r[2] <= 300_000 && r[1] >= 0 && r[3] <= 300_000) return 'EPSG:31370';
  return undefined;
}

/** Detects the CRS of a FeatureCollection from its `crs` member, else from its coordinate ranges (degrees vs metres). */
export function detectCrs(fc: FeatureCollection): CrsDetection {
  const member = crsFromMember((fc as { crs?: unknown }).crs);
  const range = coordRange(fc);
  const guessed = range ? crsFromRange(range) : undefined;
  const rangeText = range
    ? `x ${range[0].toFixed(3)}..${range[2].toFixed(3)}, y ${range[1].toFixed(3)}..${range[3].toFixed(3)}`
    : 'no coordinates';
  if (member === 'EPSG:4326' || member === 'EPSG:31370') {
    // A member contradicted by the coordinates is a broken file, not something to guess around.
    if (range && guessed !== member) return { ok: false, error: `crs member says ${member} but coordinates are ${rangeText}` };
    return { ok: true, crs: member, via: 'member' };
  }
  if (member !== undefined) return { ok: false, error: `unsupported crs member '${member}'` };
  if (!range) return { ok: true, crs: 'EPSG:4326', via: 'default' };
  if (guessed) return { ok: true, crs: guessed, via: 'coordinates' };
  return { ok: false, error: `no crs member and coordinates (${rangeText}) fit neither WGS84 degrees nor Lambert 72 metres` };
}

/** Brings a FeatureCollection to Lambert 72 metres whatever its detected CRS; throws with the detection error. */
export function featureCollectionToLambert72<G extends Geometry | null, P>(fc: FeatureCollection<G, P>): FeatureCollection<G, P> {
  const d = detectCrs(fc as FeatureCollection);
  if (!d.ok) throw new Error(d.error);
  return d.crs === 'EPSG:31370' ? fc : projectFeatureCollection(fc, toLambert72);
}
