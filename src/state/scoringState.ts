/**
 * Scoring slice of the app state: the chosen sector with the user's gates and weights, or null when no
 * sector is chosen (the map then colours sites by status). Pure update functions and the URL codec of `sector=`.
 */
import type { SiteStatus } from '../core/types.ts';
import {
  defaultScoringState,
  encodeScoringState,
  isCustomState,
  rangeProblem,
  readScoringState,
  sectorIds,
  withLimit,
  withStatuses,
  withWeight,
  type CodecIssue,
  type CriterionId,
  type GateMetric,
  type Range,
  type ScoringState,
  type SectorId,
} from '../core/scoring/index.ts';

/** The slice: null = no sector chosen. */
export type ScoringSlice = ScoringState | null;

/** Changes the scoring controls make. */
export type ScoringAction =
  | { type: 'setSector'; sector: SectorId | null }
  | { type: 'setWeight'; id: CriterionId; weight: number }
  | { type: 'setLimit'; gate: GateMetric; range: Range | null }
  | { type: 'setStatuses'; statuses: readonly SiteStatus[] }
  /** The visible switch: adds or removes both 'occupied' and 'leaving', keeping the other statuses as set. */
  | { type: 'includeNotOnOffer'; include: boolean }
  | { type: 'reset' };

/** True when the value is one of the five sector ids. */
export function isSectorId(v: unknown): v is SectorId {
  return typeof v === 'string' && (sectorIds as readonly string[]).includes(v);
}

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

/** `sector=` value for a slice; undefined (key left out) when no sector is chosen. */
export function encodeScoringHash(s: ScoringSlice): string | undefined {
  return s ? encodeScoringState(s) : undefined;
}

/** Slice from a `sector=` value; undefined when it names no known sector (the key is then ignored). */
export function decodeScoringHash(value: string): ScoringState | undefined {
  return readScoringHash(value).state;
}

/** Like {@link decodeScoringHash}, with the parts of the value that were not applied as written. */
export function readScoringHash(value: string): { state?: ScoringState; ignored: CodecIssue[] } {
  const head = value.split('*')[0];
  if (!isSectorId(head)) return { ignored: [{ part: `sector=${value}`.slice(0, 80), reason: 'unknown' }] };
  return readScoringState(value);
}
