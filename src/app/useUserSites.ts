/**
 * The user's own sites in the app: read from the browser's storage at start (a problem is said, never hidden),
 * measured in the worker when the data build changed or they were never measured, saved after every change, drawn
 * on the map and merged with the shipped sites for the list, scoring, card, shortlist, exports and print.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FeatureCollection } from 'geojson';
import type { CheckedManifest } from '../data/manifest.ts';
import type { SiteMeasurer } from '../data/measureSource.ts';
import { idbUserSiteKv, loadUserSites, saveUserSites, type LoadUserSitesResult, type UserSiteKv } from '../data/userSiteStore.ts';
import type { MapController } from '../map/mapView.ts';
import type { Action } from '../state/state.ts';
import { emptyUserSites, selectUnmeasuredUserSites, selectUserSiteFeatures, setUserSitesMeasured, userSitesFromStored, type UserSitesState } from '../state/userSites.ts';

/** What the storage said at start or at the last save, for the notice above the list. */
export type UserStoreNotice =
  | { kind: 'unavailable' | 'newer-version' | 'full' | 'save-failed' }
  | { kind: 'corrupt'; dropped: number; backupKey: string | null }
  | { kind: 'remeasure'; count: number };

/** The user's sites as the app holds them, and the ways to change them. */
export interface UserSites {
  state: UserSitesState;
  /** Apply a pure update (from src/state/userSites.ts); the result is saved and drawn. */
  update(change: (s: UserSitesState) => UserSitesState): void;
  /** The measurer, started on first use (its worker loads the context layers once). */
  measurer(): Promise<SiteMeasurer>;
  notice: UserStoreNotice | null;
  dismissNotice(): void;
  /** True once the stored sites were read (or found unreadable). */
  loaded: boolean;
  /** The measured user sites as GeoJSON (what the map draws). */
  features: FeatureCollection;
}

/** Keep the user's sites: load, measure, save, and draw them on `map`. */
export function useUserSites(manifest: CheckedManifest | null, geodataBase: string, map: MapController | null, dispatch: (a: Action) => void): UserSites {
  const [state, setState] = useState<UserSitesState>(emptyUserSites);
  const [notice, setNotice] = useState<UserStoreNotice | null>(null);
  const [loaded, setLoaded] = useState(false);
  const kv = useRef<UserSiteKv | null | undefined>(undefined);
  const safeToSave = useRef(false);
  const stored = useRef<UserSitesState['sites'] | null>(null); // the sites as read from the store
  const measurerRef = useRef<Promise<SiteMeasurer> | null>(null);
  const inputsHash = manifest?.inputsHash ?? null;

  const measurer = () =>
    (measurerRef.current ??= import('../data/measureSource.ts').then((m) => m.createSiteMeasurer(geodataBase)));

  // read once the manifest says which data build measured values belong to
  useEffect(() => {
    if (!manifest) return;
    let live = true;
    kv.current = idbUserSiteKv();
    void loadUserSites(kv.current, inputsHash, new Date().toISOString()).then((r: LoadUserSitesResult) => {
      if (!live) return;
      safeToSave.current = r.safeToSave;
      const restored = userSitesFromStored(r.sites.map((s) => ({ record: s.record, measured: s.measured })));
      stored.current = restored.sites;
      setState(restored);
      setNotice(noticeOf(r));
      setLoaded(true);
    });
    return () => void (live = false);
  }, [manifest]);

  // measure what was never measured with this data build (stored before, or measured with older layers); keyed by
  // the sites to measure, so renaming, removing or importing measured sites does not restart a long measure
  const todoKey = useMemo(() => selectUnmeasuredUserSites(state).map((r) => r.id).join(','), [state]);
  const stateRef = useRef(state);
  stateRef.current = state;
  useEffect(() => {
    if (!loaded || todoKey === '') return;
    const todo = selectUnmeasuredUserSites(stateRef.current);
    const ac = new AbortController();
    void measurer()
      .then((m) => m.measure(todo, () => undefined, ac.signal))
      .then((features) => setState((s) => setUserSitesMeasured(s, features.map((f) => ({ id: f.properties.siteId, properties: f.properties })))))
      .catch(() => undefined); // aborted, or the worker failed: the sites stay listed, unmeasured
    return () => ac.abort();
  }, [loaded, todoKey]);

  // save after every change once loaded, unless the store must not be written (newer version, unreadable)
  useEffect(() => {
    // what was just read needs no writing back
    if (!loaded || !safeToSave.current || kv.current === undefined || state.sites === stored.current) return;
    const entries = state.sites.map((e) => ({ record: e.record, measured: e.measured }));
    void saveUserSites(kv.current, entries, inputsHash, new Date().toISOString()).then((r) => {
      if (!r.ok) setNotice({ kind: r.problem === 'full' ? 'full' : r.problem === 'newer-version' ? 'newer-version' : 'save-failed' });
    });
  }, [loaded, state]);

  const features = useMemo<FeatureCollection>(() => ({ type: 'FeatureCollection', features: [...selectUserSiteFeatures(state)] }), [state]);
  useEffect(() => map?.setUserSites(features), [map, features]);
  // the layer row counts the user's sites like any layer (0 is a count, not a load under way)
  useEffect(() => {
    if (loaded) dispatch({ type: 'setStatus', id: 'user-sites', status: { state: 'ready', count: state.sites.length } });
  }, [loaded, state.sites.length]);

  return {
    state,
    update: (change) => setState(change),
    measurer,
    notice,
    dismissNotice: () => setNotice(null),
    loaded,
    features,
  };
}

/** The notice a load result calls for, or null when all was read. */
function noticeOf(r: LoadUserSitesResult): UserStoreNotice | null {
  if (r.problem === 'corrupt') return { kind: 'corrupt', dropped: r.dropped, backupKey: r.backupKey ?? null };
  if (r.problem === 'unavailable' || r.problem === 'newer-version') return { kind: r.problem };
  if (r.remeasure > 0) return { kind: 'remeasure', count: r.remeasure };
  return null;
}
