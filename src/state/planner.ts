/**
 * The planner view's slice: whether it is open, the indicator the table sorts and the map colours by, the selected
 * municipality and the table's sort. Pure updaters; the URL keeps mode, indicator and municipality (`planner=`).
 */
import { defaultIndicator, isIndicatorId, type IndicatorId } from '../core/planner/indicators.ts';

/** Sort of the municipality table: by name or by an indicator, descending or not. */
export interface PlannerSort {
  by: IndicatorId | 'name';
  desc: boolean;
}

/** The planner view's state. */
export interface PlannerSlice {
  /** True while the planner view replaces the sector panel. */
  on: boolean;
  indicator: IndicatorId;
  /** NIS code of the selected municipality, null when none. */
  nis: string | null;
  sort: PlannerSort;
}

/** Actions on the planner slice. */
export type PlannerAction =
  | { type: 'open'; on: boolean }
  | { type: 'indicator'; id: IndicatorId }
  | { type: 'select'; nis: string | null }
  | { type: 'sort'; sort: PlannerSort };

/** The slice at start: closed, productive hectares, largest first. */
export const initialPlanner: PlannerSlice = { on: false, indicator: defaultIndicator, nis: null, sort: { by: defaultIndicator, desc: true } };

/** True for a Belgian NIS municipality code (5 digits). */
export const isNis = (v: string): boolean => /^\d{5}$/.test(v);

/** Next slice for an action; the same object when nothing changes. */
export function updatePlanner(s: PlannerSlice, a: PlannerAction): PlannerSlice {
  switch (a.type) {
    case 'open':
      return s.on === a.on ? s : { ...s, on: a.on };
    case 'indicator':
      // the table follows the map's indicator, so the ranked column and the colours say the same thing
      return s.indicator === a.id ? s : { ...s, indicator: a.id, sort: { by: a.id, desc: s.sort.by === a.id ? s.sort.desc : true } };
    case 'select':
      return s.nis === a.nis ? s : { ...s, nis: a.nis };
    case 'sort':
      return s.sort.by === a.sort.by && s.sort.desc === a.sort.desc ? s : { ...s, sort: a.sort };
  }
}

/** `planner=` value of a slice (`<indicator>` or `<indicator>/<nis>`), undefined when the view is closed. */
export function encodePlannerHash(s: PlannerSlice): string | undefined {
  if (!s.on) return undefined;
  return s.nis ? `${s.indicator}/${s.nis}` : s.indicator;
}

/** Slice from a `planner=` value; `bad` names the parts that could not be used (each falls back on its own). */
export function decodePlannerHash(v: string): { slice: PlannerSlice; bad: string[] } {
  const [ind = '', nis, ...rest] = v.split('/');
  const bad: string[] = [];
  const indicator = ind === '' ? defaultIndicator : isIndicatorId(ind) ? ind : (bad.push(ind), defaultIndicator);
  const okNis = nis !== undefined && nis !== '' && isNis(nis) ? nis : null;
  if (nis !== undefined && nis !== '' && !okNis) bad.push(nis);
  if (rest.length) bad.push(rest.join('/'));
  return { slice: { on: true, indicator, nis: okNis, sort: { by: indicator, desc: true } }, bad };
}
