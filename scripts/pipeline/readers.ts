/** Readers for the mirror's formats: GeoJSON (plain or gzip), CSV, GeoPackage. Each names the file in its errors. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import initSqlJs from 'sql.js';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { PipelineError } from './errors.ts';
import { parseGpkgGeometry } from '../../src/core/geo/wkb.ts';

/** Reads a file's bytes, with a clear message when it is missing or a directory. */
export function readBytes(file: string): Uint8Array {
  if (!existsSync(file)) throw new PipelineError(file, 'file not found (is the data mirror at the expected place? use --source DIR)');
  if (!statSync(file).isFile()) throw new PipelineError(file, 'expected a file, found a directory');
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new PipelineError(file, 'file is empty');
  return bytes;
}

/**
 * Python's json module writes NaN and Infinity, which are not JSON: read as null, so that the features
 * carrying them are dropped one by one (named) instead of the whole file failing. Undefined when that
 * does not help either.
 */
function parseWithNaN(text: string): unknown {
  const nonJson = /([[,:]\s*)-?(?:NaN|Infinity)(?=\s*[,\]}])/g;
  if (!nonJson.test(text)) return undefined;
  try {
    return JSON.parse(text.replace(nonJson, '$1null'));
  } catch {
    return undefined;
  }
}

/** Reads a GeoJSON FeatureCollection (gzip when the name ends in .gz); checks its shape. */
export function readGeoJson(file: string): FeatureCollection {
  let bytes = readBytes(file);
  if (file.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new PipelineError(file, 'not a valid gzip file');
    }
  }
  let json: unknown;
  const text = new TextDecoder().decode(bytes);
  try {
    json = JSON.parse(text);
  } catch (e) {
    json = parseWithNaN(text);
    if (json === undefined) throw new PipelineError(file, `unparsable JSON (${(e as Error).message}); expected a GeoJSON FeatureCollection`);
  }
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray((json as { features?: unknown }).features)) {
    throw new PipelineError(file, 'expected a GeoJSON FeatureCollection with a "features" array');
  }
  const fc = json as FeatureCollection;
  fc.features.forEach((f, i) => {
    if (!f || typeof f !== 'object' || f.type !== 'Feature') throw new PipelineError(file, 'expected a GeoJSON Feature', i);
    if (f.properties === null || f.properties === undefined) f.properties = {};
  });
  return fc;
}

/** Reads a CSV file with a header row into objects (all values as trimmed strings). */
export function readCsv(file: string): Record<string, string>[] {
  const text = new TextDecoder().decode(readBytes(file));
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transform: (v) => v.trim() });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  if (fatal) throw new PipelineError(file, `CSV error on row ${fatal.row ?? '?'}: ${fatal.message}`);
  if (parsed.data.length === 0) throw new PipelineError(file, 'CSV has no data rows');
  return parsed.data;
}

let sqlJs: Promise<import('sql.js').SqlJsStatic> | undefined;
function sql(): Promise<import('sql.js').SqlJsStatic> {
  const require = createRequire(import.meta.url);
  sqlJs ??= initSqlJs({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
  return sqlJs;
}

/** Reads the first feature table of a GeoPackage; returns its features (coordinates as stored) and SRS id. */
export async function readGeoPackage(file: string): Promise<{ srsId: number; features: Feature[] }> {
  const bytes = readBytes(file);
  if (new TextDecoder().decode(bytes.subarray(0, 15)) !== 'SQLite format 3') {
    throw new PipelineError(file, 'not a GeoPackage (expected an SQLite database)');
  }
  const SQL = await sql();
  const db = new SQL.Database(bytes);
  try {
    const geomCols = db.exec('select table_name, column_name, srs_id from gpkg_geometry_columns');
    const row = geomCols[0]?.values[0];
    if (!row) throw new PipelineError(file, 'GeoPackage has no feature table (gpkg_geometry_columns is empty)');
    const [table, column, srsId] = row as [string, string, number];
    const result = db.exec(`select * from "${table.replaceAll('"', '""')}"`)[0];
    if (!result) throw new PipelineError(file, `table ${table} has no rows`);
    const geomIndex = result.columns.indexOf(column);
    const features: Feature[] = [];
    result.values.forEach((values, i) => {
      const blob = values[geomIndex];
      if (!(blob instanceof Uint8Array)) return;
      let geometry: Geometry | null;
      try {
        geometry = parseGpkgGeometry(blob).geometry;
      } catch (e) {
        throw new PipelineError(file, `unreadable geometry: ${(e as Error).message}`, i);
      }
      const properties: Record<string, unknown> = {};
      result.columns.forEach((c, k) => {
        if (k !== geomIndex) properties[c] = values[k];
      });
      if (geometry) features.push({ type: 'Feature', geometry, properties });
    });
    return { srsId, features };
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    throw new PipelineError(file, `unreadable GeoPackage: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}
