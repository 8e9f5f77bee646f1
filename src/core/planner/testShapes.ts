/** Small hand-checkable polygons (metres) shared by the planner's unit tests. */
import type { Polygon } from 'geojson';

/** Axis-aligned rectangle [x0, x1] × [y0, y1] as a Polygon, counter-clockwise. */
export const rect = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});

/** Square of side `s` from (x, y). */
export const sq = (x: number, y: number, s: number): Polygon => rect(x, y, x + s, y + s);
