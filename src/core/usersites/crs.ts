/**
 * The CRS of a user's file: what the file declares (a `.prj` WKT, a GeoJSON `crs` member, a GeoPackage SRS, an
 * EPSG code), else what its coordinates look like (WGS84 degrees, Lambert 72 or Lambert 2008 metres around
 * Belgium), else null so the UI asks the user. And the reprojection of a geometry to WGS84 (proj4, with the
 * Lambert 72 7-parameter shift of `geo/proj.ts`). Pure.
 */
import type { Geometry, Position } from 'geojson';
import { geometriesBbox } from '../geo/bbox.ts';
import { lambert2008ToWgs84, projectGeometry, toWgs84, type PositionFn } from '../geo/proj.ts';
import type { ImportCrs } from './types.ts';

/** What a file says about its CRS: one we read, one we do not (named), or nothing usable. */
export type DeclaredCrs = { kind: 'known'; crs: ImportCrs; name: string } | { kind: 'unsupported'; name: string } | { kind: 'none' };

const none: DeclaredCrs = { kind: 'none' };
const known = (crs: ImportCrs, name: string): DeclaredCrs => ({ kind: 'known', crs, name });

/** Human words for each CRS, for details and logs. */
export const importCrsLabels: Record<ImportCrs, string> = {
  'EPSG:4326': 'WGS84 degrees (EPSG:4326)',
  'EPSG:31370': 'Belgian Lambert 72 metres (EPSG:31370)',
  'EPSG:3812': 'Belgian Lambert 2008 metres (EPSG:3812)',
};

/**
 * EPSG codes taken as one of ours. 4258 (ETRS89 degrees) is read as WGS84 (under 1 m apart in Belgium, the same
 * null shift `lambert2008Proj` uses). Not 31300 (BD72 / Belge Lambert 72, the older formula): its x differ from
 * 31370's by about 740 m in Brussels.
 */
const epsgCodes: Record<string, ImportCrs> = {
  '4326': 'EPSG:4326',
  '4258': 'EPSG:4326',
  '31370': 'EPSG:31370',
  '3812': 'EPSG:3812',
};

/** An EPSG code (number, '31370', 'EPSG:31370', an OGC URN or URL) as a declared CRS; 0 and -1 (GeoPackage "undefined") say nothing. */
export function crsFromEpsgCode(code: number | string): DeclaredCrs {
  const raw = String(code).trim();
  if (raw === '' || raw === '0' || raw === '-1') return none;
  if (/^(urn:ogc:def:crs:)?ogc:?(1\.3)?:crs84$|^crs:?84$|opengis\.net\/def\/crs\/ogc\/1\.3\/crs84$/i.test(raw)) return known('EPSG:4326', 'CRS84');
  const m = /(?:^|epsg(?::[0-9.]*)?:{1,2}|epsg\/0\/)(\d+)$/i.exec(raw);
  if (!m?.[1]) return { kind: 'unsupported', name: raw };
  const crs = epsgCodes[m[1]];
  return crs ? known(crs, `EPSG:${m[1]}`) : { kind: 'unsupported', name: `EPSG:${m[1]}` };
}

/** The GeoJSON (2008) `crs` member: `{type:'name', properties:{name}}` or `{type:'EPSG', properties:{code}}`; absent says nothing. */
export function crsFromGeoJsonMember(member: unknown): DeclaredCrs {
  if (member === null || typeof member !== 'object') return none;
  const props = (member as { properties?: unknown }).properties;
  if (props === null || typeof props !== 'object') return none;
  const p = props as Record<string, unknown>;
  if (typeof p['name'] === 'string') return crsFromEpsgCode(p['name']);
  if (typeof p['code'] === 'number' || typeof p['code'] === 'string') return crsFromEpsgCode(String(p['code']));
  return none;
}

/** The top-level authority code of a WKT (the last AUTHORITY[…] / ID[…] closing the outermost bracket), if any. */
function topLevelCode(wkt: string): string | undefined {
  const m = /(?:AUTHORITY|ID)\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*(?:,[^\]]*)?\]\s*\]\s*$/i.exec(wkt.trim());
  return m?.[1];
}

const lambert2008Name = /lambert[\s_]*2008/i;
const lambert72Name = /lambert[\s_]*(?:19)?72|\bbd[\s_]*72\b|belge[\s_]*1972|belgian[\s_]*1972|belge[\s_]*72/i;
const wgs84Name = /wgs[\s_]*(?:19)?84|\bcrs[\s_]*84\b/i;
const etrs89Name = /etrs[\s_]*(?:19)?89/i;

/** The central meridian (WKT1 `central_meridian`, WKT2 `Longitude of (false) origin`) in degrees, if the WKT has one. */
function centralMeridian(wkt: string): number | undefined {
  const m = /PARAMETER\[\s*"(?:central_meridian|longitude[ _]of[ _](?:false[ _])?origin|longitude[ _]of[ _]natural[ _]origin)"\s*,\s*([-+0-9.eE]+)/i.exec(wkt);
  const v = m?.[1] === undefined ? NaN : Number(m[1]);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * A WKT (a `.prj` of ESRI or OGC flavour, WKT1 or WKT2) as a declared CRS: by its top-level EPSG code, else by
 * name (`Belge_Lambert_1972`, `BD72 / Belgian Lambert 72`, `Belge_Lambert_2008`, `ETRS89 / Belgian Lambert 2008`,
 * `GCS_WGS_1984`, ETRS89 degrees). Any other CRS it names (UTM, Web Mercator, Lambert 1950, BD72 degrees…) is
 * unsupported; text that is not WKT says nothing.
 */
export function crsFromWkt(wkt: string): DeclaredCrs {
  const text = wkt.replace(/^\uFEFF/, '').trim();
  const head = /^([A-Z_]+)\s*\[\s*"([^"]*)"/i.exec(text);
  if (!head) return none;
  const keyword = head[1]!.toUpperCase();
  const name = head[2]!;
  const code = topLevelCode(text);
  if (code) {
    const byCode = crsFromEpsgCode(code);
    if (byCode.kind === 'known') return known(byCode.crs, name || byCode.name);
  }
  const projected = /^(PROJCS|PROJCRS|PROJECTEDCRS)$/.test(keyword) || /\b(PROJCS|PROJCRS|PROJECTEDCRS)\s*\[/i.test(text);
  if (projected) {
    if (/1950|\bbd[\s_]*50\b/i.test(text)) return { kind: 'unsupported', name };
    // BOUNDCRS and COMPD_CS hold the projected CRS inside: its name is somewhere in the text.
    const projName = /(?:PROJCS|PROJCRS|PROJECTEDCRS)\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? name;
    // The central meridian tells Lambert 72 (4.36748667°) from the older Belge Lambert 72 (EPSG:31300, 4.35693972°).
    const meridian = centralMeridian(text);
    const meridianIs = (v: number): boolean => meridian === undefined || Math.abs(meridian - v) < 1e-6;
    if (lambert2008Name.test(projName) && meridianIs(4.359215833333333)) return known('EPSG:3812', projName);
    if (lambert72Name.test(projName) && meridianIs(4.367486666666666) && !/2SP_Belgium/i.test(text)) return known('EPSG:31370', projName);
    return { kind: 'unsupported', name: projName || name };
  }
  if (/^(GEOGCS|GEOGCRS|GEOGRAPHICCRS|GEODCRS|GEODETICCRS)$/.test(keyword)) {
    if (wgs84Name.test(name) || etrs89Name.test(name)) return known('EPSG:4326', name);
    return { kind: 'unsupported', name };
  }
  return { kind: 'unsupported', name: name || keyword };
}

/** A GeoPackage SRS (its `gpkg_spatial_ref_sys` row): by organisation code, else by its WKT definition, else by srs_id. */
export function crsFromGpkgSrs(srs: { srsId: number; organization?: string | null; organizationCode?: number | null; definition?: string | null }): DeclaredCrs {
  if (srs.srsId === 0 || srs.srsId === -1) return none; // "undefined geographic / cartesian"
  const epsg = srs.organization && srs.organization.toUpperCase() === 'EPSG' && srs.organizationCode != null;
  const byCode = crsFromEpsgCode(epsg ? srs.organizationCode! : srs.srsId);
  if (byCode.kind === 'known' && (epsg || !srs.definition)) return byCode;
  const def = srs.definition?.trim() ?? '';
  const byWkt = def !== '' && def.toLowerCase() !== 'undefined' ? crsFromWkt(def) : none;
  if (byWkt.kind === 'known') return byWkt;
  if (byCode.kind === 'known') return byCode;
  if (byWkt.kind === 'unsupported') return { kind: 'unsupported', name: epsg ? `${byCode.kind === 'unsupported' ? byCode.name : ''} (${byWkt.name})`.trim() : byWkt.name };
  return byCode;
}

// ---- Coordinates ----

type Box4 = readonly [number, number, number, number];

/** Boxes (with some margin) each CRS's coordinates of a place in Belgium fall in; the three never overlap where it matters. */
export const crsCoordinateBoxes: Record<ImportCrs, Box4> = {
  /** Degrees: anything on Earth (features far from Belgium are then refused one by one, naming their place). */
  'EPSG:4326': [-180, -90, 180, 90],
  /** Belgium is x 17–297 km, y 20–246 km in Lambert 72 (Brussels x 140–160 km, y 160–180 km). */
  'EPSG:31370': [-30_000, -30_000, 330_000, 280_000],
  /** Lambert 2008 is Lambert 72 shifted by about 500 km each way (Brussels x 640–660 km, y 660–680 km). */
  'EPSG:3812': [470_000, 470_000, 830_000, 780_000],
};

/** Order of the test: degrees first, since a Lambert position under 180 m is not in Belgium anyway. */
const crsOrder: readonly ImportCrs[] = ['EPSG:4326', 'EPSG:31370', 'EPSG:3812'];

const within = (b: Box4, outer: Box4): boolean => b[0] >= outer[0] && b[2] <= outer[2] && b[1] >= outer[1] && b[3] <= outer[3];

/** Which CRS a box of coordinates fits, if any. */
export function crsOfBox(b: Box4): ImportCrs | null {
  for (const c of crsOrder) if (within(b, crsCoordinateBoxes[c])) return c;
  return null;
}

/** What the coordinates alone say: the CRS most features fit, when it is at least `minShare` of them. */
export interface CoordinateCrs {
  crs: ImportCrs | null;
  /** Features with usable coordinates that fit each CRS, and none. */
  counts: Record<ImportCrs | 'none', number>;
  /** Why, in English, for the log and the UI's details. */
  detail: string;
}

/** Share of the features with coordinates the winning CRS must fit. */
export const defaultMinShare = 0.9;

const fmt = (v: number): string => String(+v.toFixed(6));

/** Tells the CRS from the coordinates of the given geometries (null ones and unusable coordinates take no part). */
export function crsFromCoordinates(geometries: Iterable<Geometry | null | undefined>, minShare = defaultMinShare): CoordinateCrs {
  const counts: Record<ImportCrs | 'none', number> = { 'EPSG:4326': 0, 'EPSG:31370': 0, 'EPSG:3812': 0, none: 0 };
  let all: [number, number, number, number] | null = null;
  let measured = 0;
  for (const g of geometries) {
    const b = g ? geometriesBbox([g]) : null;
    if (!b) continue;
    measured++;
    counts[crsOfBox(b) ?? 'none']++;
    if (!all) all = [b[0], b[1], b[2], b[3]];
    else {
      all[0] = Math.min(all[0], b[0]);
      all[1] = Math.min(all[1], b[1]);
      all[2] = Math.max(all[2], b[2]);
      all[3] = Math.max(all[3], b[3]);
    }
  }
  if (!all) return { crs: null, counts, detail: 'no coordinates to tell the CRS from' };
  const range = `x ${fmt(all[0])}..${fmt(all[2])}, y ${fmt(all[1])}..${fmt(all[3])}`;
  let best: ImportCrs = 'EPSG:4326';
  for (const c of crsOrder) if (counts[c] > counts[best]) best = c;
  const share = counts[best] / measured;
  if (counts[best] > 0 && share >= minShare) {
    return { crs: best, counts, detail: `${counts[best]} of ${measured} features have coordinates of ${importCrsLabels[best]} (${range})` };
  }
  const parts = crsOrder.filter((c) => counts[c] > 0).map((c) => `${counts[c]} look like ${importCrsLabels[c]}`);
  if (counts.none > 0) parts.push(`${counts.none} fit none of them around Belgium`);
  return { crs: null, counts, detail: `coordinates (${range}) do not tell the CRS: of ${measured} features, ${parts.join(', ')}` };
}

/** The CRS an import goes with, how it was known, and why; `unsupported` names a CRS the file declares that we do not read. */
export type CrsDecision =
  | { crs: ImportCrs; from: 'file' | 'coordinates' | 'user'; detail: string }
  | { crs: null; from: null; detail: string; unsupported?: string };

/**
 * Decides the CRS of a file: the user's choice first; else what the file declares, unless its coordinates
 * clearly belong to another of our CRSs (then null: ask, rather than put every site hundreds of km away); else
 * the coordinates; else null. A declared CRS we do not read gives `unsupported` with its name.
 */
export function decideCrs(declared: DeclaredCrs, geometries: readonly (Geometry | null | undefined)[], userCrs?: ImportCrs | null): CrsDecision {
  if (userCrs) return { crs: userCrs, from: 'user', detail: `chosen by the user: ${importCrsLabels[userCrs]}` };
  if (declared.kind === 'unsupported') {
    return { crs: null, from: null, unsupported: declared.name, detail: `the file declares a CRS this import does not read: ${declared.name}` };
  }
  const coords = crsFromCoordinates(geometries);
  if (declared.kind === 'known') {
    if (coords.crs && coords.crs !== declared.crs && coords.counts[declared.crs] === 0) {
      return { crs: null, from: null, detail: `the file declares ${importCrsLabels[declared.crs]} (${declared.name}) but its coordinates look like ${importCrsLabels[coords.crs]}` };
    }
    return { crs: declared.crs, from: 'file', detail: `declared by the file: ${declared.name}` };
  }
  return coords.crs ? { crs: coords.crs, from: 'coordinates', detail: coords.detail } : { crs: null, from: null, detail: coords.detail };
}

/** The position function bringing coordinates of `crs` to WGS84 [lon, lat] (2D: Z and M are dropped). */
export function toWgs84Of(crs: ImportCrs): PositionFn {
  if (crs === 'EPSG:31370') return toWgs84;
  if (crs === 'EPSG:3812') return lambert2008ToWgs84;
  return (p: Position) => [p[0] as number, p[1] as number];
}

/** A copy of a geometry with its coordinates brought from `crs` to WGS84 (2D). */
export function geometryToWgs84<G extends Geometry>(geometry: G, crs: ImportCrs): G {
  return projectGeometry(geometry, toWgs84Of(crs));
}
