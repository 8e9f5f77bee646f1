/**
 * Scoring for the UI: columns built once per sites load, an incremental scorer session, and per profile (one per
 * change of the scoring state, from selectProfile) the ranking, the "N of M pass" summary and copies of the
 * per-site scores for the map. Stability is computed after the controls settle (a few ms, but not on every slider step).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toColumns } from '../core/scoring/columns.ts';
import type { Profile } from '../core/scoring/model.ts';
import { createScorer } from '../core/scoring/scorer.ts';
import { rankStability, type SiteStability } from '../core/scoring/stability.ts';
import type { SiteProperties } from '../core/types.ts';
import { scoreSites, type Scored } from '../state/selectors.ts';

/** Scores the loaded sites with the profile; null without a sector or before the sites load. */
export function useScoring(sites: ReadonlyMap<string, SiteProperties>, profile: Profile | null): Scored | null {
  const cols = useMemo(() => (sites.size ? toColumns([...sites.values()]) : null), [sites]);
  const scorer = useMemo(() => (cols ? createScorer(cols) : null), [cols]);
  return useMemo(() => (scorer && profile ? scoreSites(scorer, profile) : null), [scorer, profile]);
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
