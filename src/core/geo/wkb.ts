/** Minimal WKB and GeoPackage geometry-blob decoder (ISO and EWKB-free OGC WKB, 2D; Z/M dropped). */
import type { Geometry, Position } from 'geojson';

/** Thrown for bytes that are not the geometry they claim to be. */
export class WkbError extends Error {}

class Reader {
  private view: DataView;
  offset: number;
  little = true;
  constructor(bytes: Uint8Array, offset = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }
  need(n: number): void {
    if (this.offset + n > this.view.byteLength) throw new WkbError(`truncated geometry at byte ${this.offset}`);
  }
  u8(): number {
    this.need(1);
    return this.view.getUint8(this.offset++);
  }
  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.offset, this.little);
    this.offset += 4;
    return v;
  }
  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.offset, this.little);
    this.offset += 8;
    return v;
  }
}

function readGeometry(r: Reader): Geometry {
  r.little = r.u8() === 1;
  const code = r.u32();
  // ISO WKB: thousands digit carries Z (1), M (2) or ZM (3); EWKB high bits are not expected in GeoPackage.
  const base = code % 1000;
  const dims = Math.floor(code / 1000);
  const extra = dims === 1 || dims === 2 ? 1 : dims === 3 ? 2 : 0;
  const point = (): Position => {
    const x = r.f64();
    const y = r.f64();
    for (let i = 0; i < extra; i++) r.f64();
    return [x, y];
  };
  const points = (): Position[] => {
    const n = r.u32();
    const out: Position[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = point();
    return out;
  };
  const rings = (): Position[][] => {
    const n = r.u32();
    const out: Position[][] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = points();
    return out;
  };
  const parts = <T extends Geometry>(expected: string): T[] => {
    const n = r.u32();
    const out: T[] = [];
    for (let i = 0; i < n; i++) {
      const g = readGeometry(r);
      if (g.type !== expected) throw new WkbError(`expected ${expected} inside multi-geometry, found ${g.type}`);
      out.push(g as T);
    }
    return out;
  };
  switch (base) {
    case 1:
      return { type: 'Point', coordinates: point() };
    case 2:
      return { type: 'LineString', coordinates: points() };
    case 3:
      return { type: 'Polygon', coordinates: rings() };
    case 4:
      return { type: 'MultiPoint', coordinates: parts<{ type: 'Point'; coordinates: Position }>('Point').map((p) => p.coordinates) };
    case 5:
      return { type: 'MultiLineString', coordinates: parts<{ type: 'LineString'; coordinates: Position[] }>('LineString').map((p) => p.coordinates) };
    case 6:
      return { type: 'MultiPolygon', coordinates: parts<{ type: 'Polygon'; coordinates: Position[][] }>('Polygon').map((p) => p.coordinates) };
    case 7: {
      const n = r.u32();
      const geometries: Geometry[] = [];
      for (let i = 0; i < n; i++) geometries.push(readGeometry(r));
      return { type: 'GeometryCollection', geometries };
    }
    default:
      throw new WkbError(`unsupported WKB geometry type ${code}`);
  }
}

/** Decodes OGC/ISO WKB bytes into a GeoJSON geometry (coordinates as stored, 2D). */
export function parseWkb(bytes: Uint8Array): Geometry {
  return readGeometry(new Reader(bytes));
}

/** Decodes a GeoPackage geometry blob (header `GP` + envelope + WKB); returns its SRS id and geometry (null when empty). */
export function parseGpkgGeometry(blob: Uint8Array): { srsId: number; geometry: Geometry | null } {
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new WkbError('not a GeoPackage geometry blob (no "GP" magic)');
  const flags = blob[3] ?? 0;
  const little = (flags & 1) === 1;
  const empty = (flags & 0x10) !== 0;
  const envelopeKind = (flags >> 1) & 7;
  const envelopeBytes = [0, 32, 48, 48, 64][envelopeKind];
  if (envelopeBytes === undefined) throw new WkbError(`invalid GeoPackage envelope indicator ${envelopeKind}`);
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const srsId = view.getInt32(4, little);
  if (empty) return { srsId, geometry: null };
  return { srsId, geometry: readGeometry(new Reader(blob, 8 + envelopeBytes)) };
}
