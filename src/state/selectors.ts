/**
 * Derived scoring values, computed once per change and passed down: the profile a scoring state scores with
 * (memoised on the state object, so every reader of one state gets the same profile object) and the scoring result
 * the panel, the list, the card, the map and the exports read.
 */
import { customProfile } from '../core/scoring/customProfile.ts';
import { gateMetrics, type GateMetric, type Profile, type Range } from '../core/scoring/model.ts';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import { rankPassing } from '../core/scoring/rank.ts';
import { summarize, type ScoreSummary } from '../core/scoring/score.ts';
import type { Scorer } from '../core/scoring/scorer.ts';
import type { SiteColumns } from '../core/scoring/columns.ts';
import { isCustomState, type ScoringState } from './scoringState.ts';

/** The profile to score with: the sector's own when unchanged, else a custom profile based on it. */
function profileOfState(state: ScoringState): Profile {
  const base = sectorProfiles[state.sector];
  if (!isCustomState(state)) return base;
  const limits: Partial<Record<GateMetric, Range | null>> = {};
  for (const g of gateMetrics) limits[g] = state.gates.limits[g] ?? null;
  return customProfile(base, { statuses: state.gates.statuses, limits, weights: state.weights });
}

// Keyed weakly: a state the reducer has replaced takes its profile with it.
const profiles = new WeakMap<ScoringState, Profile>();

/** The profile of a scoring state (null without a sector); the same state object always gives the same profile object. */
export function selectProfile(scoring: ScoringState): Profile;
export function selectProfile(scoring: ScoringState | null): Profile | null;
export function selectProfile(scoring: ScoringState | null): Profile | null {
  if (!scoring) return null;
  let p = profiles.get(scoring);
  if (!p) profiles.set(scoring, (p = profileOfState(scoring)));
  return p;
}

/** What the panel, the list, the card, the map and the exports read of one scoring run. */
export interface Scored {
  cols: SiteColumns;
  /** The profile scored with (from selectProfile): readers take it from here rather than deriving it again. */
  profile: Profile;
  /** Passing site indices, best first. */
  ranked: Uint32Array;
  summary: ScoreSummary;
  /** Copies (the scorer reuses its arrays): score 0–1 and fail code (0 = pass) per site index. */
  scores: Float32Array;
  failCode: Uint8Array;
}

/** Runs the scorer session with `profile` and keeps what the views need (one pass over the sites, then a ranking). */
export function scoreSites(scorer: Scorer, profile: Profile): Scored {
  const r = scorer.run(profile);
  return { cols: scorer.cols, profile, ranked: rankPassing(scorer.cols, r), summary: summarize(r), scores: r.scores.slice(), failCode: r.failCode.slice() };
}
