/**
 * Rows of the side-by-side compare view (2–4 sites): status, address and 2013 land use (and the origin when a user
 * site is among them), every metric with its unit, the score per sector and for the current sector, and the gates
 * each site fails. "Best" follows metricTable's direction per metric.
 */
import type { Labels } from '../scoring/criteria';
import { statusLabels } from '../status/labels';
import { siteStatuses, metricKeys, type MetricKey, type SiteProperties, type SiteStatus } from '../types';
import { metricTable, type Better } from './metricTable';
import { cleanScore, sectorIdsOf, type GateFailureLike, type ScoreLookup } from './scores';
import { isUserSite, siteOriginText, userSiteStatusLabel } from './sites';

/** Fewest and most sites the compare view shows. */
export const compareLimits = { min: 2, max: 4 } as const;

/** A numeric row: one value per site (null = unknown), and the indexes of the best values. */
export interface CompareValueRow {
  kind: 'metric' | 'score';
  /** Metric key, `score:<sectorId>` for a sector, or `score:current`. */
  key: string;
  /** The metric key for metric rows, for labels. */
  metric?: MetricKey;
  /** The sector id for score rows (the current sector's id for `score:current`, '' when unknown). */
  sectorId?: string;
  /** Display unit ('0–100' for scores). */
  unit: string;
  better: Better;
  values: (number | null)[];
  /** Indexes into `values` of the best value (several on ties); empty when nothing stands out. */
  bestIndex: number[];
  /** Score rows: per site the gates it fails in that sector ([] = passes, null = unknown); a failing site has no score. */
  failures?: (readonly GateFailureLike[] | null)[];
}

/** The gates row: for each site the gates it fails in the current sector (null = not scored); the view words them. */
export interface CompareGatesRow {
  kind: 'gates';
  key: 'gates:current';
  sectorId: string;
  values: (readonly GateFailureLike[] | null)[];
  /** Indexes of sites failing the fewest gates, when they differ. */
  bestIndex: number[];
}

/** Keys of the text rows, in display order; `origin` only when a user site is compared. */
export const compareTextKeys = ['status', 'origin', 'address', 'landuse2013'] as const;

/**
 * A text row: per site the text in each language ('' = none in the data: the view says "unknown" or "none
 * mapped"). Text is not ranked, so no best value.
 */
export interface CompareTextRow {
  kind: 'text';
  key: (typeof compareTextKeys)[number];
  values: Labels[];
  bestIndex: number[];
}

/** One row of the compare view. */
export type CompareRow = CompareValueRow | CompareGatesRow | CompareTextRow;

const uncertainWord: Labels = { en: 'uncertain', fr: 'incertain', nl: 'onzeker' };
const langs = ['en', 'fr', 'nl'] as const;
const same = (text: string): Labels => ({ en: text, fr: text, nl: text });
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Status name, with "(uncertain)" when the evidence is weak; the raw value for an unknown status. */
function statusText(p: SiteProperties): Labels {
  if (isUserSite(p)) return { ...userSiteStatusLabel };
  if (!(siteStatuses as readonly unknown[]).includes(p.status)) return same(str(p.status));
  const label = statusLabels[p.status as SiteStatus];
  const out = { ...label };
  if (p.statusUncertain === true) for (const l of langs) out[l] = `${label[l]} (${uncertainWord[l]})`;
  return out;
}

/** "Street number, municipality" with FR names for FR and EN (the data has no English names), NL for NL. */
function addressTextOf(p: SiteProperties): Labels {
  const line = (street: string, commune: string): string =>
    [street ? [street, str(p.houseNumber)].filter(Boolean).join(' ') : '', commune].filter(Boolean).join(', ');
  const fr = line(str(p.streetFr) || str(p.streetNl), str(p.communeFr) || str(p.communeNl));
  const nl = line(str(p.streetNl) || str(p.streetFr), str(p.communeNl) || str(p.communeFr));
  return { en: fr, fr, nl };
}

/** "landuse=industrial (85 %)" (the OSM tag, checkable) from the 2013 land use and its share of the site; '' when none was mapped. */
function landuse2013TextOf(p: SiteProperties): Labels {
  const use = str(p.landuse2013);
  if (!use) return same('');
  const share = Number.isFinite(p.landuse2013Share) && p.landuse2013Share > 0 ? ` (${Math.round(Math.min(p.landuse2013Share, 1) * 100)} %)` : '';
  return same(`landuse=${use}${share}`);
}

/** Where the site comes from: OpenStreetMap, or the user's drawing or file ('' when unreadable). */
function originTextOf(p: SiteProperties): Labels {
  return { en: siteOriginText(p, 'en'), fr: siteOriginText(p, 'fr'), nl: siteOriginText(p, 'nl') };
}

const textOf: Record<CompareTextRow['key'], (p: SiteProperties) => Labels> = {
  status: statusText,
  origin: originTextOf,
  address: addressTextOf,
  landuse2013: landuse2013TextOf,
};

/**
 * Indexes of the best values: ties share the mark; none when fewer than two values are known, when all known
 * values are equal, or when the direction is neutral.
 */
export function bestIndexes(values: readonly (number | null)[], better: Better): number[] {
  if (better === 'neutral') return [];
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length < 2) return [];
  const best = better === 'lower' ? Math.min(...known) : Math.max(...known);
  const worst = better === 'lower' ? Math.max(...known) : Math.min(...known);
  if (best === worst) return [];
  const out: number[] = [];
  values.forEach((v, i) => {
    if (v === best) out.push(i);
  });
  return out;
}

/** Options of {@link compareRows}. */
export interface CompareOptions {
  /** Sector ids to list scores for, in order; undefined means every sector found in the scores. */
  sectorIds: readonly string[] | undefined;
}

/** Defaults of {@link compareRows}. */
export const defaultCompareOptions: CompareOptions = {
  // The five sectors come with the scores, so the caller need not repeat them.
  sectorIds: undefined,
};

/**
 * Compare rows for the given sites in display order: status, origin (with a user site), address, 2013 land use, current score, failed
 * gates, score per sector, then every metric in types.ts order. Works for any number of sites; the UI keeps it
 * to {@link compareLimits}.
 */
export function compareRows(
  sites: readonly SiteProperties[],
  scores: ScoreLookup,
  options: Partial<CompareOptions> = {},
): CompareRow[] {
  const opts = { ...defaultCompareOptions, ...options };
  const ids = sites.map((s) => s.siteId);
  const siteScores = ids.map((id) => scores(id));
  const sectorIds = opts.sectorIds ?? sectorIdsOf(ids, scores);
  const currentSector = siteScores.find((s) => s?.current)?.current?.sectorId ?? '';
  const withUser = sites.some(isUserSite);
  const rows: CompareRow[] = compareTextKeys
    .filter((key) => key !== 'origin' || withUser)
    .map((key) => ({ kind: 'text', key, values: sites.map(textOf[key]), bestIndex: [] }));

  const currentOf = (s: (typeof siteScores)[number]) => (s?.current && s.current.sectorId === currentSector ? s.current : null);
  const gates = siteScores.map((s) => currentOf(s)?.failures ?? null);
  rows.push(scoreRow('score:current', currentSector, siteScores.map((s) => cleanScore(currentOf(s)?.score)), gates));

  const gateCounts = gates.map((g) => (g ? g.length : null));
  rows.push({
    kind: 'gates',
    key: 'gates:current',
    sectorId: currentSector,
    values: gates,
    bestIndex: bestIndexes(gateCounts, 'lower'),
  });

  for (const sector of sectorIds) {
    const failures = siteScores.map((s) => s?.failuresBySector?.[sector] ?? null);
    rows.push(scoreRow(`score:${sector}`, sector, siteScores.map((s) => cleanScore(s?.bySector[sector])), failures));
  }

  for (const key of metricKeys) {
    const info = metricTable[key];
    const values = sites.map((s) => (Number.isFinite(s[key]) ? s[key] : null));
    rows.push({
      kind: 'metric',
      key,
      metric: key,
      unit: info.unit,
      better: info.better,
      values,
      bestIndex: bestIndexes(values, info.better),
    });
  }
  return rows;
}

function scoreRow(key: string, sectorId: string, values: (number | null)[], failures: (readonly GateFailureLike[] | null)[]): CompareValueRow {
  // a failing site carries no score (see fromScoring), so it can never be marked best
  const bestIndex = bestIndexes(values, 'higher');
  return { kind: 'score', key, sectorId, unit: '0–100', better: 'higher', values, bestIndex, failures };
}
