/**
 * Custom profiles and the compact URL form of {sector, gates, weights}.
 * URL form: `<sector>` then `*<key>-<value>` for each difference from the sector defaults, e.g.
 * `construction*areaM2-2000_*no2UgM3-_30*canal-0`. Keys: a gate metric (value `min_max`, empty side = unbounded,
 * `_` alone = gate removed), `statuses` (value `available_new-productive`: the value is everything after the
 * first dash, so a status may hold a dash) or a criterion id (value = weight). Unknown keys (e.g. the former
 * `kinds`) are ignored.
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
  /** Weights are clamped to [0, maxWeight]. */
  maxWeight: 100,
  /** Decimals kept for numbers in the URL. */
  decimals: 4,
};

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

/** Sets one weight (clamped to ≥ 0). */
export function withWeight(state: ScoringState, id: CriterionId, weight: number): ScoringState {
  const w = Number.isFinite(weight) && weight > 0 ? weight : 0;
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
  const opts = { ...defaultCodecOptions, ...options };
  let s = typeof text === 'string' ? text : '';
  try {
    if (s.includes('%')) s = decodeURIComponent(s);
  } catch {
    s = '';
  }
  const [head = '', ...entries] = s.slice(0, 4000).split('*');
  const sector = (sectorIds as readonly string[]).includes(head) ? (head as SectorId) : opts.fallbackSector;
  let state = defaultScoringState(sector);
  for (const entry of entries) {
    const dash = entry.indexOf('-');
    if (dash <= 0) continue;
    const key = entry.slice(0, dash);
    const value = entry.slice(dash + 1);
    if (key === 'statuses') {
      state = withStatuses(state, value.split('_'));
    } else if ((gateMetrics as readonly string[]).includes(key)) {
      const range = parseRange(value);
      if (range !== undefined) state = withLimit(state, key as GateMetric, range);
    } else if ((criterionIds as readonly string[]).includes(key)) {
      const w = parseNum(value);
      if (w !== undefined && w >= 0) state = withWeight(state, key as CriterionId, Math.min(w, opts.maxWeight));
    }
  }
  return state;
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
