/** Colour arithmetic for pixel checks: the score ramp as maplibre interpolates it, alpha blending, PNG pixels. */
import { inflateSync } from 'node:zlib';
import { scoreRamp } from '../../src/core/colour/palette.ts';

/** 0–255 red, green, blue. */
export type Rgb = [number, number, number];

/** '#rrggbb' → [r, g, b]. */
export function hexRgb(hex: string): Rgb {
  const m = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Colour of a score 0–1 on the map's ramp: linear interpolation between the ramp's stops, in RGB. */
export function rampColour(score: number): Rgb {
  const stops = scoreRamp.map(([at, hex]) => [at, hexRgb(hex)] as const);
  const s = Math.min(Math.max(score, stops[0]![0]), stops.at(-1)![0]);
  const i = Math.max(1, stops.findIndex(([at]) => at >= s));
  const [[a0, c0], [a1, c1]] = [stops[i - 1]!, stops[i]!];
  const t = a1 === a0 ? 0 : (s - a0) / (a1 - a0);
  return [0, 1, 2].map((k) => c0[k]! + (c1[k]! - c0[k]!) * t) as Rgb;
}

/** `colour` drawn with opacity `alpha` over `under`. */
export function blend(under: Rgb, colour: Rgb, alpha: number): Rgb {
  return [0, 1, 2].map((k) => under[k]! * (1 - alpha) + colour[k]! * alpha) as Rgb;
}

/** Largest difference of one channel between two colours (0–255). */
export function channelDistance(a: Rgb, b: Rgb): number {
  return Math.max(...[0, 1, 2].map((k) => Math.abs(a[k]! - b[k]!)));
}

/** Pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): Rgb } {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let [width, height, channels] = [0, 0, 0];
  const idat: Buffer[] = [];
  for (let o = 8; o < png.length; ) {
    const len = png.readUInt32BE(o);
    const type = png.toString('latin1', o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + len);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      const [depth, colourType, interlace] = [data[8], data[9], data[12]];
      channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
      if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
    } else if (type === 'IDAT') idat.push(data);
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? out[y * stride + x - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? out[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const pred = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      if (pred === undefined) throw new Error(`bad PNG filter ${filter}`);
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return {
    width,
    height,
    pixel: (x, y) => {
      const i = y * stride + x * channels;
      return [out[i]!, out[i + 1]!, out[i + 2]!];
    },
  };
}
