/**
 * Scores of sites for the shortlist, compare, export and print views: the five default sector results and, when a
 * sector is chosen, the current (possibly customised) profile's explanation, cached per site for one profile.
 */
import { explainSite } from '../core/scoring/explain.ts';
import { sectorIds, type Profile } from '../core/scoring/model.ts';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import { toSiteScores, type StandingLike } from '../core/export/fromScoring.ts';
import type { ScoreLookup, SiteScores } from '../core/export/scores.ts';
import type { SiteProperties } from '../core/types.ts';
import type { Scored } from './selectors.ts';

/** Sector id used in exports for a profile: `agro-food`, or `agro-food-custom` for edited weights/gates; null without one. */
export function currentSectorId(profile: Profile | null): string | null {
  if (!profile) return null;
  return profile.id === 'custom' ? `${profile.baseId}-custom` : profile.baseId;
}

/** The site under each of the five sectors' default profiles, with every gate it fails there. */
function standingsOf(site: SiteProperties): StandingLike[] {
  return sectorIds.map((sector) => {
    const e = explainSite(site, sectorProfiles[sector]);
    return { sector, score: e.score, failures: e.failures };
  });
}

/** Scores lookup over the loaded sites; `profile` null (no sector chosen) gives the five sector scores only. */
export function makeScoreLookup(sites: ReadonlyMap<string, SiteProperties>, profile: Profile | null): ScoreLookup {
  const sectorId = currentSectorId(profile);
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

/**
 * Sites passing the profile's gates in rank order, best first (every site, in layer order, when no sector is
 * chosen). Pass the app's scoring result when there is one: its ranking is the list's, so the export matches what
 * the user sees and nothing is re-scored.
 */
export function sitesPassingFilters(sites: ReadonlyMap<string, SiteProperties>, profile: Profile | null, scored?: Pick<Scored, 'cols' | 'ranked'> | null): SiteProperties[] {
  if (!profile) return [...sites.values()];
  if (scored) return Array.from(scored.ranked, (i) => sites.get(scored.cols.siteIds[i]!)).filter((s): s is SiteProperties => s !== undefined);
  const passing = [...sites.values()].map((s) => explainSite(s, profile)).filter((e) => e.passed);
  // the list ranks float32 scores, ties by site id: the same order here
  passing.sort((a, b) => Math.fround(b.score) - Math.fround(a.score) || (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : 0));
  return passing.map((e) => sites.get(e.siteId)!);
}
