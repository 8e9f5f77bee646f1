/**
 * What the core says about the built data, to check what the app shows against: rankings, pass counts and scores
 * for a sector's profile with the user's changes. The specs' one door into src/ (data, scoring, colours stay there).
 */
import { createScorer, customProfile, rankPassing, sectorProfiles, summarize, toColumns, type ProfilePatch, type SectorId, type SiteInput } from '../../src/core/scoring/index.ts';
import type { SiteProperties, SiteStatus } from '../../src/core/types.ts';
import { distDir, readLayer } from './fixtures.ts';

export { criterionIds } from '../../src/core/scoring/index.ts';
export type { ProfilePatch, SectorId, SiteProperties, SiteStatus };

/** What the app should show for one scoring profile. */
export interface Expected {
  /** Passing sites, best first. */
  ids: string[];
  passCount: number;
  /** Sites failing the gate most sites fail (0 when all pass). */
  mainFailCount: number;
  /** "N of M sites pass", as the panel words it. */
  passText: string;
  /** A site's score 0–1 as the map receives it (rounded to 0.001), null when it fails a gate. */
  score(siteId: string): number | null;
}

/** The built sites and the core's answer for any sector (with a patch of gates and weights). */
export interface Oracle {
  sites: SiteProperties[];
  site(siteId: string): SiteProperties;
  expected(sector: SectorId, patch?: ProfilePatch): Expected;
}

/** Statuses a sector lets through by default, plus the land the "include occupied…" switch adds. */
export function withNotOnOffer(sector: SectorId): readonly SiteStatus[] {
  return [...sectorProfiles[sector].gates.statuses, 'occupied', 'leaving'];
}

/** Read the sites of the build under test and set up the core's scorer on them. */
export async function loadOracle(dir = distDir): Promise<Oracle> {
  const sites = (await readLayer(dir, 'sites')).features.map((f) => f.properties as SiteProperties);
  const cols = toColumns(sites as unknown as SiteInput[]);
  const scorer = createScorer(cols);
  const byId = new Map(sites.map((s, i) => [s.siteId, i]));
  return {
    sites,
    site(siteId) {
      const i = byId.get(siteId);
      if (i === undefined) throw new Error(`no site ${siteId} in the build`);
      return sites[i]!;
    },
    expected(sector, patch = {}) {
      const r = scorer.run(customProfile(sectorProfiles[sector], patch));
      const sum = summarize(r);
      const [scores, failCode] = [Float32Array.from(r.scores), Uint8Array.from(r.failCode)];
      return {
        ids: Array.from(rankPassing(cols, r), (i) => cols.siteIds[i]!),
        passCount: sum.passCount,
        mainFailCount: sum.mainFailure?.count ?? 0,
        passText: `${sum.passCount} of ${sites.length} sites pass`,
        score(siteId) {
          const i = byId.get(siteId);
          if (i === undefined) throw new Error(`no site ${siteId} in the build`);
          return failCode[i] === 0 ? Math.round(scores[i]! * 1000) / 1000 : null;
        },
      };
    },
  };
}
