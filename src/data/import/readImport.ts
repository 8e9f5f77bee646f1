/**
 * Reads a user's file of candidate sites into an `ImportResult`: checks its size, tells its format (magic bytes,
 * then extension, then content), reads it with the format's reader (shapefile and GeoPackage readers loaded on
 * demand), decides its CRS (`decideCrs`) and builds the sites (`buildImportResult`). Every `ImportError` names the
 * file and says what was wrong. The UI loads this module on demand (dynamic import): nothing loaded at start
 * imports it.
 */
import { decideCrs, importCrsLabels } from '../../core/usersites/crs.ts';
import { CsvError, parseCsvPoints } from '../../core/usersites/csv.ts';
import { buildImportResult, type ImportOptions, type RegionTest } from '../../core/usersites/records.ts';
import { ImportError, importLimits, type ImportCrs, type ImportFormat, type ImportResult, type RefusedFeature } from '../../core/usersites/types.ts';
import { decodeText, looksLikeText, NoUsableFeatureError, type RawRead } from './common.ts';
import { readFlatGeobuf } from './flatgeobuf.ts';
import { readGeoJson } from './geojson.ts';
import type { SqlJsLoader } from './geopackage.ts';

export type { RegionTest } from '../../core/usersites/records.ts';
export { NoUsableFeatureError, SeveralLayersError } from './common.ts';

/** Options of `readImportFile`. */
export interface ReadImportOptions extends ImportOptions {
  /** The CRS the user chose after a first read gave `crs: null` (or to override the file's). */
  crs?: ImportCrs;
  /** The layer to read when the file holds several (a GeoPackage table, a shapefile's base name in a ZIP). */
  layer?: string;
  /** Loads sql.js for GeoPackages; default: the browser loader (wasm through Vite). Node tests pass their own. */
  loadSqlJs?: SqlJsLoader;
}

/** A file as the UI hands it over. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** What the first bytes and the name say; 'shp' is a lone .shp (no .dbf, .prj: geometry only). */
export type DetectedFormat = ImportFormat | 'shp';

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => bytes[i] === b);
const sqliteMagic = Array.from('SQLite format 3\0', (c) => c.charCodeAt(0));

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/** Containers that are ZIP inside but are not shapefiles. */
const otherZipExtensions = new Set(['kmz', 'xlsx', 'xls', 'ods', 'docx', 'odt', 'qgz', 'jar', 'gz']);
/** Formats people may try that are not read, with the advice to give. */
const notRead: Record<string, string> = {
  kml: 'KML', kmz: 'KMZ', gml: 'GML', gpx: 'GPX', dxf: 'DXF', xlsx: 'Excel', xls: 'Excel', ods: 'OpenDocument spreadsheet',
  topojson: 'TopoJSON', tab: 'MapInfo TAB', mif: 'MapInfo MIF', qgz: 'QGIS project', qgs: 'QGIS project', dbf: 'a lone .dbf',
};

/** Refuses a file over the size limit before it is read (the UI calls this with `File.size` first). */
export function checkImportSize(file: { name: string; size: number }): void {
  if (file.size > importLimits.maxFileBytes) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new ImportError('too-large', file.name, `${file.name}: ${mb(file.size)} is over the ${mb(importLimits.maxFileBytes)} limit`);
  }
}

/** Tells the format from the magic bytes, then the extension, then the content; null when it is none we read. */
export function detectImportFormat(name: string, bytes: Uint8Array): DetectedFormat | null {
  const ext = extensionOf(name);
  if (startsWith(bytes, [0x66, 0x67, 0x62])) return 'flatgeobuf';
  if (startsWith(bytes, sqliteMagic)) return 'geopackage';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return otherZipExtensions.has(ext) ? null : 'shapefile';
  if (startsWith(bytes, [0x00, 0x00, 0x27, 0x0a])) return 'shp';
  if (ext === 'fgb') return 'flatgeobuf';
  if (ext === 'gpkg') return 'geopackage';
  if (ext === 'zip') return 'shapefile';
  if (ext === 'shp') return 'shp';
  if (notRead[ext]) return null;
  if (!looksLikeText(bytes)) return null;
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  const first = /\S/.exec(decodeText(bytes.subarray(0, 1024)).replace(/^\uFEFF/, ''))?.[0];
  return first === '{' || first === '[' ? 'geojson' : 'csv';
}

function readCsv(bytes: Uint8Array, file: string): RawRead {
  try {
    const csv = parseCsvPoints(decodeText(bytes));
    return {
      format: 'csv',
      features: csv.features,
      featureNumbers: csv.featureNumbers,
      columns: csv.columns,
      declared: csv.axes === 'lonlat' ? { kind: 'known', crs: 'EPSG:4326', name: `columns ${csv.xColumn}/${csv.yColumn}` } : { kind: 'none' },
      refused: csv.refused,
      numberWord: 'line',
    };
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const reason = e.kind === 'empty' ? 'empty' : e.kind === 'no-coordinate-columns' ? 'not-spatial' : 'unreadable';
    throw new ImportError(reason, file, `${file}: ${e.message}`);
  }
}

async function readRaw(format: DetectedFormat, bytes: Uint8Array, file: string, options: ReadImportOptions): Promise<RawRead> {
  switch (format) {
    case 'geojson':
      return readGeoJson(bytes, file);
    case 'csv':
      return readCsv(bytes, file);
    case 'flatgeobuf':
      return readFlatGeobuf(bytes, file, options.maxFeatures);
    case 'shapefile':
      return (await import('./shapefile.ts')).readShapefileZip(bytes, file, options.layer);
    case 'shp':
      return (await import('./shapefile.ts')).readShapefileParts({ shp: bytes }, file, file.replace(/\.shp$/i, ''));
    case 'geopackage': {
      const load = options.loadSqlJs ?? (async () => (await import('./sqlJsBrowser.ts')).loadSqlJsInBrowser());
      return (await import('./geopackage.ts')).readGeoPackage(bytes, file, load, options.layer, options.maxFeatures);
    }
  }
}

/** One line per refusal reason with its count and first numbers, for the 'no-usable-feature' message. */
function summarise(refused: readonly RefusedFeature[]): string {
  const by = new Map<string, number[]>();
  for (const r of refused) by.set(r.reason, [...(by.get(r.reason) ?? []), r.featureNumber]);
  return [...by].map(([reason, nums]) => `${nums.length} ${reason} (${nums.slice(0, 5).join(', ')}${nums.length > 5 ? ', …' : ''})`).join('; ');
}

/**
 * Reads one file into an `ImportResult` (sites in WGS84, refusals by feature number). Throws `ImportError`:
 * 'too-large' (over 50 MB, before reading), 'empty', 'unknown-format', 'not-spatial' (JSON without geometries,
 * CSV without coordinate columns, SQLite without feature tables), 'zip-without-shp', 'unreadable' (the parser's
 * reason; `SeveralLayersError` when a layer must be chosen), 'crs-unsupported' (a declared CRS other than WGS84,
 * Lambert 72, Lambert 2008), 'no-usable-feature' (`NoUsableFeatureError` with the refusals). When the CRS cannot
 * be told the result has `crs: null` and no site: call again with `options.crs` chosen by the user.
 */
export async function readImportFile(file: ImportFile, region: RegionTest, options: ReadImportOptions = {}): Promise<ImportResult> {
  const { name, bytes } = file;
  checkImportSize({ name, size: bytes.byteLength });
  if (bytes.byteLength === 0) throw new ImportError('empty', name, `${name}: the file is empty (0 bytes)`);
  const format = detectImportFormat(name, bytes);
  if (!format) {
    const what = notRead[extensionOf(name)];
    throw new ImportError(
      'unknown-format',
      name,
      `${name}: ${what ? `${what} is not read` : 'not a format read here'}; import GeoJSON, a zipped shapefile, GeoPackage, FlatGeobuf or CSV with lon/lat or x/y columns`,
    );
  }
  const raw = await readRaw(format, bytes, name, options);
  const decision = decideCrs(raw.declared, raw.features.map((f) => f.geometry), options.crs);
  if (decision.crs === null && decision.unsupported !== undefined) {
    throw new ImportError('crs-unsupported', name, `${name}: its coordinates are in ${decision.unsupported}; this import reads ${Object.values(importCrsLabels).join(', ')}`);
  }
  const result = buildImportResult(
    {
      file: name,
      format: raw.format,
      features: raw.features,
      crs: decision.crs,
      crsFrom: decision.from,
      ...(raw.featureNumbers ? { featureNumbers: raw.featureNumbers } : {}),
      ...(raw.columns ? { columns: raw.columns } : {}),
      ...(raw.refused ? { refused: raw.refused } : {}),
      ...(raw.totalFeatures !== undefined ? { totalFeatures: raw.totalFeatures } : {}),
      ...(raw.numberWord ? { numberWord: raw.numberWord } : {}),
    },
    region,
    options,
  );
  if (result.crs !== null && result.sites.length === 0) {
    throw new NoUsableFeatureError(name, `${name}: no usable site among its features: ${summarise(result.refused)}`, result.refused);
  }
  return result;
}
