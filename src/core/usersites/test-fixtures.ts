/**
 * Shared test data for user-site imports (tests only). Place Sainte-Catherine, Brussels, in the three CRSs; the
 * metre values come from PROJ 9.1.1 `cs2cs` (EPSG:4326 → EPSG:31370 uses "BD72 to WGS 84 (3)", the same
 * 7-parameter shift as `geo/proj.ts`; → EPSG:3812 is a null datum shift):
 *   echo "50.8508 4.3479" | cs2cs -f %.4f EPSG:4326 EPSG:31370   → 148531.5877 171155.8411
 *   echo "50.8508 4.3479" | cs2cs -f %.4f EPSG:4326 EPSG:3812    → 648531.1489 671156.0681
 */
import type { Position } from 'geojson';

export const sainteCatherine = {
  wgs84: [4.3479, 50.8508] as [number, number],
  lambert72: [148531.5877, 171155.8411] as [number, number],
  lambert2008: [648531.1489, 671156.0681] as [number, number],
};

/** Ground distance in metres between two lon/lat positions (equirectangular, fine over a few km). */
export function metresBetween(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const r = 6371008.8;
  const dx = (a[0]! - b[0]!) * rad * Math.cos(((a[1]! + b[1]!) / 2) * rad) * r;
  const dy = (a[1]! - b[1]!) * rad * r;
  return Math.hypot(dx, dy);
}

/** A square ring of side `2 * half` around a centre, closed, counter-clockwise. */
export function squareRing(c: readonly [number, number], half: number): [number, number][] {
  return [
    [c[0] - half, c[1] - half],
    [c[0] + half, c[1] - half],
    [c[0] + half, c[1] + half],
    [c[0] - half, c[1] + half],
    [c[0] - half, c[1] - half],
  ];
}

/** A rough Brussels-Capital Region outline (WGS84): a box around it, enough for tests of inside/band/outside. */
export const roughRegion = {
  type: 'Polygon' as const,
  coordinates: [[[4.24, 50.77], [4.48, 50.77], [4.48, 50.91], [4.24, 50.91], [4.24, 50.77]]],
};

/** ESRI .prj texts as GDAL 3.6 writes them (`gdalsrsinfo -o wkt_esri`). */
export const esriPrj = {
  lambert72:
    'PROJCS["Belge_Lambert_1972",GEOGCS["GCS_Belge_1972",DATUM["D_Belge_1972",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",150000.013],PARAMETER["False_Northing",5400088.438],PARAMETER["Central_Meridian",4.36748666666667],PARAMETER["Standard_Parallel_1",51.1666672333333],PARAMETER["Standard_Parallel_2",49.8333339],PARAMETER["Latitude_Of_Origin",90.0],UNIT["Meter",1.0]]',
  lambert2008:
    'PROJCS["Belge_Lambert_2008",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",649328.0],PARAMETER["False_Northing",665262.0],PARAMETER["Central_Meridian",4.35921583333333],PARAMETER["Standard_Parallel_1",49.8333333333333],PARAMETER["Standard_Parallel_2",51.1666666666667],PARAMETER["Latitude_Of_Origin",50.797815],UNIT["Meter",1.0]]',
  wgs84:
    'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  /** EPSG:31300, the older Belge Lambert 72: not ours (x differ by ~740 m). */
  belgeLambert72Old:
    'PROJCS["BD72_Belge_Lambert_72",GEOGCS["GCS_Belge_1972",DATUM["D_Belge_1972",SPHEROID["International_1924",6378388.0,297.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic_2SP_Belgium"],PARAMETER["latitude_of_origin",90.0],PARAMETER["central_meridian",4.35693972222222],PARAMETER["standard_parallel_1",49.8333333333333],PARAMETER["standard_parallel_2",51.1666666666667],PARAMETER["false_easting",150000.01256],PARAMETER["false_northing",5400088.4378],UNIT["Meter",1.0]]',
  utm31n:
    'PROJCS["WGS_1984_UTM_Zone_31N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",3.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
};

/** OGC WKT1 of EPSG:31370 with its authority (`gdalsrsinfo -o wkt1`, one line). */
export const ogcWkt72 =
  'PROJCS["BD72 / Belgian Lambert 72",GEOGCS["BD72",DATUM["Reseau_National_Belge_1972",SPHEROID["International 1924",6378388,297,AUTHORITY["EPSG","7022"]],AUTHORITY["EPSG","6313"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4313"]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["latitude_of_origin",90],PARAMETER["central_meridian",4.36748666666667],PARAMETER["standard_parallel_1",51.1666672333333],PARAMETER["standard_parallel_2",49.8333339],PARAMETER["false_easting",150000.013],PARAMETER["false_northing",5400088.438],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","31370"]]';

/** WKT2 of EPSG:3812 (`gdalsrsinfo -o wkt2`, trimmed to its structure). */
export const wkt2_2008 =
  'PROJCRS["ETRS89 / Belgian Lambert 2008",BASEGEOGCRS["ETRS89",ENSEMBLE["European Terrestrial Reference System 1989 ensemble",MEMBER["European Terrestrial Reference Frame 1989"],ELLIPSOID["GRS 1980",6378137,298.257222101,LENGTHUNIT["metre",1]],ENSEMBLEACCURACY[0.1]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]],ID["EPSG",4258]],CONVERSION["Belgian Lambert 2008",METHOD["Lambert Conic Conformal (2SP)",ID["EPSG",9802]],PARAMETER["Latitude of false origin",50.797815,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8821]],PARAMETER["Longitude of false origin",4.35921583333333,ANGLEUNIT["degree",0.0174532925199433],ID["EPSG",8822]]],CS[Cartesian,2],AXIS["easting (X)",east,ORDER[1],LENGTHUNIT["metre",1]],AXIS["northing (Y)",north,ORDER[2],LENGTHUNIT["metre",1]],ID["EPSG",3812]]';
