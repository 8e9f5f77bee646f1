/**
 * Decides a site's availability status from its OSM tags and facts measured on it, with the evidence
 * a person can check. The first matching rule of `statusRules` decides; caveats say what is uncertain.
 */
import type { SiteLanduse, SiteStatus } from '../types.ts';
import type { CaveatId, EvidenceItem } from './evidence.ts';
import { statusRules, type StatusRule, type TagTest } from './rules.ts';

/** Facts measured on the site by the pipeline (or the browser for a user's site). */
export interface SiteFacts {
  /** Workshops and trades of the POI layer lying on the site. */
  tradesOnSite: number;
  /** True when a rail siding reaches the site (distance 0). */
  sidingOnSite: boolean;
  /** Distance in metres from the site's edge to the nearest productive land (0 for productive land itself). */
  distProductiveZoneM: number;
}

/** A decision: the status, the rule that decided it, its evidence and whether anything is uncertain. */
export interface StatusDecision {
  status: SiteStatus;
  ruleId: string;
  evidence: EvidenceItem[];
  uncertain: boolean;
}

/** Settings of `decideStatus`. */
export const defaultStatusOptions = {
  /** Build date (ISO `YYYY-MM-DD`): an `end_date` before it has passed. */
  asOf: new Date().toISOString().slice(0, 10),
  /** Vacant land farther than this from any productive land (metres) gets the `farFromProductive` caveat. */
  farFromProductiveM: 500,
  /** Tags that did not decide but tell the site's history, listed as context. */
  contextKeys: /^(was:landuse|was:operator|was:amenity|was:name|was:product|disused:.+|razed:.+|demolished:.+|abandoned:.+|opening_date|start_date|end_date|operator|owner|seveso)$/,
  /** At most this many context tags are listed. */
  maxContextTags: 4,
  /** The rules, in evaluation order. */
  rules: statusRules,
};

/** Settings of `decideStatus`. */
export type StatusOptions = typeof defaultStatusOptions;

/** A tag value as text: strings trimmed, numbers and booleans printed, anything else ''. */
function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** OSM dates may be `2026`, `2026-07` or `2026-07-15`: compared on the digits given. */
function dateBefore(value: string, asOf: string): boolean {
  const m = /^(\d{4})(-\d{2})?(-\d{2})?/.exec(value);
  if (!m) return false;
  const given = m[0];
  return given < asOf.slice(0, given.length);
}

/** Tags of `tags` matching `test`, as [key, value] pairs. */
function matches(tags: [string, string][], test: TagTest, asOf: string): [string, string][] {
  return tags.filter(([k, v]) => test.key.test(k) && (!test.value || test.value.test(v)) && (test.before !== 'asOf' || dateBefore(v, asOf)));
}

/** The decisive tags when `rule` applies to these tags and facts, else null ([] for a rule without tests). */
function applies(rule: StatusRule, tags: [string, string][], facts: SiteFacts, asOf: string): [string, string][] | null {
  if (rule.minTradesOnSite !== undefined && facts.tradesOnSite < rule.minTradesOnSite) return null;
  if (rule.noneOf?.some((t) => matches(tags, t, asOf).length > 0)) return null;
  if (rule.anyOf.length === 0) return [];
  const hit = rule.anyOf.flatMap((t) => matches(tags, t, asOf));
  return hit.length > 0 ? [...new Map(hit.map((kv) => [kv[0], kv])).values()] : null;
}

/** Decides the status of a site of OSM `landuse` class with these tags and facts; never throws. */
export function decideStatus(landuse: SiteLanduse, rawTags: Record<string, unknown>, facts: SiteFacts, options: Partial<StatusOptions> = {}): StatusDecision {
  const o: StatusOptions = { ...defaultStatusOptions, ...options };
  const tags = Object.entries(rawTags)
    .map(([k, v]): [string, string] => [k, text(v)])
    .filter(([k, v]) => v !== '' && k !== 'landuse');
  let rule: StatusRule | undefined;
  let decisive: [string, string][] = [];
  for (const r of o.rules) {
    if (!r.landuse.includes(landuse)) continue;
    const hit = applies(r, tags, facts, o.asOf);
    if (hit) {
      rule = r;
      decisive = hit;
      break;
    }
  }
  const evidence: EvidenceItem[] = [];
  if (!rule) {
    // No rule for this class (a data error upstream): say so rather than guess.
    evidence.push({ t: 'tag', key: 'landuse', value: landuse }, { t: 'caveat', caveat: 'useNotTagged' });
    return { status: 'estate', ruleId: 'none', evidence, uncertain: true };
  }
  if (decisive.length === 0) evidence.push({ t: 'tag', key: 'landuse', value: landuse });
  for (const [key, value] of decisive) evidence.push({ t: 'tag', key, value });
  const shown = new Set(decisive.map(([k]) => k));
  tags
    .filter(([k]) => !shown.has(k) && o.contextKeys.test(k))
    .slice(0, o.maxContextTags)
    .forEach(([key, value]) => evidence.push({ t: 'tag', key, value, role: 'context' }));

  if (facts.tradesOnSite > 0) evidence.push({ t: 'fact', fact: 'tradesOnSite', n: facts.tradesOnSite });
  if (facts.sidingOnSite) evidence.push({ t: 'fact', fact: 'sidingOnSite', n: 1 });

  const caveats: { caveat: CaveatId; n?: number }[] = [];
  if (rule.caveat) caveats.push({ caveat: rule.caveat });
  if (rule.status === 'available') {
    const far = facts.distProductiveZoneM > o.farFromProductiveM;
    if (far) caveats.push({ caveat: 'farFromProductive', n: facts.distProductiveZoneM });
    if (facts.tradesOnSite > 0) caveats.push({ caveat: 'tradesOnVacant', n: facts.tradesOnSite });
    if (landuse === 'greenfield') caveats.push({ caveat: 'greenfield' });
    if (tags.some(([k, v]) => k === 'fence_type' && v === 'temporary')) caveats.push({ caveat: 'temporaryFence' });
    if (tags.some(([k, v]) => k === 'access' && (v === 'private' || v === 'no'))) caveats.push({ caveat: 'privateAccess' });
  }
  for (const c of caveats) evidence.push({ t: 'caveat', ...c });
  return { status: rule.status, ruleId: rule.id, evidence, uncertain: caveats.length > 0 };
}

/** The rule with this id, for its rationale on the card; undefined for an unknown id. */
export function statusRuleById(id: string, rules: readonly StatusRule[] = statusRules): StatusRule | undefined {
  return rules.find((r) => r.id === id);
}
