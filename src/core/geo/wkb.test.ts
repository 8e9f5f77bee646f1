import { describe, expect, it } from 'vitest';
import { parseGpkgGeometry, parseWkb, WkbError } from './wkb.ts';

function wkbPolygon(rings: number[][][], little = true): Uint8Array {
  const n = 1 + 4 + 4 + rings.reduce((s, r) => s + 4 + r.length * 16, 0);
  const buf = new DataView(new ArrayBuffer(n));
  let o = 0;
  buf.setUint8(o++, little ? 1 : 0);
  buf.setUint32(o, 3, little); o += 4;
  buf.setUint32(o, rings.length, little); o += 4;
  for (const ring of rings) {
    buf.setUint32(o, ring.length, little); o += 4;
    for (const [x, y] of ring) {
      buf.setFloat64(o, x!, little); o += 8;
      buf.setFloat64(o, y!, little); o += 8;
    }
  }
  return new Uint8Array(buf.buffer);
}

const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];

describe('parseWkb', () => {
  it('reads a little-endian polygon', () => {
    expect(parseWkb(wkbPolygon(square))).toEqual({ type: 'Polygon', coordinates: square });
  });
  it('reads a big-endian polygon', () => {
    expect(parseWkb(wkbPolygon(square, false))).toEqual({ type: 'Polygon', coordinates: square });
  });
  it('names truncated input', () => {
    expect(() => parseWkb(wkbPolygon(square).slice(0, 30))).toThrow(WkbError);
    expect(() => parseWkb(wkbPolygon(square).slice(0, 30))).toThrow(/truncated/);
  });
});

describe('parseGpkgGeometry', () => {
  it('skips a 32-byte envelope and reads the SRS id', () => {
    const wkb = wkbPolygon(square);
    const blob = new Uint8Array(8 + 32 + wkb.length);
    blob.set([0x47, 0x50, 0, 0b011]);
    new DataView(blob.buffer).setInt32(4, 31370, true);
    blob.set(wkb, 40);
    const { srsId, geometry } = parseGpkgGeometry(blob);
    expect(srsId).toBe(31370);
    expect(geometry).toEqual({ type: 'Polygon', coordinates: square });
  });
  it('rejects a blob without the GP magic', () => {
    expect(() => parseGpkgGeometry(new Uint8Array(20))).toThrow(/GP/);
  });
});
