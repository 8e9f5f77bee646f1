/**
 * Colour arithmetic for palette checks: sRGB hex ↔ linear RGB, CIE Lab (D65, 2°), alpha compositing and the
 * CIEDE2000 difference (Sharma, Wu & Dalal 2005). Pure; no DOM.
 */

/** sRGB components 0–1 (gamma-encoded) or linear light 0–1, depending on context. */
export type Rgb = readonly [number, number, number];
/** CIE L*a*b*. */
export type Lab = readonly [number, number, number];

/** Parse `#rrggbb` or `#rgb` into sRGB components 0–1. */
export function hexToRgb(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** `#rrggbb` from sRGB components 0–1 (clamped, rounded). */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** sRGB transfer function, encoded → linear light. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Inverse sRGB transfer function, linear light → encoded. */
export function linearToSrgb(v: number): number {
  return v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
}

const white = [0.95047, 1, 1.08883] as const;
const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);

/** CIE Lab of a linear-light sRGB colour (D65 white). */
export function linearToLab([r, g, b]: Rgb): Lab {
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const [fx, fy, fz] = [f(x / white[0]), f(y / white[1]), f(z / white[2])];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE Lab of a hex colour. */
export function hexToLab(hex: string): Lab {
  return linearToLab(hexToRgb(hex).map(srgbToLinear) as unknown as Rgb);
}

/**
 * A fill of `colour` at `opacity` drawn over `ground`, as the browser and WebGL blend it (in encoded sRGB), so that
 * colours are compared as they appear on the map rather than as written in the style.
 */
export function composite(colour: string, opacity: number, ground: string): string {
  const c = hexToRgb(colour);
  const g = hexToRgb(ground);
  return rgbToHex(c.map((v, i) => v * opacity + g[i]! * (1 - opacity)) as unknown as Rgb);
}

const deg = Math.PI / 180;

/** CIEDE2000 colour difference between two Lab colours (kL = kC = kH = 1). */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const c1 = Math.hypot(a1, b1);
  const c2 = Math.hypot(a2, b2);
  const cBar7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / deg + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);

  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin((dhp / 2) * deg);

  const lBarP = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBarP = (h1p + h2p) / 2;
    else hBarP = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t = 1 - 0.17 * Math.cos((hBarP - 30) * deg) + 0.24 * Math.cos(2 * hBarP * deg) + 0.32 * Math.cos((3 * hBarP + 6) * deg) - 0.2 * Math.cos((4 * hBarP - 63) * deg);
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const cBarP7 = cBarP ** 7;
  const rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBarP - 50) ** 2) / Math.sqrt(20 + (lBarP - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(2 * dTheta * deg) * rc;
  const [x, y, z] = [dLp / sl, dCp / sc, dHp / sh];
  return Math.sqrt(x * x + y * y + z * z + rt * y * z);
}
