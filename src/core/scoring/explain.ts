/**
 * Per-site explanation for the site card: every criterion's value, target, sub-score, weight and contribution,
 * and every failed gate with its margin. Same arithmetic as the column path (scores agree to float32 precision).
 */
import type { MetricKey, SiteStatus } from '../types.ts';
import { criteria, criterionIds } from './criteria.ts';
import type { CriterionId, Labels } from './criteria.ts';
import { describeCurve, evalCurve } from './curves.ts';
import type { Curve } from './curves.ts';
import { metricValue, nearestKnownM } from './columns.ts';
import { failCodeOf, gateMetrics, gateUnit, passesStatusGate, sectorIds } from './model.ts';
import type { GateMetric, Profile, SectorId, SiteInput } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { cleanWeight, effectiveCurve } from './score.ts';

/** One criterion's part in a site's score. */
export interface CriterionExplanation {
  id: CriterionId;
  label: Labels;
  metric: MetricKey;
  unit: string;
  /** The site's value in `unit`; NaN when unknown. */
  value: number;
  missing: boolean;
  curve: Curve;
  /** Language-neutral target, e.g. `≤ 400 m → 1 · ≥ 1500 m → 0`. */
  target: string;
  subScore: number;
  /** Weight as set (0 = ignored). */
  weight: number;
  /** weight / Σ positive weights: the most this criterion can add to the score. */
  share: number;
  /** subScore × share: what it adds to the score (contributions sum to the score). */
  contribution: number;
}

/** The site's status is not among the profile's statuses (never for a user site: see `passesStatusGate`). */
export interface StatusFailure {
  code: 1;
  gate: 'status';
  bound: 'status';
  /** The site's status as read (a string: data from outside may hold an unknown one). */
  status: string;
  allowed: readonly SiteStatus[];
}

/** A value outside a gate's range. */
export interface RangeFailure {
  code: number;
  gate: GateMetric;
  bound: 'min' | 'max';
  value: number;
  limit: number;
  /** How far beyond the limit, in `unit` (always > 0). */
  excess: number;
  unit: string;
}

/** One failed gate. */
export type GateFailure = StatusFailure | RangeFailure;

/**
 * A range gate of the profile that was not checked because the site's value is unknown (not a finite number): the
 * site passes it, and the card says so ("Area: value unknown, the minimum of 1,000 m² was not checked"), e.g. for a
 * user's point site given without an area.
 */
export interface UnknownGate {
  gate: GateMetric;
  bound: 'min' | 'max';
  limit: number;
  unit: string;
}

/** Everything the card shows about one site under one profile. */
export interface SiteExplanation {
  siteId: string;
  profileId: Profile['id'];
  passed: boolean;
  /** Weighted mean 0–1 (computed for failing sites too). */
  score: number;
  criteria: CriterionExplanation[];
  /** Failed gates in fail-code order (the first is the one the column path reports). */
  failures: GateFailure[];
  /** Gates passed only because the value is unknown, in fail-code order ([] when every gated value is known). */
  unknownGates: UnknownGate[];
}

/**
 * Value of a gate metric for one site (`distTransitM` = nearest of the four modes), m or the metric's unit; NaN when
 * unknown (not a finite number, as the column path reads it).
 */
export function gateValue(site: SiteInput, gate: GateMetric): number {
  if (gate === 'distTransitM') {
    return nearestKnownM(metricValue(site.distMetroM), metricValue(site.distTramM), metricValue(site.distBusM), metricValue(site.distRailStationM));
  }
  return metricValue(site[gate]);
}

/**
 * Failed gates of a site under a profile; empty when it passes. The status gate is `passesStatusGate` (a user site
 * always passes it); unknown (NaN) values pass range gates (see {@link unknownGates}).
 */
export function gateFailures(site: SiteInput, profile: Profile): GateFailure[] {
  const out: GateFailure[] = [];
  if (!passesStatusGate(site.status, profile.gates.statuses)) {
    out.push({ code: 1, gate: 'status', bound: 'status', status: site.status, allowed: profile.gates.statuses });
  }
  for (const gate of gateMetrics) {
    const range = profile.gates.limits[gate];
    if (!range) continue;
    const value = gateValue(site, gate);
    const unit = gateUnit(gate);
    const { min, max } = range;
    if (typeof min === 'number' && Number.isFinite(min) && value < min) {
      out.push({ code: failCodeOf(gate, 'min'), gate, bound: 'min', value, limit: min, excess: min - value, unit });
    }
    if (typeof max === 'number' && Number.isFinite(max) && value > max) {
      out.push({ code: failCodeOf(gate, 'max'), gate, bound: 'max', value, limit: max, excess: value - max, unit });
    }
  }
  return out;
}

/** Range gates of the profile the site passes only because its value is unknown; [] when all are known. */
export function unknownGates(site: SiteInput, profile: Profile): UnknownGate[] {
  const out: UnknownGate[] = [];
  for (const gate of gateMetrics) {
    const range = profile.gates.limits[gate];
    if (!range || gateValue(site, gate) === gateValue(site, gate)) continue;
    const unit = gateUnit(gate);
    for (const bound of ['min', 'max'] as const) {
      const limit = range[bound];
      if (typeof limit === 'number' && Number.isFinite(limit)) out.push({ gate, bound, limit, unit });
    }
  }
  return out;
}

/** Explains one site's score and gates under a profile; O(criteria + gates). */
export function explainSite(site: SiteInput, profile: Profile): SiteExplanation {
  let weightSum = 0;
  for (const id of criterionIds) weightSum += cleanWeight(profile.weights[id]);
  const rows: CriterionExplanation[] = [];
  let score = 0;
  for (const id of criterionIds) {
    const c = criteria[id];
    const curve = effectiveCurve(profile, id);
    const value = metricValue(site[c.metric]);
    const subScore = evalCurve(curve, value);
    const w = cleanWeight(profile.weights[id]);
    const share = weightSum > 0 ? w / weightSum : 0;
    const contribution = subScore * share;
    score += contribution;
    rows.push({
      id, label: c.label, metric: c.metric, unit: c.unit, value, missing: value !== value, curve,
      target: describeCurve(curve, c.unit), subScore, weight: w, share, contribution,
    });
  }
  const failures = gateFailures(site, profile);
  return { siteId: site.siteId, profileId: profile.id, passed: failures.length === 0, score, criteria: rows, failures, unknownGates: unknownGates(site, profile) };
}

/** A site's standing under one sector, for the card's "all sectors" row. */
export interface SectorStanding {
  sector: SectorId;
  label: Labels;
  passed: boolean;
  score: number;
  /** First failed gate, or null. */
  failure: GateFailure | null;
}

/** The site's score and pass/fail under each of the five sector profiles (defaults, not the user's edits). */
export function scoreSiteAllSectors(site: SiteInput, profiles: Readonly<Record<SectorId, Profile>> = sectorProfiles): SectorStanding[] {
  return sectorIds.map((sector) => {
    const e = explainSite(site, profiles[sector]);
    return { sector, label: profiles[sector].label, passed: e.passed, score: e.score, failure: e.failures[0] ?? null };
  });
}
