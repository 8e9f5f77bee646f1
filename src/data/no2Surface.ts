/**
 * NO2 surface for the map: inverse-distance weighting of the measured points on a regular grid,
 * clipped to the region. Computed in the browser from the no2-points layer (a tiny local IDW:
 * src/core/geo/idw.ts did not exist when this was written; swap it in when it does).
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import KDBush from 'kdbush';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export const defaultOptions = {
  /** Side of a grid cell, metres. */
  cellM: 250,
  /** Search radius for neighbours, metres; doubled until minNeighbours are found. */
  radiusM: 600,
  /** Fewest points an estimate uses. */
  minNeighbours: 3,
  /** IDW power. */
  power: 2,
  /** Class breaks, µg/m³ (WHO guideline, EU 2030 limit, 30, 40). */
  breaksUgM3: [10, 20, 30, 40] as readonly number[],
};

const mPerDegLat = 110_574;

/** Grid of square polygons with `no2UgM3` (µg/m³) and `cls` (0..breaks.length) inside the region. */
export function no2Surface(
  points: FeatureCollection,
  region: FeatureCollection | null,
  options: Partial<typeof defaultOptions> = {},
): FeatureCollection<Polygon, { no2UgM3: number; cls: number }> {
  const o = { ...defaultOptions, ...options };
  const pts: { lng: number; lat: number; v: number }[] = [];
  for (const f of points.features) {
    const v = Number(f.properties?.no2UgM3);
    if (f.geometry?.type !== 'Point' || !Number.isFinite(v) || v < 0) continue;
    const [lng, lat] = (f.geometry as Point).coordinates as [number, number];
    pts.push({ lng, lat, v });
  }
  if (pts.length === 0) return { type: 'FeatureCollection', features: [] };
  const lat0 = pts.reduce((s, p) => s + p.lat, 0) / pts.length;
  const mPerDegLng = mPerDegLat * Math.cos((lat0 * Math.PI) / 180);
  const index = new KDBush(pts.length);
  for (const p of pts) index.add(p.lng * mPerDegLng, p.lat * mPerDegLat);
  index.finish();

  const regionPolys = (region?.features ?? []).filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) [w, s, e, n] = [Math.min(w, p.lng), Math.min(s, p.lat), Math.max(e, p.lng), Math.max(n, p.lat)];
  const dLng = o.cellM / mPerDegLng;
  const dLat = o.cellM / mPerDegLat;
  const features: Feature<Polygon, { no2UgM3: number; cls: number }>[] = [];
  for (let y = s; y < n; y += dLat) {
    for (let x = w; x < e; x += dLng) {
      const cx = x + dLng / 2;
      const cy = y + dLat / 2;
      if (regionPolys.length && !regionPolys.some((r) => booleanPointInPolygon([cx, cy], r))) continue;
      const v = estimate(index, pts, cx * mPerDegLng, cy * mPerDegLat, o);
      if (v === undefined) continue;
      const cls = o.breaksUgM3.filter((b) => v >= b).length;
      const ring = [[x, y], [x + dLng, y], [x + dLng, y + dLat], [x, y + dLat], [x, y]];
      features.push({ type: 'Feature', properties: { no2UgM3: Math.round(v * 10) / 10, cls }, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return { type: 'FeatureCollection', features };
}

function estimate(index: KDBush, pts: { v: number }[], xM: number, yM: number, o: typeof defaultOptions): number | undefined {
  for (let r = o.radiusM; r <= o.radiusM * 16; r *= 2) {
    const ids = index.within(xM, yM, r);
    if (ids.length < o.minNeighbours) continue;
    let num = 0;
    let den = 0;
    for (const id of ids) {
      const dx = index.coords[2 * id]! - xM;
      const dy = index.coords[2 * id + 1]! - yM;
      const d2 = Math.max(dx * dx + dy * dy, 1);
      const wgt = 1 / Math.pow(d2, o.power / 2);
      num += wgt * pts[id]!.v;
      den += wgt;
    }
    return num / den;
  }
  return undefined;
}
