/**
 * GeoPackage files through sql.js: the feature table (one, or the `layer` chosen), its SRS, and each row's
 * geometry blob decoded by the shared WKB parser (`core/geo/wkb.ts`). sql.js is loaded by the caller's loader:
 * the browser loads its wasm through Vite (`sqlJsBrowser.ts`), Node tests from node_modules.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import type { Feature, Geometry } from 'geojson';
import { parseGpkgGeometry } from '../../core/geo/wkb.ts';
import { crsFromGpkgSrs } from '../../core/usersites/crs.ts';
import { ImportError, importLimits, type RefusedFeature } from '../../core/usersites/types.ts';
import { reasonOf, SeveralLayersError, type RawRead } from './common.ts';

/** Loads sql.js once; the browser's default is `loadSqlJsInBrowser` in `sqlJsBrowser.ts`. */
export type SqlJsLoader = () => Promise<SqlJsStatic>;

const quoteId = (s: string): string => `"${s.replaceAll('"', '""')}"`;

function rows(db: Database, sql: string, params: SqlValue[] = []): SqlValue[][] {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    const out: SqlValue[][] = [];
    while (stmt.step()) out.push(stmt.get());
    return out;
  } finally {
    stmt.free();
  }
}

/** Reads a GeoPackage's feature table; throws `ImportError` naming the file ('not-spatial' without feature tables). */
export async function readGeoPackage(bytes: Uint8Array, file: string, loadSqlJs: SqlJsLoader, layer?: string, maxFeatures = importLimits.maxFeatures): Promise<RawRead> {
  let SQL: SqlJsStatic;
  try {
    SQL = await loadSqlJs();
  } catch (e) {
    throw new ImportError('unreadable', file, `${file}: the GeoPackage reader (sql.js) could not be loaded (${reasonOf(e)})`);
  }
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (e) {
    throw new ImportError('unreadable', file, `${file}: not a readable SQLite database (${reasonOf(e)})`);
  }
  try {
    let tables: SqlValue[][];
    try {
      tables = rows(
        db,
        `select g.table_name, g.column_name, g.srs_id from gpkg_geometry_columns g
         left join gpkg_contents c on c.table_name = g.table_name
         where c.data_type is null or c.data_type = 'features' order by g.table_name`,
      );
    } catch (e) {
      const msg = reasonOf(e);
      if (/no such table/i.test(msg)) throw new ImportError('not-spatial', file, `${file}: an SQLite database without GeoPackage feature tables (${msg})`);
      throw new ImportError('unreadable', file, `${file}: damaged GeoPackage (${msg})`);
    }
    if (tables.length === 0) throw new ImportError('not-spatial', file, `${file}: the GeoPackage has no feature table (only attribute tables or tiles)`);
    const names = tables.map((t) => String(t[0]));
    let chosen = tables[0]!;
    if (tables.length > 1) {
      const hit = layer === undefined ? undefined : tables.find((t) => String(t[0]).toLowerCase() === layer.toLowerCase());
      if (!hit) throw new SeveralLayersError(file, `${file}: the GeoPackage holds ${tables.length} feature tables (${names.join(', ')}); choose one`, names);
      chosen = hit;
    }
    const [table, column, srsIdRaw] = chosen as [string, string, number];
    const srsId = Number(srsIdRaw);
    const srs = rows(db, 'select organization, organization_coordsys_id, definition from gpkg_spatial_ref_sys where srs_id = ?', [srsId])[0];
    const declared = crsFromGpkgSrs({
      srsId,
      organization: srs ? (srs[0] as string | null) : null,
      organizationCode: srs ? (srs[1] as number | null) : null,
      definition: srs ? (srs[2] as string | null) : null,
    });

    const total = Number(rows(db, `select count(*) from ${quoteId(table)}`)[0]?.[0] ?? 0);
    if (total === 0) throw new ImportError('empty', file, `${file}: the feature table ${table} has no rows`);
    const stmt = db.prepare(`select * from ${quoteId(table)} limit ?`);
    const features: Feature<Geometry | null, Record<string, unknown> | null>[] = [];
    const featureNumbers: number[] = [];
    const refused: RefusedFeature[] = [];
    let columns: string[] = [];
    try {
      stmt.bind([maxFeatures]);
      const all = stmt.getColumnNames();
      const gi = all.indexOf(column);
      if (gi < 0) throw new ImportError('unreadable', file, `${file}: table ${table} has no column ${column} though gpkg_geometry_columns names it`);
      columns = all.filter((_c, i) => i !== gi);
      let n = 0;
      while (stmt.step()) {
        n++;
        const values = stmt.get();
        const blob = values[gi];
        let geometry: Geometry | null = null;
        if (blob instanceof Uint8Array) {
          try {
            geometry = parseGpkgGeometry(blob).geometry;
          } catch (e) {
            refused.push({ featureNumber: n, reason: 'invalid-geometry', detail: `feature ${n}: unreadable geometry (${reasonOf(e)})` });
            continue;
          }
        }
        const properties: Record<string, unknown> = {};
        all.forEach((c, k) => {
          if (k !== gi) properties[c] = values[k];
        });
        features.push({ type: 'Feature', geometry, properties });
        featureNumbers.push(n);
      }
    } finally {
      stmt.free();
    }
    return { format: 'geopackage', features, featureNumbers, columns, declared, refused, totalFeatures: Math.max(0, total - refused.length) };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError('unreadable', file, `${file}: damaged GeoPackage (${reasonOf(e)})`);
  } finally {
    db.close();
  }
}
