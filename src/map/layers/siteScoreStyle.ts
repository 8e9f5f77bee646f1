/**
 * Paint expressions that colour the sites by score without rebuilding their source: they read per-site
 * feature-state `score` (0–1) and `pass` (boolean), which the sites layer sets. No state set → the status colour
 * (no sector chosen).
 */
import { failColour, scoreRamp } from '../../core/colour/palette.ts';

const passState = ['feature-state', 'pass'];
const passes = ['==', passState, true];
const fails = ['==', passState, false];
const ramp = ['interpolate', ['linear'], ['to-number', ['feature-state', 'score'], 0], ...scoreRamp.flat()];

/** Fill colour: score ramp when scored, grey when failing, else the status colour. */
export function scoredColour(statusColour: unknown): unknown {
  return ['case', passes, ramp, fails, failColour, statusColour];
}

/** Fill opacity: failing sites fade unless hovered or selected; unscored sites take the status opacity. */
export function scoredOpacity(active: unknown, statusOpacity: unknown = 0.6): unknown {
  return ['case', active, 0.85, fails, 0.25, passes, 0.6, statusOpacity];
}

/**
 * The feature-state a site's score is drawn from: the score rounded to 0.001 (finer steps do not change the colour,
 * and an unchanged state costs no update) and whether it passes the gates (fail code 0).
 */
export function scoreState(score: number, failCode: number): { score: number; pass: boolean } {
  return { score: Math.round(score * 1000) / 1000, pass: failCode === 0 };
}
