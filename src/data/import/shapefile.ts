/**
 * Shapefiles: a ZIP holding one .shp with its .dbf, .prj and .cpg, or a lone .shp. Geometries and attributes are
 * read by shpjs WITHOUT its reprojection: shpjs hands the .prj to proj4, whose datum for an ESRI
 * `Belge_Lambert_1972` .prj (D_Belge_1972, taken as proj4's `rnb72`) carries the BD72 shift with the wrong signs,
 * putting Brussels points about 187 m off (src/data/import/shapefile.test.ts measures it). The .prj is read here
 * instead (`crsFromWkt`) and the coordinates reprojected with the project's Lambert 72 definition.
 */
import { parseDbf, parseShp } from 'shpjs';
import type { Feature, Geometry } from 'geojson';
import { crsFromWkt, type DeclaredCrs } from '../../core/usersites/crs.ts';
import { ImportError } from '../../core/usersites/types.ts';
import { decodeText, reasonOf, SeveralLayersError, type RawRead } from './common.ts';
import { listZip, readZipEntry, type ZipEntry } from './zip.ts';

/** Largest inflated member read from a ZIP (a 50 MB archive of text can hold a few hundred MB). */
export const maxInflatedBytes = 256 * 1024 * 1024;

/** Walks the .shp records' size chain (shpjs trusts it and can loop on a damaged file): 'ok' or what is wrong. */
export function checkShpStructure(shp: Uint8Array): 'ok' | string {
  if (shp.length < 100) return 'shorter than the 100-byte .shp header';
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (view.getInt32(0, false) !== 9994) return 'no .shp file code (9994) at its start';
  let offset = 100;
  let n = 0;
  while (offset < shp.length) {
    if (offset + 8 > shp.length) return `truncated after record ${n}`;
    const len = view.getInt32(offset + 4, false) * 2;
    if (len < 0 || offset + 8 + len > shp.length) return `record ${n + 1} runs past the end of the file (truncated)`;
    offset += 8 + len;
    n++;
  }
  return 'ok';
}

/** dBASE language-driver ids meaning Windows-1252 (ANSI). */
const ansiLdids = new Set([0x03, 0x57, 0x58, 0x59]);

/** The encoding of a .dbf: its .cpg when given, else its language-driver byte, else UTF-8 when valid, else Windows-1252. */
export function dbfEncoding(dbf: Uint8Array, cpg?: string): string {
  const c = cpg?.trim();
  if (c) {
    const m = /^(?:ANSI\s*|CP|windows-)?(\d{3,4})$/i.exec(c);
    const label = m ? `windows-${m[1]}` : c;
    try {
      new TextDecoder(label);
      return label;
    } catch {
      /* an unknown label: fall through to the file's own hints */
    }
  }
  const ldid = dbf[29] ?? 0;
  if (ansiLdids.has(ldid)) return 'windows-1252';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Checks a .dbf header against its size: 'ok' or what is wrong (parsedbf trusts the record count). */
export function checkDbfStructure(dbf: Uint8Array): 'ok' | string {
  if (dbf.length < 32) return 'shorter than the 32-byte .dbf header';
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLen = view.getUint16(8, true);
  const recLen = view.getUint16(10, true);
  if (headerLen < 33 || headerLen > dbf.length) return 'damaged .dbf header';
  if (records > 0 && recLen === 0) return 'damaged .dbf header (records of 0 bytes)';
  const holds = recLen > 0 ? Math.floor((dbf.length - headerLen) / recLen) : 0;
  if (records > holds) return `truncated .dbf: its header counts ${records} records, the file holds ${holds}`;
  return 'ok';
}

/** The parts of one shapefile, as bytes (the .prj and .cpg as text). */
export interface ShapefileParts {
  shp: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

/** Reads one shapefile's parts into features with coordinates as stored and the CRS its .prj declares. */
export function readShapefileParts(parts: ShapefileParts, file: string, layer: string): RawRead {
  const structure = checkShpStructure(parts.shp);
  if (structure !== 'ok') throw new ImportError('unreadable', file, `${file}: damaged ${layer}.shp (${structure})`);
  let geometries: (Geometry | null)[];
  try {
    geometries = parseShp(parts.shp);
  } catch (e) {
    throw new ImportError('unreadable', file, `${file}: ${layer}.shp cannot be read (${reasonOf(e)})`);
  }
  let records: Record<string, unknown>[] = [];
  if (parts.dbf) {
    const dbfState = checkDbfStructure(parts.dbf);
    if (dbfState !== 'ok') throw new ImportError('unreadable', file, `${file}: ${layer}.dbf cannot be read (${dbfState})`);
    try {
      records = parseDbf(parts.dbf, dbfEncoding(parts.dbf, parts.cpg));
    } catch (e) {
      throw new ImportError('unreadable', file, `${file}: ${layer}.dbf cannot be read (${reasonOf(e)})`);
    }
  }
  const n = Math.max(geometries.length, records.length);
  if (n === 0) throw new ImportError('empty', file, `${file}: ${layer}.shp holds no features`);
  const features: Feature<Geometry | null, Record<string, unknown> | null>[] = new Array(n);
  for (let i = 0; i < n; i++) features[i] = { type: 'Feature', geometry: geometries[i] ?? null, properties: records[i] ?? null };
  const declared: DeclaredCrs = parts.prj ? crsFromWkt(parts.prj) : { kind: 'none' };
  return { format: 'shapefile', features, declared };
}

const ext = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
const base = (name: string): string => name.slice(0, name.lastIndexOf('.'));

/**
 * Reads a zipped shapefile. A ZIP without .shp → 'zip-without-shp'; several .shp and no `layer` (a base name,
 * with or without its folder) → `SeveralLayersError`; a damaged archive or part → 'unreadable'.
 */
export async function readShapefileZip(bytes: Uint8Array, file: string, layer?: string): Promise<RawRead> {
  let entries: ZipEntry[];
  try {
    entries = listZip(bytes).filter((e) => !e.name.startsWith('__MACOSX/') && !e.name.split('/').pop()!.startsWith('._'));
  } catch (e) {
    throw new ImportError('unreadable', file, `${file}: damaged ZIP archive (${reasonOf(e)})`);
  }
  const shps = entries.filter((e) => ext(e.name) === 'shp');
  if (shps.length === 0) {
    const listed = entries.slice(0, 8).map((e) => e.name).join(', ');
    throw new ImportError('zip-without-shp', file, `${file}: the ZIP holds no .shp file${entries.length ? ` (it holds ${listed}${entries.length > 8 ? ', …' : ''})` : ' (it is empty)'}`);
  }
  const layers = shps.map((e) => base(e.name));
  let shp = shps[0]!;
  if (shps.length > 1) {
    const wanted = layer?.toLowerCase();
    const hit = wanted === undefined ? undefined : shps.find((e) => base(e.name).toLowerCase() === wanted || base(e.name).split('/').pop()!.toLowerCase() === wanted);
    if (!hit) throw new SeveralLayersError(file, `${file}: the ZIP holds ${shps.length} shapefiles (${layers.join(', ')}); choose one`, layers);
    shp = hit;
  }
  const stem = base(shp.name).toLowerCase();
  const sidecar = (x: string): ZipEntry | undefined => entries.find((e) => base(e.name).toLowerCase() === stem && ext(e.name) === x);
  const read = async (e: ZipEntry | undefined): Promise<Uint8Array | undefined> => {
    if (!e) return undefined;
    try {
      return await readZipEntry(bytes, e, maxInflatedBytes);
    } catch (err) {
      throw new ImportError('unreadable', file, `${file}: ${e.name} cannot be extracted (${reasonOf(err)})`);
    }
  };
  const [shpBytes, dbf, prj, cpg] = await Promise.all([read(shp), read(sidecar('dbf')), read(sidecar('prj')), read(sidecar('cpg'))]);
  const parts: ShapefileParts = { shp: shpBytes! };
  if (dbf) parts.dbf = dbf;
  if (prj) parts.prj = decodeText(prj);
  if (cpg) parts.cpg = decodeText(cpg);
  return readShapefileParts(parts, file, base(shp.name));
}
