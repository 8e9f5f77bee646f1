/**
 * Profiles the user derives from a sector's: the patch, its application, the checks a user's gates and weights
 * must pass, and the comparisons that tell whether anything differs from the sector. Pure: the scoring state, its
 * updaters and its URL codec build on these in src/state.
 */
import { siteStatuses } from '../types.ts';
import type { SiteStatus } from '../types.ts';
import { criterionIds } from './criteria.ts';
import { gateMetrics } from './model.ts';
import type { GateMetric, Gates, Profile, Range, Weights } from './model.ts';

/** Changes to apply to a profile; a null limit removes that gate. */
export interface ProfilePatch {
  statuses?: readonly SiteStatus[];
  limits?: Partial<Record<GateMetric, Range | null>>;
  weights?: Partial<Weights>;
}

/** Why a gate range cannot be applied: a negative bound (every gate metric is ≥ 0) or a minimum above the maximum. */
export function rangeProblem(range: Range): 'negative' | 'inverted' | undefined {
  const { min, max } = range;
  if ((typeof min === 'number' && min < 0) || (typeof max === 'number' && max < 0)) return 'negative';
  if (typeof min === 'number' && typeof max === 'number' && min > max) return 'inverted';
  return undefined;
}

/** True when at least one weight is above 0 (with all at 0 every site scores 0: there is nothing to rank by). */
export function hasWeights(weights: Weights): boolean {
  return criterionIds.some((id) => weights[id] > 0);
}

/** A profile derived from `base` with `patch` applied; id 'custom' unless the patch changes nothing. */
export function customProfile(base: Profile, patch: ProfilePatch): Profile {
  const limits: Partial<Record<GateMetric, Range>> = { ...base.gates.limits };
  for (const g of gateMetrics) {
    const r = patch.limits?.[g];
    if (r === null) delete limits[g];
    else if (r) limits[g] = { ...r };
  }
  const gates: Gates = { statuses: patch.statuses ? orderedStatuses(patch.statuses) : base.gates.statuses, limits };
  const weights = { ...base.weights, ...patch.weights } as Weights;
  const changed = !sameGates(gates, base.gates) || !sameWeights(weights, base.weights);
  return { ...base, id: changed ? 'custom' : base.baseId, gates, weights };
}

/** Known statuses in `siteStatuses` order, unknown values and repeats dropped. */
export function orderedStatuses(statuses: readonly string[]): SiteStatus[] {
  return siteStatuses.filter((st) => statuses.includes(st));
}

/** True when two status lists allow the same statuses. */
export function sameStatuses(a: readonly string[], b: readonly string[]): boolean {
  const x = orderedStatuses(a);
  const y = orderedStatuses(b);
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

function bound(x: number | undefined): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** True when two ranges have the same finite bounds (a non-finite bound counts as none). */
export function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  return bound(a?.min) === bound(b?.min) && bound(a?.max) === bound(b?.max);
}

/** True when two sets of gates let the same sites through. */
export function sameGates(a: Gates, b: Gates): boolean {
  return sameStatuses(a.statuses, b.statuses) && gateMetrics.every((g) => sameRange(a.limits[g], b.limits[g]));
}

/** True when every criterion has the same weight. */
export function sameWeights(a: Weights, b: Weights): boolean {
  return criterionIds.every((id) => a[id] === b[id]);
}
