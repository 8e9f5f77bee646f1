/**
 * Scoring for the UI: columns built once per sites load, an incremental scorer session, and per change the
 * ranking, the "N of M pass" summary and copies of the per-site scores for the map. Stability is computed
 * after the controls settle (a few ms, but not on every slider step).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  createScorer,
  profileFromState,
  rankPassing,
  rankStability,
  summarize,
  toColumns,
  type Profile,
  type ScoreSummary,
  type SiteColumns,
  type SiteStability,
} from '../core/scoring/index.ts';
import type { SiteProperties } from '../core/types.ts';
import type { ScoringSlice } from '../state/scoring.ts';

/** What the panel, the list, the card and the map read. */
export interface Scored {
  cols: SiteColumns;
  profile: Profile;
  /** Passing site indices, best first. */
  ranked: Uint32Array;
  summary: ScoreSummary;
  /** Copies (the scorer reuses its arrays): score 0–1 and fail code (0 = pass) per site index. */
  scores: Float32Array;
  failCode: Uint8Array;
}

/** Scores the loaded sites under the slice; null without a sector or before the sites load. */
export function useScoring(sites: ReadonlyMap<string, SiteProperties>, scoring: ScoringSlice): Scored | null {
  const cols = useMemo(() => (sites.size ? toColumns([...sites.values()]) : null), [sites]);
  const scorer = useMemo(() => (cols ? createScorer(cols) : null), [cols]);
  return useMemo(() => {
    if (!scorer || !scoring) return null;
    const profile = profileFromState(scoring);
    const r = scorer.run(profile);
    return { cols: scorer.cols, profile, ranked: rankPassing(scorer.cols, r), summary: summarize(r), scores: r.scores.slice(), failCode: r.failCode.slice() };
  }, [scorer, scoring]);
}

/** Options of useStability. */
export const defaultStabilityDelay = {
  /** Wait this long after the last change before re-computing, ms. */
  delayMs: 250,
};

const none: ReadonlyMap<string, SiteStability> = new Map();

/** Stability per siteId for the current ranking, computed once the changes settle; empty until then. */
export function useStability(scored: Scored | null): ReadonlyMap<string, SiteStability> {
  // Keyed by the ranking it belongs to, so a change hides stale labels without an extra render.
  const [out, setOut] = useState<{ of: Scored | null; sites: ReadonlyMap<string, SiteStability> }>({ of: null, sites: none });
  useEffect(() => {
    if (!scored) return;
    const timer = setTimeout(() => {
      const r = rankStability(scored.cols, scored.profile);
      setOut({ of: scored, sites: new Map(r.sites.map((s) => [s.siteId, s])) });
    }, defaultStabilityDelay.delayMs);
    return () => clearTimeout(timer);
  }, [scored]);
  return out.of === scored ? out.sites : none;
}
