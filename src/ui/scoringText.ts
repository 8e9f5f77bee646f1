/** Words for the scoring UI: sector names, gate failures with their bound (card, compare, print, shortlist). */
import type { Labels } from '../core/scoring/criteria.ts';
import { gateMetrics, gateUnit, type FailCodeInfo, type GateMetric, type Profile } from '../core/scoring/model.ts';
import { gateText, type GateFailureLike } from '../core/export/fromScoring.ts';
import { statusLabels } from '../core/status/labels.ts';
import { siteStatuses, type SiteStatus } from '../core/types.ts';
import { t, type Lang, type MessageKey, numberFormat } from '../i18n/i18n.ts';
import type { ScoringState } from '../state/scoringState.ts';
import { formatArea } from './format.ts';

/** Label in the UI language from a core Labels object. */
export function label(lang: Lang, l: Labels): string {
  return l[lang];
}

/** The profile's sector name, or "Custom (based on …)" when its gates or weights differ from the sector's. */
export function profileName(lang: Lang, profile: Profile): string {
  const name = label(lang, profile.label);
  return profile.id === 'custom' ? t(lang, 'sectorCustom', { sector: name }) : name;
}

const metricLabel = (g: GateMetric): MessageKey => `m${g[0]!.toUpperCase()}${g.slice(1)}` as MessageKey;

/** A gate bound with its unit: "20 µg/m³", "1,000 m²", "800 m". */
export function formatLimit(lang: Lang, gate: GateMetric, limit: number): string {
  if (gate === 'areaM2') return formatArea(lang, limit);
  const unit = gateUnit(gate);
  const v = numberFormat(lang, 1).format(limit);
  return unit ? `${v} ${unit}` : v;
}

const isStatus = (v: string): v is SiteStatus => (siteStatuses as readonly string[]).includes(v);

/** Names of statuses in the UI language, joined with ' / ' in `siteStatuses` order; unknown values as they are. */
export function statusNames(lang: Lang, statuses: string | readonly string[]): string {
  const list = typeof statuses === 'string' ? [statuses] : statuses;
  const known = siteStatuses.filter((st) => list.includes(st)).map((st) => statusLabels[st][lang]);
  return [...known, ...list.filter((v) => !isStatus(v))].join(' / ');
}

/** Statuses the gate leaves out: for a summary, the statuses of every site failing the status gate. */
export function excludedStatuses(s: ScoringState): SiteStatus[] {
  return siteStatuses.filter((st) => !s.gates.statuses.includes(st));
}

/**
 * Why a site fails one gate, in words with its bound: "NO2 above 20 µg/m³", "Housing closer than 50 m",
 * 'status "Occupied" not included'. For the status gate, `info.status` is the site's status (or a summary's list).
 */
export function failureText(lang: Lang, info: FailCodeInfo & { status?: string | readonly string[] }, limit: number | undefined): string {
  if (info.gate === 'status') return t(lang, 'failStatus', { status: statusNames(lang, info.status ?? []) });
  const gate = info.gate;
  // The state can drop a gate a moment before the scores catch up: name the criterion without a bound.
  if (limit === undefined) return t(lang, metricLabel(gate));
  const isDistance = gate.startsWith('dist');
  const key: MessageKey = info.bound === 'min' ? (isDistance ? 'failCloser' : 'failBelow') : isDistance ? 'failFarther' : 'failAbove';
  return t(lang, key, { label: t(lang, metricLabel(gate)), limit: formatLimit(lang, gate, limit) });
}

const isGateMetric = (g: string): g is GateMetric => (gateMetrics as readonly string[]).includes(g);

/** One failed gate (from the scores of the shortlist views) in the card's words; its export code if the gate is unknown. */
export function gateFailureText(lang: Lang, f: GateFailureLike): string {
  if (f.gate === 'status' && f.bound === 'status' && f.status !== undefined) return failureText(lang, { gate: 'status', bound: 'status', status: f.status }, undefined);
  if (isGateMetric(f.gate) && f.bound !== 'status') return failureText(lang, { gate: f.gate, bound: f.bound }, f.limit);
  return gateText(f);
}

/** "fails: Area below 1,000 m²; …": why a site is out of a sector (';' because a bound may hold a comma). */
export function failsText(lang: Lang, failures: readonly GateFailureLike[]): string {
  return t(lang, 'slFailsGates', { gates: failures.map((f) => gateFailureText(lang, f)).join('; ') });
}

/** The bound of a gate in a scoring state (the one a failure names). */
export function limitOf(s: ScoringState, info: FailCodeInfo): number | undefined {
  if (info.gate === 'status') return undefined;
  const r = s.gates.limits[info.gate];
  return info.bound === 'min' ? r?.min : info.bound === 'max' ? r?.max : undefined;
}
