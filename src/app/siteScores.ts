/**
 * Scores of sites for the shortlist, compare, export and print views: the five default sector standings and,
 * when a sector is chosen, the current (possibly customised) profile's explanation. Cached per profile.
 */
import { explainSite, profileFromState, scoreSiteAllSectors, type Profile, type ScoringState } from '../core/scoring/index.ts';
import { toSiteScores, toScore100 } from '../core/export/fromScoring.ts';
import type { ScoreLookup, SiteScores } from '../core/export/scores.ts';
import type { SiteProperties } from '../core/types.ts';

/** Sector id used in exports for the current profile: `agro-food`, or `agro-food-custom` for edited weights/gates. */
export function currentSectorId(scoring: ScoringState | null): string | null {
  if (!scoring) return null;
  return profileFromState(scoring).id === 'custom' ? `${scoring.sector}-custom` : scoring.sector;
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
      const standings = scoreSiteAllSectors(site);
      if (profile && sectorId) out = toSiteScores(sectorId, explainSite(site, profile), standings);
      else out = { siteId: id, bySector: Object.fromEntries(standings.map((s) => [s.sector, toScore100(s.score)])) };
    }
    cache.set(id, out);
    return out;
  };
}

/**
 * Sites passing the current profile's gates (every site when no sector is chosen), in the map's order. Pass the
 * app's scoring result when there is one: its fail codes already say which sites pass, so nothing is re-scored.
 */
export function sitesPassingFilters(
  sites: ReadonlyMap<string, SiteProperties>,
  scoring: ScoringState | null,
  scored?: { cols: { siteIds: readonly string[] }; failCode: Uint8Array } | null,
): SiteProperties[] {
  if (!scoring) return [...sites.values()];
  if (scored) return scored.cols.siteIds.flatMap((id, i) => (scored.failCode[i] === 0 && sites.has(id) ? [sites.get(id)!] : []));
  const profile = profileFromState(scoring);
  return [...sites.values()].filter((s) => explainSite(s, profile).passed);
}
