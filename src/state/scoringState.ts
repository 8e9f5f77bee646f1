/**
 * Scoring slice of the app state: the chosen sector with the user's gates and weights, or null when no sector is
 * chosen (the map then colours sites by status). The state, its named pure updaters and the reducer of the scoring
 * controls; its URL form is in scoringCodec.ts, the profile to score with in selectors.ts.
 */
import { rangeProblem, sameGates, sameWeights, orderedStatuses } from '../core/scoring/customProfile.ts';
import type { CriterionId } from '../core/scoring/criteria.ts';
import { sectorIds, type GateMetric, type Gates, type Range, type SectorId, type Weights } from '../core/scoring/model.ts';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import type { SiteStatus } from '../core/types.ts';

/** What the app keeps in its state and URL: the base sector and the user's gates and weights. */
export interface ScoringState {
  sector: SectorId;
  gates: Gates;
  weights: Weights;
}

/** The slice: null = no sector chosen. */
export type ScoringSlice = ScoringState | null;

/** Highest weight: the range of the weight sliders, and the cap applied to weights read from a link. */
export const maxWeight = 5;

/** Sector a state starts from when none is named (and a link naming an unknown one falls back to). */
export const defaultSector: SectorId = 'construction';

/** True when the value is one of the five sector ids. */
export function isSectorId(v: unknown): v is SectorId {
  return typeof v === 'string' && (sectorIds as readonly string[]).includes(v);
}

/** The defaults of a sector as a state. */
export function defaultScoringState(sector: SectorId = defaultSector): ScoringState {
  const p = sectorProfiles[sector];
  return { sector, gates: p.gates, weights: p.weights };
}

/** True when the state differs from its sector's defaults (the picker then shows "custom"). */
export function isCustomState(state: ScoringState): boolean {
  const p = sectorProfiles[state.sector];
  return !sameGates(state.gates, p.gates) || !sameWeights(state.weights, p.weights);
}

/** Sets one weight (clamped to the slider range 0–maxWeight). */
export function withWeight(state: ScoringState, id: CriterionId, weight: number): ScoringState {
  const w = Number.isFinite(weight) && weight > 0 ? Math.min(weight, maxWeight) : 0;
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
  return { ...state, gates: { ...state.gates, statuses: orderedStatuses(statuses) } };
}

/** Changes the scoring controls make. */
export type ScoringAction =
  | { type: 'setSector'; sector: SectorId | null }
  | { type: 'setWeight'; id: CriterionId; weight: number }
  | { type: 'setLimit'; gate: GateMetric; range: Range | null }
  | { type: 'setStatuses'; statuses: readonly SiteStatus[] }
  /** The visible switch: adds or removes both 'occupied' and 'leaving', keeping the other statuses as set. */
  | { type: 'includeNotOnOffer'; include: boolean }
  | { type: 'reset' };

/** Next slice; the same object when nothing changes. Edits without a sector are ignored. */
export function updateScoring(s: ScoringSlice, a: ScoringAction): ScoringSlice {
  if (a.type === 'setSector') {
    if (a.sector === null) return s === null ? s : null;
    // a sector starts from its defaults; picking the sector an edited state is based on also resets it
    return s && s.sector === a.sector && !isCustomState(s) ? s : defaultScoringState(a.sector);
  }
  if (!s) return s;
  switch (a.type) {
    case 'setWeight':
      return s.weights[a.id] === a.weight ? s : withWeight(s, a.id, a.weight);
    case 'setLimit': {
      const range = a.range && (isNum(a.range.min) || isNum(a.range.max)) ? clean(a.range) : null;
      // The field says why (GateControls); the state never holds a range no site could meet by construction.
      if (range && rangeProblem(range)) return s;
      return withLimit(s, a.gate, range);
    }
    case 'setStatuses':
      return withStatuses(s, a.statuses);
    case 'includeNotOnOffer': {
      const statuses = a.include ? [...s.gates.statuses, ...notOnOffer] : s.gates.statuses.filter((x) => !notOnOffer.includes(x));
      const next = withStatuses(s, statuses);
      return sameList(next.gates.statuses, s.gates.statuses) ? s : next;
    }
    case 'reset':
      return defaultScoringState(s.sector);
  }
}

/** Statuses of land nobody can settle on now, that the switch adds or removes together. */
export const notOnOffer: readonly SiteStatus[] = ['occupied', 'leaving'];

/** True when the gate lets both occupied land and land leaving production through (the switch is on). */
export function includesNotOnOffer(s: ScoringState): boolean {
  return notOnOffer.every((x) => s.gates.statuses.includes(x));
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function clean(r: Range): Range {
  const out: Range = {};
  if (isNum(r.min)) out.min = r.min;
  if (isNum(r.max)) out.max = r.max;
  return out;
}
