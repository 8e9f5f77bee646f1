/**
 * Custom profiles and the compact URL form of {sector, gates, weights}.
 * URL form: `<sector>` then `*<key>-<value>` for each difference from the sector defaults, e.g.
 * `construction*areaM2-2000_*no2UgM3-_30*canal-0`. Keys: a gate metric (value `min_max`, empty side = unbounded,
 * `_` alone = gate removed), `statuses` (value `available_new-productive`: the value is everything after the
 * first dash, so a status may hold a dash) or a criterion id (value = weight, 0–5).
 * Reading falls back per key: an unknown key (e.g. the former `kinds`), a malformed value, a status list naming no
 * known status, a negative or inverted range leave that key at the sector default; a weight above 5 is set to 5.
 * Each such part is reported (`readScoringState`) so the app can tell the user a link was only partly understood.
 * Only `[A-Za-z0-9*._-]` is used, so the text survives URLSearchParams and encodeURIComponent unchanged.
 */
import { siteStatuses } from '../types.ts';
import type { SiteStatus } from '../types.ts';
import { criterionIds } from './criteria.ts';
import type { CriterionId } from './criteria.ts';
import { gateMetrics, sectorIds } from './model.ts';
import type { GateMetric, Gates, Profile, Range, SectorId, Weights } from './model.ts';
import { profileOf, sectorProfiles } from './profiles.ts';

/** What the app keeps in its state and URL: the base sector and the user's gates and weights. */
export interface ScoringState {
  sector: SectorId;
  gates: Gates;
  weights: Weights;
}

/** Changes to apply to a profile; a null limit removes that gate. */
export interface ProfilePatch {
  statuses?: readonly SiteStatus[];
  limits?: Partial<Record<GateMetric, Range | null>>;
  weights?: Partial<Weights>;
}

/** Options of the codec. */
export const defaultCodecOptions = {
  /** Sector used when the text names none we know. */
  fallbackSector: 'construction' as SectorId,
  /** Weights are clamped to [0, maxWeight]: the range of the weight sliders. */
  maxWeight: 5,
  /** Decimals kept for numbers in the URL. */
  decimals: 4,
};

/** Why part of a `sector=` text was not applied as written. */
export type CodecIssueReason = 'unknown' | 'above-max' | 'inverted' | 'negative';

/** One part of a `sector=` text that was not applied as written (`part` as in the text). */
export interface CodecIssue {
  part: string;
  reason: CodecIssueReason;
}

/** Result of {@link readScoringState}: the state, and the parts that fell back to the sector defaults or were capped. */
export interface ReadScoringState {
  state: ScoringState;
  ignored: CodecIssue[];
}

/** Why a gate range cannot be applied: a negative bound (every gate metric is ≥ 0) or a minimum above the maximum. */
export function rangeProblem(range: Range): 'negative' | 'inverted' | undefined {
  const { min, max } = range;
  if ((typeof min === 'number' && min < 0) || (typeof max === 'number' && max < 0)) return 'negative';
  if (typeof min === 'number' && typeof max === 'number' && min > max) return 'inverted';
  return undefined;
}

/** True when at least one weight is above 0 (with all at 0 every site scores 0: there is nothing to rank by). */
export function hasWeights(weights: Weights): boolean {
  return criterionIds.some((id) => weights[id] > 0);
}

/** A profile derived from `base` with `patch` applied; id 'custom' unless the patch changes nothing. */
export function customProfile(base: Profile, patch: ProfilePatch): Profile {
  const limits: Partial<Record<GateMetric, Range>> = { ...base.gates.limits };
  for (const g of gateMetrics) {
    const r = patch.limits?.[g];
    if (r === null) delete limits[g];
    else if (r) limits[g] = { ...r };
  }
  const gates: Gates = { statuses: patch.statuses ? normStatuses(patch.statuses) : base.gates.statuses, limits };
  const weights = { ...base.weights, ...patch.weights } as Weights;
  const changed = !sameGates(gates, base.gates) || !sameWeights(weights, base.weights);
  return { ...base, id: changed ? 'custom' : base.baseId, gates, weights };
}

/** The defaults of a sector as a state. */
export function defaultScoringState(sector: SectorId = defaultCodecOptions.fallbackSector): ScoringState {
  const p = sectorProfiles[sector];
  return { sector, gates: p.gates, weights: p.weights };
}

/** True when the state differs from its sector's defaults (the picker then shows "custom"). */
export function isCustomState(state: ScoringState): boolean {
  const p = sectorProfiles[state.sector];
  return !sameGates(state.gates, p.gates) || !sameWeights(state.weights, p.weights);
}

/** The profile to score with: the sector's own when unchanged, else a custom profile based on it. */
export function profileFromState(state: ScoringState): Profile {
  const base = sectorProfiles[state.sector];
  if (!isCustomState(state)) return base;
  const limits: Partial<Record<GateMetric, Range | null>> = {};
  for (const g of gateMetrics) limits[g] = state.gates.limits[g] ?? null;
  return customProfile(base, { statuses: state.gates.statuses, limits, weights: state.weights });
}

/** Sets one weight (clamped to the slider range 0–5). */
export function withWeight(state: ScoringState, id: CriterionId, weight: number): ScoringState {
  const w = Number.isFinite(weight) && weight > 0 ? Math.min(weight, defaultCodecOptions.maxWeight) : 0;
  return { ...state, weights: { ...state.weights, [id]: w } };
}

/** Sets one gate's range, or removes the gate with null. */
export function withLimit(state: ScoringState, gate: GateMetric, range: Range | null): ScoringState {
  const limits = { ...state.gates.limits };
  if (range) limits[gate] = { ...range };
  else delete limits[gate];
  return { ...state, gates: { ...state.gates, limits } };
}

/** Sets the allowed site statuses (kept in `siteStatuses` order, unknown values and repeats dropped). */
export function withStatuses(state: ScoringState, statuses: readonly string[]): ScoringState {
  return { ...state, gates: { ...state.gates, statuses: normStatuses(statuses) } };
}

/** Encodes a state for the URL hash (see the module comment); the sector id alone when unchanged. */
export function encodeScoringState(state: ScoringState, options: Partial<typeof defaultCodecOptions> = {}): string {
  const opts = { ...defaultCodecOptions, ...options };
  const base = profileOf(state.sector);
  const num = (x: number | undefined): string =>
    typeof x === 'number' && Number.isFinite(x) ? String(Math.round(x * 10 ** opts.decimals) / 10 ** opts.decimals) : '';
  const parts: string[] = [base.baseId];
  if (!sameStatuses(state.gates.statuses, base.gates.statuses)) parts.push(`statuses-${normStatuses(state.gates.statuses).join('_')}`);
  for (const g of gateMetrics) {
    const r = state.gates.limits[g];
    if (sameRange(r, base.gates.limits[g])) continue;
    parts.push(`${g}-${num(r?.min)}_${num(r?.max)}`);
  }
  for (const id of criterionIds) {
    if (state.weights[id] !== base.weights[id]) parts.push(`${id}-${num(state.weights[id]) || '0'}`);
  }
  return parts.join('*');
}

/** Decodes `encodeScoringState` output; never throws: unknown or malformed parts fall back to the defaults. */
export function decodeScoringState(text: unknown, options: Partial<typeof defaultCodecOptions> = {}): ScoringState {
  return readScoringState(text, options).state;
}

/** Longest `sector=` text read; the rest is reported as not understood. */
const maxTextChars = 4000;

/** Decodes like {@link decodeScoringState} and reports every part not applied as written; never throws. */
export function readScoringState(text: unknown, options: Partial<typeof defaultCodecOptions> = {}): ReadScoringState {
  const opts = { ...defaultCodecOptions, ...options };
  const ignored: CodecIssue[] = [];
  const report = (part: string, reason: CodecIssueReason) => ignored.push({ part: part.slice(0, 80), reason });
  let s = typeof text === 'string' ? text : '';
  try {
    if (s.includes('%')) s = decodeURIComponent(s);
  } catch {
    report(s, 'unknown');
    s = '';
  }
  if (s.length > maxTextChars) report(s.slice(maxTextChars), 'unknown');
  const [head = '', ...entries] = s.slice(0, maxTextChars).split('*');
  const known = (sectorIds as readonly string[]).includes(head);
  if (!known && head !== '') report(head, 'unknown');
  let state = defaultScoringState(known ? (head as SectorId) : opts.fallbackSector);
  for (const entry of entries) {
    if (entry === '') continue; // a stray `*`, e.g. at the end of a hand-edited link
    const dash = entry.indexOf('-');
    const key = dash > 0 ? entry.slice(0, dash) : '';
    const value = entry.slice(dash + 1);
    if (key === 'statuses') state = readStatuses(state, value, report);
    else if ((gateMetrics as readonly string[]).includes(key)) {
      const range = parseRange(value);
      const problem = range ? rangeProblem(range) : undefined;
      if (range === undefined) report(entry, 'unknown');
      else if (problem) report(entry, problem);
      else state = withLimit(state, key as GateMetric, range);
    } else if ((criterionIds as readonly string[]).includes(key)) {
      const w = parseNum(value);
      if (w === undefined) report(entry, 'unknown');
      else if (w < 0) report(entry, 'negative');
      else {
        if (w > opts.maxWeight) report(entry, 'above-max');
        state = withWeight(state, key as CriterionId, Math.min(w, opts.maxWeight));
      }
    } else report(entry, 'unknown');
  }
  return { state, ignored };
}

/** Applies a `statuses-` value: known statuses are kept; one naming none of them keeps the sector's default. */
function readStatuses(state: ScoringState, value: string, report: (part: string, reason: CodecIssueReason) => void): ScoringState {
  // An empty value is what the app writes when every status box is unticked.
  if (value === '') return withStatuses(state, []);
  const names = value.split('_');
  const unknown = names.filter((n) => !(siteStatuses as readonly string[]).includes(n));
  // `new-productive` is written with its dash, so a stray `_` can split it; such halves are unknown here.
  if (unknown.length > 0) report(`statuses-${unknown.join('_')}`, 'unknown');
  return unknown.length === names.length ? state : withStatuses(state, names);
}

/** `min_max` → range; `_` → null (no gate); undefined when malformed. */
function parseRange(value: string): Range | null | undefined {
  const parts = value.split('_');
  if (parts.length !== 2) return undefined;
  const [a = '', b = ''] = parts;
  const min = a === '' ? undefined : parseNum(a);
  const max = b === '' ? undefined : parseNum(b);
  if ((a !== '' && min === undefined) || (b !== '' && max === undefined)) return undefined;
  if (min === undefined && max === undefined) return null;
  const r: Range = {};
  if (min !== undefined) r.min = min;
  if (max !== undefined) r.max = max;
  return r;
}

function parseNum(s: string): number | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  const x = Number(s);
  return Number.isFinite(x) ? x : undefined;
}

function normStatuses(statuses: readonly string[]): SiteStatus[] {
  return siteStatuses.filter((st) => statuses.includes(st));
}

function sameStatuses(a: readonly string[], b: readonly string[]): boolean {
  const x = normStatuses(a);
  const y = normStatuses(b);
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

function bound(x: number | undefined): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  return bound(a?.min) === bound(b?.min) && bound(a?.max) === bound(b?.max);
}

function sameGates(a: Gates, b: Gates): boolean {
  return sameStatuses(a.statuses, b.statuses) && gateMetrics.every((g) => sameRange(a.limits[g], b.limits[g]));
}

function sameWeights(a: Weights, b: Weights): boolean {
  return criterionIds.every((id) => a[id] === b[id]);
}
