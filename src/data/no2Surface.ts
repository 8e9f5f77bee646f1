/**
 * NO2 surface for the map: the same inverse-distance weighting the site metric uses
 * (src/core/geo/idw.ts: k nearest within a radius) evaluated at the centres of a regular grid,
 * clipped to the region. Coordinates go to local equirectangular metres rather than Lambert 72:
 * over 20 km the distortion is < 0.1 % and the app bundle does not need proj4.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { buildIdwIndex, defaultIdwOptions, idwAt } from '../core/geo/idw.ts';
import type { LayerId } from '../core/types.ts';
import { no2BreaksUgM3 } from '../core/colour/palette.ts';

/** Layers the surface is computed from: without either there is no surface, and the panel says which is lacking. */
export const no2SurfaceInputs = ['no2-points', 'region'] as const satisfies readonly LayerId[];

export const defaultOptions = {
  /** Side of a grid cell, metres. */
  cellM: 250,
  /** IDW settings (k nearest, power, radius in metres), shared with the site metric. */
  idw: defaultIdwOptions,
  /** Class breaks, µg/m³ (WHO guideline, EU 2030 limit, 30, 40). */
  breaksUgM3: no2BreaksUgM3 as readonly number[],
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
  const index = buildIdwIndex(
    pts.map((p): Feature<Point, { v: number }> => ({ type: 'Feature', properties: { v: p.v }, geometry: { type: 'Point', coordinates: [p.lng * mPerDegLng, p.lat * mPerDegLat] } })),
    (f) => f.properties.v,
  );

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
      const v = idwAt(cx * mPerDegLng, cy * mPerDegLat, index, o.idw);
      if (!Number.isFinite(v) || v < 0) continue;
      const cls = o.breaksUgM3.filter((b) => v >= b).length;
      const ring = [[x, y], [x + dLng, y], [x + dLng, y + dLat], [x, y + dLat], [x, y]];
      features.push({ type: 'Feature', properties: { no2UgM3: Math.round(v * 10) / 10, cls }, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
  }
  return { type: 'FeatureCollection', features };
}
