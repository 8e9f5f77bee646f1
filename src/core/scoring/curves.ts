/**
 * Sub-score curves: piecewise-linear maps from a metric value (in the metric's units) to 0–1.
 * One shape per direction keeps the column fast path branch-free inside its loops.
 */

/** Value ≤ fullAt → 1, ≥ zeroAt → 0, linear between (distances, NO2). */
export interface LowerIsBetter {
  kind: 'lower';
  fullAt: number;
  zeroAt: number;
}

/** Value ≤ zeroAt → 0, ≥ fullAt → 1, linear between (counts). */
export interface HigherIsBetter {
  kind: 'higher';
  zeroAt: number;
  fullAt: number;
}

/** Trapezoid: 0 below zeroBelow, ramps to 1 at fullFrom, 1 up to fullTo, ramps to 0 at zeroAbove (plot area). */
export interface Band {
  kind: 'band';
  zeroBelow: number;
  fullFrom: number;
  fullTo: number;
  zeroAbove: number;
}

/** A sub-score curve, thresholds in the metric's units. */
export type Curve = LowerIsBetter | HigherIsBetter | Band;

/** Rising ramp 0→1 between a and b; step at a when b ≤ a. NaN → 0. */
export function rampUp(v: number, a: number, b: number): number {
  if (!(b > a)) return v >= a ? 1 : 0;
  // Multiplying by the reciprocal (not dividing) so the column loops, which hoist it, give identical bits.
  const t = (v - a) * (1 / (b - a));
  // The explicit threshold test keeps 1 exact at b; NaN fails every comparison and lands on 0.
  return v >= b || t >= 1 ? 1 : t > 0 ? t : 0;
}

/** Falling ramp 1→0 between a and b; step at a when b ≤ a. NaN → 0. */
export function rampDown(v: number, a: number, b: number): number {
  if (!(b > a)) return v <= a ? 1 : 0;
  const t = (b - v) * (1 / (b - a));
  return v <= a || t >= 1 ? 1 : t > 0 ? t : 0;
}

/** Sub-score 0–1 of value `v` (metric units) under `curve`; NaN (unknown) scores 0. */
export function evalCurve(curve: Curve, v: number): number {
  switch (curve.kind) {
    case 'lower':
      return rampDown(v, curve.fullAt, curve.zeroAt);
    case 'higher':
      return rampUp(v, curve.zeroAt, curve.fullAt);
    case 'band': {
      const up = rampUp(v, curve.zeroBelow, curve.fullFrom);
      const down = rampDown(v, curve.fullTo, curve.zeroAbove);
      return up < down ? up : down;
    }
  }
}

/** Writes the sub-score of every `values[i]` into `out[i]`: the column form of `evalCurve`, same bits. */
export function curveColumn(curve: Curve, values: Float64Array, out: Float32Array | Float64Array): void {
  const n = values.length;
  if (curve.kind === 'band') {
    const { zeroBelow, fullFrom, fullTo, zeroAbove } = curve;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      const up = rampUp(v, zeroBelow, fullFrom);
      const down = rampDown(v, fullTo, zeroAbove);
      out[i] = up < down ? up : down;
    }
    return;
  }
  const up = curve.kind === 'higher';
  const a = up ? curve.zeroAt : curve.fullAt;
  const b = up ? curve.fullAt : curve.zeroAt;
  if (!(b > a)) {
    for (let i = 0; i < n; i++) out[i] = up ? rampUp(values[i]!, a, b) : rampDown(values[i]!, a, b);
    return;
  }
  const k = 1 / (b - a);
  if (up) {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      const t = (v - a) * k;
      out[i] = v >= b || t >= 1 ? 1 : t > 0 ? t : 0;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      const t = (b - v) * k;
      out[i] = v <= a || t >= 1 ? 1 : t > 0 ? t : 0;
    }
  }
}

function fmt(x: number): string {
  if (x === Infinity) return '∞';
  return String(Math.round(x * 100) / 100);
}

/** Language-neutral target text, e.g. `≤ 400 m → 1 · ≥ 1500 m → 0` (unit appended to every threshold). */
export function describeCurve(curve: Curve, unit: string): string {
  const u = unit ? ` ${unit}` : '';
  switch (curve.kind) {
    case 'lower':
      return `≤ ${fmt(curve.fullAt)}${u} → 1 · ≥ ${fmt(curve.zeroAt)}${u} → 0`;
    case 'higher':
      return `≤ ${fmt(curve.zeroAt)}${u} → 0 · ≥ ${fmt(curve.fullAt)}${u} → 1`;
    case 'band': {
      const top = curve.fullTo === Infinity ? `≥ ${fmt(curve.fullFrom)}${u} → 1` : `${fmt(curve.fullFrom)}–${fmt(curve.fullTo)}${u} → 1`;
      const low = `≤ ${fmt(curve.zeroBelow)}${u} → 0`;
      const high = curve.zeroAbove === Infinity ? '' : ` · ≥ ${fmt(curve.zeroAbove)}${u} → 0`;
      return `${low} · ${top}${high}`;
    }
  }
}
