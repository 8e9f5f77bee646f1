/**
 * Land near metro and tram stops. Method: the land is cut into the cells of a fine grid (10 m by default, exact
 * area per cell, `raster.ts`); a cell counts as near when its centre lies within the distance (straight line) of
 * a stop. Only land in cells straddling a circle can be misassigned (within ~7 m of it at 10 m cells), and the centre
 * rule errs both ways, so the errors largely cancel.
 * Stops come from the metric index (`core/geo/metrics.ts` `buildMetricIndex`: its `metro` and `tram` indexes, the
 * same mode decision as the sites' distMetroM/distTramM), searched with their kdbush trees.
 */
import type { SiteShape } from '../geo/geom.ts';
import type { PointIndex } from '../geo/spatialIndex.ts';
import { cellAreas } from './raster.ts';

/** True when a point index holds a point within `distM` of (x, y). */
function anyWithin(idx: PointIndex, x: number, y: number, distM: number): boolean {
  return idx.kd !== null && idx.kd.within(x, y, distM).length > 0;
}

/** Area (m²) of the polygon whose grid cells have their centre within `distM` of a point of any of the indexes. */
export function areaNearStopsM2(shape: SiteShape, stops: readonly PointIndex[], distM: number, cellM: number): number {
  let near = 0;
  for (const c of cellAreas(shape, cellM)) {
    const x = (c.i + 0.5) * cellM;
    const y = (c.j + 0.5) * cellM;
    if (stops.some((idx) => anyWithin(idx, x, y, distM))) near += c.areaM2;
  }
  return near;
}
