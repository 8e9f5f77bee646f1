/**
 * The scores the export and compare code need, kept apart from the scoring module's own types so that module
 * can change freely: the app adapts its scoring output into {@link SiteScores} in one small function.
 */

/** One failed gate as the exports and views need it (scoring's `GateFailure` fits this shape). */
export interface GateFailureLike {
  gate: string;
  bound: 'min' | 'max' | 'status';
  /** Limit in the gate's unit (range gates only). */
  limit?: number;
  /** Allowed statuses (status gate only). */
  allowed?: readonly string[];
  /** The site's status (status gate only), so the words can name it. */
  status?: string;
}

/** The current sector's result for a site. */
export interface CurrentScore {
  sectorId: string;
  /** 0–100; null when the site fails a gate (a failing site has no score to show) or is not scorable. */
  score: number | null;
  /** The failed gates as codes (`area_m2 min 1000`) for the exports. */
  failedGates: readonly string[];
  /** The same gates as data, for the views to put into words. */
  failures: readonly GateFailureLike[];
}

/** Scores of one site (0–100 with one decimal; null when the site fails the sector or is not scorable). */
export interface SiteScores {
  siteId: string;
  /** Score for the sector currently selected in the app, with the gates the site fails there. */
  current?: CurrentScore;
  /** Score per sector id (all five sectors), 0–100, or null when the site fails that sector's gates. */
  bySector: Readonly<Record<string, number | null>>;
  /** Failed gates per sector id ([] = passes); a sector missing here is not known to pass or fail. */
  failuresBySector?: Readonly<Record<string, readonly GateFailureLike[]>>;
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

/** Whether the site passes a sector's gates: true/false, or null when that is not known. */
export function passesSector(s: SiteScores | undefined, sectorId: string): boolean | null {
  const f = s?.failuresBySector?.[sectorId];
  return f ? f.length === 0 : null;
}

/** Whether the site passes the current sector's gates: true/false, or null without a current sector. */
export function passesCurrent(s: SiteScores | undefined): boolean | null {
  return s?.current ? s.current.failures.length === 0 : null;
}

/** A score as a finite number or null (NaN and out-of-type values become null). */
export function cleanScore(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
