/**
 * Scores of sites for the shortlist, compare, export and print views: the five default sector results and,
 * when a sector is chosen, the current (possibly customised) profile's explanation. Cached per profile.
 */
import { explainSite, profileFromState, sectorIds, sectorProfiles, type Profile, type ScoringState } from '../core/scoring/index.ts';
import { toSiteScores, type StandingLike } from '../core/export/fromScoring.ts';
import type { ScoreLookup, SiteScores } from '../core/export/scores.ts';
import type { SiteProperties } from '../core/types.ts';

/** Sector id used in exports for the current profile: `agro-food`, or `agro-food-custom` for edited weights/gates. */
export function currentSectorId(scoring: ScoringState | null): string | null {
  if (!scoring) return null;
  return profileFromState(scoring).id === 'custom' ? `${scoring.sector}-custom` : scoring.sector;
}

/** The site under each of the five sectors' default profiles, with every gate it fails there. */
function standingsOf(site: SiteProperties): StandingLike[] {
  return sectorIds.map((sector) => {
    const e = explainSite(site, sectorProfiles[sector]);
    return { sector, score: e.score, failures: e.failures };
  });
}

/** Scores lookup over the loaded sites; `scoring` null gives the five sector scores only. */
export function makeScoreLookup(sites: ReadonlyMap<string, SiteProperties>, scoring: ScoringState | null): ScoreLookup {
  const profile: Profile | null = scoring ? profileFromState(scoring) : null;
  const sectorId = currentSectorId(scoring);
  const cache = new Map<string, SiteScores | undefined>();
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    const site = sites.get(id);
    let out: SiteScores | undefined;
    if (site) {
      const current = profile && sectorId ? { sectorId, explanation: explainSite(site, profile) } : undefined;
      out = toSiteScores(id, standingsOf(site), current);
    }
    cache.set(id, out);
    return out;
  };
}

/** The part of the app's scoring result read here (see useScoring's `Scored`). */
export interface ScoredLike {
  cols: { siteIds: readonly string[] };
  failCode: Uint8Array;
  /** Passing site indexes, best first. */
  ranked: Uint32Array;
}

/**
 * Sites passing the current profile's gates in rank order, best first (every site, in layer order, when no
 * sector is chosen). Pass the app's scoring result when there is one: its ranking is the list's, so the export
 * matches what the user sees and nothing is re-scored.
 */
export function sitesPassingFilters(sites: ReadonlyMap<string, SiteProperties>, scoring: ScoringState | null, scored?: ScoredLike | null): SiteProperties[] {
  if (!scoring) return [...sites.values()];
  if (scored) return Array.from(scored.ranked, (i) => sites.get(scored.cols.siteIds[i]!)).filter((s): s is SiteProperties => s !== undefined);
  const profile = profileFromState(scoring);
  const passing = [...sites.values()].map((s) => explainSite(s, profile)).filter((e) => e.passed);
  // the list ranks float32 scores, ties by site id: the same order here
  passing.sort((a, b) => Math.fround(b.score) - Math.fround(a.score) || (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0));
  return passing.map((e) => sites.get(e.siteId)!);
}
