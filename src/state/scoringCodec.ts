/**
 * URL form of the scoring state, the value of `sector=`: `<sector>` then `*<key>-<value>` for each difference from
 * the sector defaults, e.g. `construction*areaM2-2000_*no2UgM3-_30*canal-0`. Keys: a gate metric (value `min_max`,
 * empty side = unbounded, `_` alone = gate removed), `statuses` (value `available_new-productive`: the value is
 * everything after the first dash, so a status may hold a dash) or a criterion id (value = weight, 0–5).
 * Reading falls back per key: an unknown key (e.g. the former `kinds`), a malformed value, a status list naming no
 * known status, a negative or inverted range leave that key at the sector default; a weight above 5 is set to 5.
 * Each such part is reported so the app can tell the user a link was only partly understood.
 * Only `[A-Za-z0-9*._-]` is used, so the text survives URLSearchParams and encodeURIComponent unchanged.
 */
import { rangeProblem, sameRange, sameStatuses, orderedStatuses } from '../core/scoring/customProfile.ts';
import { criterionIds, type CriterionId } from '../core/scoring/criteria.ts';
import { gateMetrics, type GateMetric, type Range } from '../core/scoring/model.ts';
import { profileOf } from '../core/scoring/profiles.ts';
import { siteStatuses } from '../core/types.ts';
import { defaultScoringState, defaultSector, isSectorId, maxWeight, withLimit, withStatuses, withWeight, type ScoringSlice, type ScoringState } from './scoringState.ts';

/** Options of the codec. */
export const defaultCodecOptions = {
  /** Sector used when the text names none we know. */
  fallbackSector: defaultSector,
  /** Weights are clamped to [0, maxWeight]: the range of the weight sliders. */
  maxWeight,
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

/** Separates the base sector and each edit in the text. */
const separator = '*';

/** The base sector as written in a `sector=` value (the text before the first edit), known or not. */
export function baseSectorText(text: string): string {
  return text.split(separator)[0] ?? '';
}

/** Encodes a state for the URL hash (see the module comment); the sector id alone when unchanged. */
export function encodeScoringState(state: ScoringState, options: Partial<typeof defaultCodecOptions> = {}): string {
  const opts = { ...defaultCodecOptions, ...options };
  const base = profileOf(state.sector);
  const num = (x: number | undefined): string =>
    typeof x === 'number' && Number.isFinite(x) ? String(Math.round(x * 10 ** opts.decimals) / 10 ** opts.decimals) : '';
  const parts: string[] = [base.baseId];
  if (!sameStatuses(state.gates.statuses, base.gates.statuses)) parts.push(`statuses-${orderedStatuses(state.gates.statuses).join('_')}`);
  for (const g of gateMetrics) {
    const r = state.gates.limits[g];
    if (sameRange(r, base.gates.limits[g])) continue;
    parts.push(`${g}-${num(r?.min)}_${num(r?.max)}`);
  }
  for (const id of criterionIds) {
    if (state.weights[id] !== base.weights[id]) parts.push(`${id}-${num(state.weights[id]) || '0'}`);
  }
  return parts.join(separator);
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
  const [head = '', ...entries] = s.slice(0, maxTextChars).split(separator);
  const known = isSectorId(head);
  if (!known && head !== '') report(head, 'unknown');
  let state = defaultScoringState(known ? head : opts.fallbackSector);
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
  if (!isSectorId(baseSectorText(value))) return { ignored: [{ part: `sector=${value}`.slice(0, 80), reason: 'unknown' }] };
  return readScoringState(value);
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

