/**
 * Keeps the URL hash and the state in step: state changes write the hash (a new history entry for
 * layers, language and selection; a replaced one for camera moves), back/forward and edited hashes
 * are read back. Malformed hashes fall back to defaults.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { MapController } from '../map/mapView.ts';
import { decodeHash, encodeHash } from '../state/hash.ts';
import { baseSectorText } from '../state/scoringCodec.ts';
import { sameView, sharedOf, type Action, type AppState } from '../state/state.ts';
import { defaultVisible } from '../state/toggles.ts';

/** Within this many ms, further gate or weight edits of the same sector replace the history entry (a slider drag is one step back). */
const tuningCoalesceMs = 1500;

/** The hash without its `sector=` value, and that value's base sector (the text before the first edit). */
function splitSector(hash: string): { rest: string; base: string | null } {
  const parts = hash.replace(/^#/, '').split('&');
  const sector = parts.find((p) => p.startsWith('sector='));
  return { rest: parts.filter((p) => p !== sector).join('&'), base: sector ? baseSectorText(sector.slice('sector='.length)) : null };
}

/** True when only the gates or weights of the same sector differ between two hashes. */
export function onlyTuningChanged(prev: string, next: string): boolean {
  const a = splitSector(prev);
  const b = splitSector(next);
  return a.rest === b.rest && a.base !== null && a.base === b.base;
}

/** Sync hook; `map` may be null until the map exists. */
export function useHashSync(state: AppState, dispatch: (a: Action) => void, map: MapController | null): void {
  const last = useRef<string>(location.hash);
  const lastNonView = useRef<string>(encodeHash({ ...sharedOf(state), view: null }));
  const fromNav = useRef(false);
  const lastTuningAt = useRef(0);

  useEffect(() => {
    const hash = encodeHash(sharedOf(state));
    if (hash === last.current) return;
    const nonView = encodeHash({ ...sharedOf(state), view: null });
    const url = `${location.pathname}${location.search}${hash}`;
    const tuning = onlyTuningChanged(lastNonView.current, nonView);
    const coalesce = tuning && performance.now() - lastTuningAt.current < tuningCoalesceMs;
    lastTuningAt.current = tuning ? performance.now() : 0;
    // a state that came from back/forward only canonicalises the URL: never push over the forward entries
    if (nonView !== lastNonView.current && !fromNav.current && !coalesce) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    last.current = hash;
    lastNonView.current = nonView;
    fromNav.current = false;
  }, [state.lang, state.visible, state.selectedSiteId, state.view, state.extraHash, state.scoring, state.planner]);

  useEffect(() => {
    const onNav = () => {
      if (location.hash === last.current) return;
      const shared = decodeHash(location.hash);
      last.current = location.hash;
      lastNonView.current = encodeHash({ ...shared, visible: shared.visible ?? defaultVisible, view: null });
      fromNav.current = true;
      dispatch({
        type: 'applyShared',
        shared: { visible: defaultVisible, selectedSiteId: null, extraHash: {}, scoring: null, ...shared },
      });
    };
    addEventListener('popstate', onNav);
    addEventListener('hashchange', onNav);
    return () => {
      removeEventListener('popstate', onNav);
      removeEventListener('hashchange', onNav);
    };
  }, [dispatch]);

  useEffect(() => {
    if (map && state.view && !sameView(state.view, map.view())) map.jumpTo(state.view);
  }, [map, state.view]);
}
