/** Small hand-checkable geometries shared by the geo unit tests (metres). */
import type { Feature, Geometry } from 'geojson';

/** Axis-aligned square ring from (x, y) with side `s` metres, counter-clockwise and closed. */
export const square = (x: number, y: number, s: number): number[][] => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];

/** A feature with the given geometry and properties. */
export const feature = <G extends Geometry, P>(geometry: G, properties: P): Feature<G, P> => ({
  type: 'Feature',
  properties,
  geometry,
});
