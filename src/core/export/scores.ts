/**
 * The scores the export and compare code need, kept apart from the scoring module's own types so that module
 * can change freely: the app adapts its scoring output into {@link SiteScores} in one small function.
 */

/** Scores of one site (0–100, null when not scorable, e.g. a gate failed and scoring returns no score). */
export interface SiteScores {
  siteId: string;
  /** Score for the sector currently selected in the app, with the names of the gates the site fails there. */
  current?: { sectorId: string; score: number | null; failedGates: readonly string[] };
  /** Score per sector id (all five sectors), 0–100 or null. */
  bySector: Readonly<Record<string, number | null>>;
}

/** Finds the scores of a site by id; undefined when the site has none. */
export type ScoreLookup = (siteId: string) => SiteScores | undefined;

/** Builds a lookup from a list or map of scores (later duplicates win). */
export function scoreLookup(scores: Iterable<SiteScores> | ReadonlyMap<string, SiteScores>): ScoreLookup {
  if (scores instanceof Map) return (id) => scores.get(id);
  const byId = new Map<string, SiteScores>();
  for (const s of scores as Iterable<SiteScores>) byId.set(s.siteId, s);
  return (id) => byId.get(id);
}

/** Sector ids present in the scores of the given sites, in first-seen order. */
export function sectorIdsOf(siteIds: Iterable<string>, scores: ScoreLookup): string[] {
  const seen = new Set<string>();
  for (const id of siteIds) {
    const s = scores(id);
    if (!s) continue;
    for (const sector of Object.keys(s.bySector)) seen.add(sector);
    if (s.current) seen.add(s.current.sectorId);
  }
  return [...seen];
}

/** A score as a finite number or null (NaN and out-of-type values become null). */
export function cleanScore(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
