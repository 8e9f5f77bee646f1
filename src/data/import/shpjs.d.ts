/** The part of shpjs (no bundled types) the shapefile reader uses. */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, in file order (null for null shapes); reprojected to WGS84 only when `prj` is given. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | false): (Geometry | null)[];
  /** Records of a .dbf decoded with the .cpg encoding (UTF-8 when none). */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string): Record<string, unknown>[];
  /** A zipped shapefile (or a URL, or `{shp, dbf, prj, cpg}`) as GeoJSON, reprojected with the .prj through proj4. */
  export default function getShapefile(
    base: string | ArrayBuffer | ArrayBufferView | { shp: ArrayBuffer | ArrayBufferView; dbf?: ArrayBuffer | ArrayBufferView; prj?: string; cpg?: string },
  ): Promise<import('geojson').FeatureCollection | import('geojson').FeatureCollection[]>;
}
