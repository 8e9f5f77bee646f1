/**
 * Builders of import fixtures for the tests (Node only, never imported by the app): ZIP archives (stored or
 * deflated with node:zlib), shapefiles (.shp/.shx/.dbf written here from the ESRI spec), GeoPackages (sql.js,
 * with GeoPackage geometry blobs), and a Node loader for sql.js.
 */
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import type { Geometry, Position } from 'geojson';

// ---- ZIP ----

const crcTable = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A ZIP archive of the given files (deflated unless `store`). */
export function makeZip(files: Record<string, Uint8Array | string>, store = false): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? utf8(content) : content;
    const packed = store ? data : new Uint8Array(deflateRawSync(data));
    const nameBytes = utf8(name);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + packed.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, store ? 0 : 8, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, packed.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(packed, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, store ? 0 : 8, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, packed.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---- Shapefile ----

/** Shapes a .shp of one type holds: points (1), or polygons (5) as lists of rings (outer clockwise, as the spec says). */
export type ShpShape = { type: 'point'; xy: [number, number] } | { type: 'polygon'; rings: Position[][] } | null;

function bboxOf(pts: Position[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    b[0] = Math.min(b[0], p[0]!);
    b[1] = Math.min(b[1], p[1]!);
    b[2] = Math.max(b[2], p[0]!);
    b[3] = Math.max(b[3], p[1]!);
  }
  return b;
}

/** Writes a .shp and its .shx (shape type 1 or 5; null shapes allowed). */
export function makeShp(shapeType: 1 | 5, shapes: ShpShape[]): { shp: Uint8Array; shx: Uint8Array } {
  const records: Uint8Array[] = [];
  const all: Position[] = [];
  for (const s of shapes) {
    let content: Uint8Array;
    if (s === null) {
      content = new Uint8Array(4);
    } else if (s.type === 'point') {
      content = new Uint8Array(20);
      const v = new DataView(content.buffer);
      v.setInt32(0, 1, true);
      v.setFloat64(4, s.xy[0], true);
      v.setFloat64(12, s.xy[1], true);
      all.push(s.xy);
    } else {
      const pts = s.rings.flat();
      all.push(...pts);
      content = new Uint8Array(44 + 4 * s.rings.length + 16 * pts.length);
      const v = new DataView(content.buffer);
      v.setInt32(0, 5, true);
      const b = bboxOf(pts);
      b.forEach((x, i) => v.setFloat64(4 + 8 * i, x, true));
      v.setInt32(36, s.rings.length, true);
      v.setInt32(40, pts.length, true);
      let start = 0;
      s.rings.forEach((r, i) => {
        v.setInt32(44 + 4 * i, start, true);
        start += r.length;
      });
      let o = 44 + 4 * s.rings.length;
      for (const p of pts) {
        v.setFloat64(o, p[0]!, true);
        v.setFloat64(o + 8, p[1]!, true);
        o += 16;
      }
    }
    records.push(content);
  }
  const header = (length: number): Uint8Array => {
    const h = new Uint8Array(100);
    const v = new DataView(h.buffer);
    v.setInt32(0, 9994, false);
    v.setInt32(24, length / 2, false);
    v.setInt32(28, 1000, true);
    v.setInt32(32, shapeType, true);
    const b = all.length ? bboxOf(all) : [0, 0, 0, 0];
    b.forEach((x, i) => v.setFloat64(36 + 8 * i, x, true));
    return h;
  };
  const shpParts: Uint8Array[] = [];
  const shxRecs = new Uint8Array(8 * records.length);
  const sv = new DataView(shxRecs.buffer);
  let offset = 100;
  records.forEach((c, i) => {
    const rh = new Uint8Array(8);
    const v = new DataView(rh.buffer);
    v.setInt32(0, i + 1, false);
    v.setInt32(4, c.length / 2, false);
    shpParts.push(rh, c);
    sv.setInt32(8 * i, offset / 2, false);
    sv.setInt32(8 * i + 4, c.length / 2, false);
    offset += 8 + c.length;
  });
  return { shp: concat([header(offset), ...shpParts]), shx: concat([header(100 + shxRecs.length), shxRecs]) };
}

/** A .dbf field: character (C) or numeric (N). */
export interface DbfField {
  name: string;
  type: 'C' | 'N';
  length: number;
  decimals?: number;
}

/** Writes a .dbf; text is encoded with `encode` (UTF-8 by default) and `ldid` is written at byte 29. */
export function makeDbf(fields: DbfField[], rows: (string | number | null)[][], encode: (s: string) => Uint8Array = utf8, ldid = 0): Uint8Array {
  const headerLen = 32 + 32 * fields.length + 1;
  const recLen = 1 + fields.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(headerLen + recLen * rows.length + 1);
  const v = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = 126;
  out[2] = 1;
  out[3] = 1;
  v.setUint32(4, rows.length, true);
  v.setUint16(8, headerLen, true);
  v.setUint16(10, recLen, true);
  out[29] = ldid;
  fields.forEach((f, i) => {
    const o = 32 + 32 * i;
    out.set(utf8(f.name).subarray(0, 10), o);
    out[o + 11] = f.type.charCodeAt(0);
    out[o + 16] = f.length;
    out[o + 17] = f.decimals ?? 0;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    let o = headerLen + r * recLen;
    out[o++] = 0x20;
    fields.forEach((f, i) => {
      const value = row[i];
      const cell = new Uint8Array(f.length).fill(0x20);
      if (value !== null && value !== undefined) {
        const bytes = f.type === 'N' ? utf8(String(value).padStart(f.length)) : encode(String(value));
        cell.set(bytes.subarray(0, f.length));
      }
      out.set(cell, o);
      o += f.length;
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** Windows-1252 for the Latin-1 range (enough for é, è, ç, ë in test names). */
export const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

// ---- WKB and GeoPackage ----

/** Little-endian ISO WKB of a Point, Polygon or MultiPolygon (2D). */
export function wkb(g: Geometry): Uint8Array {
  const bytes: Uint8Array[] = [];
  const u8 = (n: number) => bytes.push(Uint8Array.of(n));
  const u32 = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, true);
    bytes.push(b);
  };
  const f64 = (n: number) => {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, n, true);
    bytes.push(b);
  };
  const rings = (rs: Position[][]) => {
    u32(rs.length);
    for (const r of rs) {
      u32(r.length);
      for (const p of r) {
        f64(p[0]!);
        f64(p[1]!);
      }
    }
  };
  const write = (geom: Geometry): void => {
    u8(1);
    if (geom.type === 'Point') {
      u32(1);
      f64(geom.coordinates[0]!);
      f64(geom.coordinates[1]!);
    } else if (geom.type === 'LineString') {
      u32(2);
      u32(geom.coordinates.length);
      for (const p of geom.coordinates) {
        f64(p[0]!);
        f64(p[1]!);
      }
    } else if (geom.type === 'Polygon') {
      u32(3);
      rings(geom.coordinates);
    } else if (geom.type === 'MultiPolygon') {
      u32(6);
      u32(geom.coordinates.length);
      for (const p of geom.coordinates) write({ type: 'Polygon', coordinates: p });
    } else throw new Error(`wkb fixture: ${geom.type} not written`);
  };
  write(g);
  return concat(bytes);
}

/** A GeoPackage geometry blob: `GP`, version 0, flags (little-endian, no envelope), SRS id, WKB. */
export function gpkgBlob(g: Geometry | null, srsId: number): Uint8Array {
  const head = new Uint8Array(8);
  head.set([0x47, 0x50, 0, g ? 0b0000_0001 : 0b0001_0001]);
  new DataView(head.buffer).setInt32(4, srsId, true);
  return g ? concat([head, wkb(g)]) : head;
}

let sql: Promise<SqlJsStatic> | undefined;
/** sql.js for Node: the wasm from node_modules. */
export function loadSqlJsInNode(): Promise<SqlJsStatic> {
  const require = createRequire(import.meta.url);
  sql ??= initSqlJs({ locateFile: (f: string) => require.resolve(`sql.js/dist/${f}`) });
  return sql;
}

/** One feature table of a fixture GeoPackage. */
export interface GpkgTable {
  name: string;
  srs: { id: number; organization: string; code: number; definition: string };
  columns: Record<string, 'TEXT' | 'REAL' | 'INTEGER'>;
  rows: { geometry: Geometry | null; values: Record<string, string | number | null>; rawBlob?: Uint8Array }[];
}

/** A GeoPackage with the required tables and the given feature tables (`features: false` makes only an SQLite file). */
export async function makeGeoPackage(tables: GpkgTable[], features = true): Promise<Uint8Array> {
  const SQL = await loadSqlJsInNode();
  const db = new SQL.Database();
  db.run('create table t_other (a integer)');
  if (features) {
    db.run(`create table gpkg_spatial_ref_sys (srs_name text not null, srs_id integer primary key, organization text not null,
      organization_coordsys_id integer not null, definition text not null, description text)`);
    db.run(`create table gpkg_contents (table_name text primary key, data_type text not null, identifier text unique, description text default '',
      last_change datetime, min_x double, min_y double, max_x double, max_y double, srs_id integer)`);
    db.run(`create table gpkg_geometry_columns (table_name text not null, column_name text not null, geometry_type_name text not null,
      srs_id integer not null, z tinyint not null, m tinyint not null, constraint pk_geom_cols primary key (table_name, column_name))`);
    const srsSeen = new Set<number>();
    for (const t of tables) {
      if (!srsSeen.has(t.srs.id)) {
        db.run('insert into gpkg_spatial_ref_sys values (?, ?, ?, ?, ?, ?)', [t.srs.definition.slice(0, 20), t.srs.id, t.srs.organization, t.srs.code, t.srs.definition, null]);
        srsSeen.add(t.srs.id);
      }
      const cols = Object.entries(t.columns).map(([c, ty]) => `"${c}" ${ty}`);
      db.run(`create table "${t.name}" (fid integer primary key autoincrement, geom blob${cols.length ? ', ' + cols.join(', ') : ''})`);
      db.run("insert into gpkg_contents (table_name, data_type, identifier, srs_id) values (?, 'features', ?, ?)", [t.name, t.name, t.srs.id]);
      db.run("insert into gpkg_geometry_columns values (?, 'geom', 'GEOMETRY', ?, 0, 0)", [t.name, t.srs.id]);
      const names = Object.keys(t.columns);
      const stmt = db.prepare(`insert into "${t.name}" (geom${names.map((n) => `, "${n}"`).join('')}) values (?${names.map(() => ', ?').join('')})`);
      for (const r of t.rows) stmt.run([r.rawBlob ?? gpkgBlob(r.geometry, t.srs.id), ...names.map((n) => r.values[n] ?? null)]);
      stmt.free();
    }
  }
  const bytes = db.export();
  db.close();
  return bytes;
}
