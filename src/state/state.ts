/**
 * App state and its pure update function. Slices are plain data; the UI dispatches actions,
 * effects (map, URL, storage) read the resulting state. Add a slice: a field in AppState, its
 * default in initialState, actions in Action, a case in update, and (if shareable) a key in hash.ts.
 */
import type { Lang } from '../i18n/i18n.ts';
import type { CodecIssueReason } from './scoringCodec.ts';
import { initialPlanner, updatePlanner, type PlannerAction, type PlannerSlice } from './planner.ts';
import { updateScoring, type ScoringAction, type ScoringSlice } from './scoringState.ts';
import { defaultVisible, toggleIds, type ToggleId } from './toggles.ts';

/** Camera: centre in degrees, zoom level, bearing in degrees. */
export interface View {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
}

/** One part of a link that was not applied as written: `part` is shown to the user (clipped), `key` is its hash key. */
export interface IgnoredPart {
  key: string;
  part: string;
  /** Sector codec reasons, or `shortlist` for a shared shortlist too long, cut or from a newer version. */
  reason: CodecIssueReason | 'shortlist';
}

/** Loading status of one data layer, as shown in the panel. */
export type LayerStatus =
  | { state: 'loading' }
  | { state: 'ready'; count: number }
  | { state: 'error'; reason: 'missing' | 'empty' | 'corrupt' | 'other'; detail: string };

export interface AppState {
  lang: Lang;
  /** Visible toggles, in catalogue order. */
  visible: readonly ToggleId[];
  selectedSiteId: string | null;
  hoveredSiteId: string | null;
  /** Current camera; null until the map (or the URL) gives one. */
  view: View | null;
  /** Per data layer / toggle status. */
  status: Partial<Record<ToggleId, LayerStatus>>;
  /** Hash keys this version does not understand, kept so links from newer versions survive a round trip. */
  extraHash: Readonly<Record<string, string>>;
  /** Chosen sector with the user's gates and weights; null = none (sites coloured by status). */
  scoring: ScoringSlice;
  /** Parts of the last opened link that were not applied, shown in a notice until dismissed. */
  linkIgnored: readonly IgnoredPart[];
  /** The planner view: open or not, indicator, selected municipality, table sort. */
  planner: PlannerSlice;
}

export type Action =
  | { type: 'setLang'; lang: Lang }
  | { type: 'toggleLayer'; id: ToggleId; on?: boolean }
  | { type: 'selectSite'; siteId: string | null }
  | { type: 'hoverSite'; siteId: string | null }
  | { type: 'setView'; view: View }
  | { type: 'setStatus'; id: ToggleId; status: LayerStatus }
  | { type: 'applyShared'; shared: SharedState }
  | { type: 'scoring'; action: ScoringAction }
  | { type: 'planner'; action: PlannerAction }
  | { type: 'dismissLinkNotice' };

/** The part of the state a URL carries. */
export interface SharedState {
  lang?: Lang;
  visible?: readonly ToggleId[];
  selectedSiteId?: string | null;
  view?: View | null;
  extraHash?: Readonly<Record<string, string>>;
  scoring?: ScoringSlice;
  planner?: PlannerSlice;
  /** Read from a link only: the parts it did not apply (a decoded link always sets it, [] when all was understood). */
  ignored?: readonly IgnoredPart[];
}

/** State at start, before the URL is applied. */
export function initialState(lang: Lang): AppState {
  return { lang, visible: [...defaultVisible], selectedSiteId: null, hoveredSiteId: null, view: null, status: {}, extraHash: {}, scoring: null, linkIgnored: [], planner: initialPlanner };
}

/** Toggles sorted in catalogue order without duplicates, so equal sets compare and serialise equally. */
export function normaliseVisible(ids: Iterable<ToggleId>): ToggleId[] {
  const set = new Set(ids);
  return toggleIds.filter((id) => set.has(id));
}

/** Next state for an action; returns the same object when nothing changes (cheap equality for effects). */
export function update(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'setLang':
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case 'toggleLayer': {
      const isOn = state.visible.includes(action.id);
      const on = action.on ?? !isOn;
      if (on === isOn) return state;
      const next = on ? [...state.visible, action.id] : state.visible.filter((id) => id !== action.id);
      return { ...state, visible: normaliseVisible(next) };
    }
    case 'selectSite':
      return state.selectedSiteId === action.siteId ? state : { ...state, selectedSiteId: action.siteId };
    case 'hoverSite':
      return state.hoveredSiteId === action.siteId ? state : { ...state, hoveredSiteId: action.siteId };
    case 'setView':
      return sameView(state.view, action.view) ? state : { ...state, view: action.view };
    case 'setStatus':
      return { ...state, status: { ...state.status, [action.id]: action.status } };
    case 'applyShared': {
      const s = action.shared;
      return {
        ...state,
        lang: s.lang ?? state.lang,
        visible: s.visible ? normaliseVisible(s.visible) : state.visible,
        selectedSiteId: s.selectedSiteId !== undefined ? s.selectedSiteId : state.selectedSiteId,
        view: s.view !== undefined ? s.view : state.view,
        extraHash: s.extraHash ?? state.extraHash,
        scoring: s.scoring !== undefined ? s.scoring : state.scoring,
        // a link without `planner=` opens the explorer: the planner view is closed, its other choices kept
        planner: s.planner ?? (s.ignored !== undefined && state.planner.on ? { ...state.planner, on: false } : state.planner),
        // a newly opened link replaces the notice of the previous one
        linkIgnored: s.ignored ?? state.linkIgnored,
      };
    }
    case 'dismissLinkNotice':
      return state.linkIgnored.length === 0 ? state : { ...state, linkIgnored: [] };
    case 'scoring': {
      const scoring = updateScoring(state.scoring, action.action);
      return scoring === state.scoring ? state : { ...state, scoring };
    }
    case 'planner': {
      const planner = updatePlanner(state.planner, action.action);
      return planner === state.planner ? state : { ...state, planner };
    }
  }
}

/** Views equal to the precision the URL keeps (1e-5 degrees ≈ 1 m, 0.01 zoom, 0.1° bearing). */
export function sameView(a: View | null, b: View | null): boolean {
  if (!a || !b) return a === b;
  return (
    Math.abs(a.lng - b.lng) < 1e-5 && Math.abs(a.lat - b.lat) < 1e-5 && Math.abs(a.zoom - b.zoom) < 0.01 && Math.abs(a.bearing - b.bearing) < 0.1
  );
}

/** The shareable part of a state. */
export function sharedOf(state: AppState): SharedState {
  return { lang: state.lang, visible: state.visible, selectedSiteId: state.selectedSiteId, view: state.view, extraHash: state.extraHash, scoring: state.scoring, planner: state.planner };
}
