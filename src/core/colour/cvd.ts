/**
 * Colour-vision deficiency simulation with the Machado, Oliveira & Fernandes (2009) matrices at full severity
 * (dichromacy), applied in linear RGB as the model requires. Used to check that map colours stay apart.
 */
import { hexToRgb, linearToSrgb, rgbToHex, srgbToLinear, type Rgb } from './lab.ts';

/** Normal vision and the three dichromacies. */
export const visions = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const;
/** One kind of vision. */
export type Vision = (typeof visions)[number];

type Matrix = readonly [Rgb, Rgb, Rgb];

// Machado et al. 2009, table for severity 1.0.
const matrices: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How a hex colour looks under a kind of vision, as a hex colour (out-of-gamut results clamped). */
export function simulate(hex: string, vision: Vision): string {
  if (vision === 'normal') return rgbToHex(hexToRgb(hex));
  const lin = hexToRgb(hex).map(srgbToLinear);
  const out = matrices[vision].map((row) => row[0] * lin[0]! + row[1] * lin[1]! + row[2] * lin[2]!);
  return rgbToHex(out.map((v) => linearToSrgb(Math.min(1, Math.max(0, v)))) as unknown as Rgb);
}
