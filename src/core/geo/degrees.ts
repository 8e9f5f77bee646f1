/**
 * Degrees to metres for local equirectangular frames (sketches, the NO2 grid): one value for the whole app. Over the
 * Region (about 20 km) the frame's distortion stays under 0.1 %, so nothing here needs Lambert 72 or proj4.
 */

/** Metres per degree of latitude: 111.32 km, within 0.1 % of the meridian degree at Brussels (111.25 km at 50.85° N). */
export const metresPerDegree = 111_320;

/** Metres per degree of longitude at a latitude (degrees). */
export function metresPerDegreeLng(lat: number): number {
  return metresPerDegree * Math.cos((lat * Math.PI) / 180);
}
