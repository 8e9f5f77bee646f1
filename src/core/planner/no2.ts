/**
 * The planner's NO2 figures: the app's surface (`core/geo/no2Grid.ts`, the same points, IDW code and settings)
 * sampled at the centres of a regular Lambert 72 grid, each cell taking its centre's value, and integrated
 * over an area by the exact area of the area in each cell (`raster.ts`). Means are area-weighted, so they add
 * up: a municipality's mean is that of its land, not the average of its sectors' means.
 */
import type { No2Surface } from '../geo/no2Grid.ts';
import type { SiteShape } from '../geo/geom.ts';
import { toWgs84 } from '../geo/proj.ts';
import { cellAreas } from './raster.ts';

/** NO2 (µg/m³) of grid cell (i, j), or a negative number where the surface has no value. */
export type No2CellValue = (i: number, j: number) => number;

/** Sums over an area from which its NO2 mean and share above a limit follow. */
export interface No2Sums {
  /** Land with a surface value (m²). */
  areaM2: number;
  /** ∑ value × area (µg/m³·m²). */
  weightedUgM3M2: number;
  /** Land where the value exceeds the limit (m²). */
  aboveM2: number;
}

/** Zero sums. */
export const emptyNo2Sums = (): No2Sums => ({ areaM2: 0, weightedUgM3M2: 0, aboveM2: 0 });

/** Adds `b` into `a`. */
export function addNo2Sums(a: No2Sums, b: No2Sums): void {
  a.areaM2 += b.areaM2;
  a.weightedUgM3M2 += b.weightedUgM3M2;
  a.aboveM2 += b.aboveM2;
}

/**
 * The surface on a Lambert 72 grid of `cellM` metres: each cell's value is the surface at its centre (taken to
 * degrees, as the app's grid evaluates it), computed once per cell.
 */
export function no2CellValues(surface: No2Surface, cellM: number): No2CellValue {
  const cache = new Map<string, number>();
  return (i, j) => {
    const k = `${i},${j}`;
    let v = cache.get(k);
    if (v === undefined) {
      const [lng, lat] = toWgs84([(i + 0.5) * cellM, (j + 0.5) * cellM]);
      v = surface.at(lng, lat);
      if (!Number.isFinite(v)) v = -1;
      cache.set(k, v);
    }
    return v;
  };
}

/** NO2 sums over a polygon: each cell's value weighted by the polygon's area in it; land above `limitUgM3` counted (strictly above). */
export function no2SumsOver(shape: SiteShape, cellM: number, valueOf: No2CellValue, limitUgM3: number): No2Sums {
  const s = emptyNo2Sums();
  for (const c of cellAreas(shape, cellM)) {
    const v = valueOf(c.i, c.j);
    if (v < 0) continue;
    s.areaM2 += c.areaM2;
    s.weightedUgM3M2 += v * c.areaM2;
    if (v > limitUgM3) s.aboveM2 += c.areaM2;
  }
  return s;
}
