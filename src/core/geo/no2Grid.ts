/**
 * NO2 surface grid: the same inverse-distance weighting the site metric uses (idw.ts: k nearest within a
 * radius) evaluated at the centres of a regular grid, kept where the centre lies in the region. Coordinates
 * go to local equirectangular metres rather than Lambert 72: over 20 km the distortion is < 0.1 % and the
 * browser (which runs this in a worker) does not need proj4.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { no2BreaksUgM3 } from '../colour/palette.ts';
import { pointInSite, prepareSite } from './geom.ts';
import { buildIdwIndex, defaultIdwOptions, idwAt, type IdwOptions } from './idw.ts';
import { metresPerDegree, metresPerDegreeLng } from './degrees.ts';

export const defaultOptions = {
  /** Side of a grid cell, metres. */
  cellM: 250,
  /** IDW settings (k nearest, power, radius in metres), shared with the site metric. */
  idw: defaultIdwOptions,
  /** Class breaks, µg/m³ (WHO guideline, EU 2030 limit, 30, 40). */
  breaksUgM3: no2BreaksUgM3 as readonly number[],
};

/** One cell of the surface: interpolated NO2 (µg/m³, 0.1) and its class (0..breaks.length). */
export type No2Cell = Feature<Polygon, { no2UgM3: number; cls: number }>;

const mPerDegLat = metresPerDegree;

/** The NO2 surface as a function of WGS84 degrees, and the extent of its points ([w, s, e, n], degrees). */
export interface No2Surface {
  /** Interpolated NO2 (µg/m³) at (lng, lat); negative when there is no data (`idw.missingValue`). */
  at(lng: number, lat: number): number;
  extent: [number, number, number, number];
  /** Metres per degree of longitude of the local frame (at the points' mean latitude). */
  mPerDegLng: number;
}

/**
 * The surface the grid draws, as a function: IDW (`idw.ts`) over the points' `no2UgM3` in local equirectangular
 * metres around their mean latitude; null without a usable point. Exported so that other figures (the planner's
 * per-area means) sample this very surface instead of a second implementation.
 */
export function no2Surface(points: FeatureCollection, idw: IdwOptions = defaultIdwOptions): No2Surface | null {
  const pts: { lng: number; lat: number; v: number }[] = [];
  for (const f of points.features) {
    const v = Number(f.properties?.no2UgM3);
    if (f.geometry?.type !== 'Point' || !Number.isFinite(v) || v < 0) continue;
    const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
    pts.push({ lng, lat, v });
  }
  if (pts.length === 0) return null;
  const lat0 = pts.reduce((s, p) => s + p.lat, 0) / pts.length;
  const mPerDegLng = metresPerDegreeLng(lat0);
  const index = buildIdwIndex(
    pts.map((p): Feature<Point, { v: number }> => ({ type: 'Feature', properties: { v: p.v }, geometry: { type: 'Point', coordinates: [p.lng * mPerDegLng, p.lat * mPerDegLat] } })),
    (f) => f.properties.v,
  );
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) [w, s, e, n] = [Math.min(w, p.lng), Math.min(s, p.lat), Math.max(e, p.lng), Math.max(n, p.lat)];
  return { at: (lng, lat) => idwAt(lng * mPerDegLng, lat * mPerDegLat, index, idw), extent: [w, s, e, n], mPerDegLng };
}

/** Grid of square polygons over the measurement points' extent with `no2UgM3` and `cls`, inside the region (all cells when it has no polygon). */
export function no2Grid(points: FeatureCollection, region: FeatureCollection | null, options: Partial<typeof defaultOptions> = {}): FeatureCollection<Polygon, No2Cell['properties']> {
  const o = { ...defaultOptions, ...options };
  const surface = no2Surface(points, o.idw);
  if (!surface) return { type: 'FeatureCollection', features: [] };
  const [w, s, e, n] = surface.extent;
  const { mPerDegLng } = surface;
  // planar containment in degrees: the test only needs the same side of the outline, not distances
  const regionShapes = (region?.features ?? [])
    .filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map((f) => prepareSite(f.geometry));

  const dLng = o.cellM / mPerDegLng;
  const dLat = o.cellM / mPerDegLat;
  const features: No2Cell[] = [];
  for (let y = s; y < n; y += dLat) {
    for (let x = w; x < e; x += dLng) {
      const cx = x + dLng / 2;
      const cy = y + dLat / 2;
      if (regionShapes.length && !regionShapes.some((r) => pointInSite(cx, cy, r))) continue;
      const v = surface.at(cx, cy);
      if (!Number.isFinite(v) || v < 0) continue;
      const cls = o.breaksUgM3.filter((b) => v >= b).length;
      const ring = [[x, y], [x + dLng, y], [x + dLng, y + dLat], [x, y + dLat], [x, y]];
      features.push({ type: 'Feature', properties: { no2UgM3: Math.round(v * 10) / 10, cls }, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return { type: 'FeatureCollection', features };
}
