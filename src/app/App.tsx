/**
 * The explorer: side panel (language, layers, about) beside the map, site card over it.
 * State lives in one reducer (src/state); effects push it to the map, the URL and storage.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { BasemapFailure, CheckedManifest } from '../data/manifest.ts';
import type { LayerSource } from '../core/types.ts';
import { AboutDetails } from './AboutDetails.tsx';
import type { GeodataSource } from '../data/source.ts';
import { initialLanguage, rememberLanguage, t, type KeyValueStore } from '../i18n/i18n.ts';
import { decodeHash } from '../state/hash.ts';
import { selectProfile } from '../state/selectors.ts';
import { initialState, update } from '../state/state.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { LayerPanel } from '../ui/LayerPanel.tsx';
import { LinkNotice } from '../ui/LinkNotice.tsx';
import { SitesUnavailable } from '../ui/DataNotices.tsx';
import { profileName } from '../ui/scoringText.ts';
import { SiteCard } from '../ui/SiteCard.tsx';
import { RankedList } from '../ui/RankedList.tsx';
import { ScoreBreakdown } from '../ui/ScoreBreakdown.tsx';
import { ScoringPanel } from '../ui/ScoringPanel.tsx';
import { useScoring, useStability } from './useScoring.ts';
import type { MapController } from '../map/mapView.ts';
import { mapSettled, startMap } from './mapSession.ts';
import { createLayerStore, startLayers, type LayerStore } from './layerStore.ts';
import type { ContextLayers } from '../state/contextLayers.ts';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useHashSync } from './useHashSync.ts';
import { safeStorage } from '../state/shortlistStorage.ts';
import { ShortlistArea } from '../ui/ShortlistArea.tsx';
import { StarButton } from '../ui/StarButton.tsx';
import { useContextLayers, useSites } from './useContextLayers.ts';
import { useShortlist } from './useShortlist.ts';
import { usePlanner } from './usePlanner.ts';
import { usePlannerMap } from './usePlannerMap.ts';
import { useSiteReach } from './useSiteReach.ts';
import { ReachLegend } from '../ui/ReachLegend.tsx';
import { ModeSwitch } from '../ui/ModeSwitch.tsx';
import { useUserSites } from './useUserSites.ts';
import { withUserSites } from '../state/userSites.ts';
import { useImportFlow } from './useImportFlow.ts';
import { UserSitesArea } from './UserSitesArea.tsx';
import { MapDropOverlay } from '../ui/usersites/MapDropOverlay.tsx';
import type { RegionTest } from '../core/usersites/records.ts';

export interface AppProps {
  source: GeodataSource;
  /** Absolute URL of the geodata directory. */
  geodataBase: string;
  storage: KeyValueStore | undefined;
  /** Online style URL (optional; the offline basemap is the default). */
  styleUrl?: string;
}

/** Sources the planner sheet cites, with their dates: the layers its indicators are computed from. */
function plannerSources(manifest: CheckedManifest | null) {
  const ids = ['sites', 'communes', 'sectors', 'land-losses', 'no2-points', 'transit-stops'];
  const layers = (manifest?.layers ?? []).filter((l) => ids.includes(l.id)).map((l) => ({ id: l.id, ...l.source }));
  const census = (manifest as { planner?: { source?: LayerSource } } | null)?.planner?.source;
  return census ? [...layers, { id: 'census', ...census }] : layers;
}

/** The region test of imports and drawings, once the region outline is loaded (its code loads on demand). */
async function regionTestOf(layers: LayerStore): Promise<RegionTest> {
  await layers.load(['region'], new AbortController().signal);
  const region = layers.get('region')?.features[0]?.geometry;
  if (!region || (region.type !== 'Polygon' && region.type !== 'MultiPolygon')) throw new Error('region.fgb: the region outline could not be loaded');
  const { makeRegionTest } = await import('../core/usersites/regionTest.ts');
  return makeRegionTest(region as Polygon | MultiPolygon);
}

/** Context layers whose `sites` also hold the user's measured sites (their geometry for exports, print and compare). */
function withUserFeatures(context: ContextLayers, user: FeatureCollection): ContextLayers {
  if (user.features.length === 0) return context;
  const shipped = context.layers.sites?.features ?? [];
  return { ...context, layers: { ...context.layers, sites: { type: 'FeatureCollection', features: [...shipped, ...user.features] } } };
}

type Fatal = { kind: 'webgl' } | { kind: 'manifest' | 'map'; detail: string };

/** Root component. */
export function App({ source, geodataBase, storage, styleUrl }: AppProps) {
  const [state, dispatch] = useReducer(update, undefined, () =>
    update(initialState(initialLanguage(storage, navigator.languages)), { type: 'applyShared', shared: decodeHash(location.hash) }),
  );
  const [manifest, setManifest] = useState<CheckedManifest | null>(null);
  const [basemapFailures, setBasemapFailures] = useState<readonly BasemapFailure[]>([]);
  const [fatal, setFatal] = useState<Fatal | null>(null);
  // one store per app: layers load (and the list ranks) whether or not a map can be drawn
  const [layers] = useState(() => createLayerStore(source));
  const shippedSites = useSites(layers);
  // on a phone the map comes first; the panel opens from its button
  const narrow = () => typeof matchMedia === 'function' && matchMedia('(max-width: 700px)').matches;
  const [panelOpen, setPanelOpen] = useState(() => !narrow());
  const mapEl = useRef<HTMLDivElement>(null);
  const context = useContextLayers(layers);
  const [map, setMap] = useState<MapController | null>(null);
  const user = useUserSites(manifest, geodataBase, map, dispatch);
  // the user's measured sites join the shipped ones everywhere a site goes (list, scoring, card, shortlist, exports)
  const sites = withUserSites(shippedSites, user.state);
  // one region test per app: the outline is reprojected once, for every import and drawing
  const regionTest = useMemo(() => {
    let test: Promise<RegionTest> | undefined;
    return () => (test ??= regionTestOf(layers).catch((e: unknown) => ((test = undefined), Promise.reject(e))));
  }, [layers]);
  const flow = useImportFlow(user, regionTest);
  const shortlistContext = useMemo(() => withUserFeatures(context, user.features), [context, user.features]);
  const started = useRef(false);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    const ac = new AbortController();
    source.manifest(ac.signal).then(setManifest, (e: unknown) => {
      if (!ac.signal.aborted) setFatal({ kind: 'manifest', detail: e instanceof Error ? e.message : String(e) });
    });
    return () => ac.abort();
  }, [source]);

  useEffect(() => {
    if (!manifest || !mapEl.current || started.current) return;
    started.current = true; // the map is created once
    const ac = new AbortController();
    const mapStart = startMap({ container: mapEl.current, manifest, geodataBase, styleUrl, layers, initial: stateRef.current, dispatch, onBasemapFailure: (f) => setBasemapFailures((l) => [...l, f]), signal: ac.signal });
    void startLayers(layers, stateRef.current.visible, dispatch, ac.signal, () => mapSettled(mapStart));
    mapStart
      .then((s) => {
        if (s === 'no-webgl') setFatal({ kind: 'webgl' });
        else setMap(s);
      })
      .catch((e: unknown) => setFatal({ kind: 'map', detail: e instanceof Error ? e.message : String(e) }));
  }, [manifest]);

  useEffect(() => map?.setVisible(state.visible), [map, state.visible]);
  useEffect(() => map?.setHovered(state.hoveredSiteId), [map, state.hoveredSiteId]);
  useEffect(() => map?.setSelected(state.selectedSiteId), [map, state.selectedSiteId, sites]);
  useEffect(() => {
    map?.setLanguage(state.lang, t(state.lang, 'fitRegion'));
    rememberLanguage(storage, state.lang);
    document.documentElement.lang = state.lang;
    document.title = t(state.lang, 'appTitle');
  }, [map, state.lang]);
  useHashSync(state, dispatch, map);
  const [shortlistStore] = useState(() => safeStorage(() => window.localStorage));
  const shortlist = useShortlist(shortlistStore);
  // derived once per change of the scoring state, then passed on (Scored carries it too)
  const profile = selectProfile(state.scoring);
  const scored = useScoring(sites, profile);
  const stability = useStability(scored);
  // layout effect: the map recolours in the same task as the control change (measured by bench-scoring-map)
  useLayoutEffect(() => map?.setScores(scored && { siteIds: scored.cols.siteIds, scores: scored.scores, failCode: scored.failCode }), [map, scored]);
  const plannerOn = state.planner.on;
  const planner = usePlanner(source, plannerOn);
  const plannerDispatch = usePlannerMap(map, state.planner, planner, dispatch);
  const reach = useSiteReach(source, map, state.selectedSiteId, sites);
  useEffect(() => {
    if (state.selectedSiteId && narrow()) setPanelOpen(false); // the card and the panel do not both fit
  }, [state.selectedSiteId]);

  const lang = state.lang;
  const selected = state.selectedSiteId ? sites.get(state.selectedSiteId) : undefined;
  return (
    <div class={`app${panelOpen ? ' panel-open' : ''}`}>
      {/* a button, not href="#map": the hash belongs to the shared view */}
      <button type="button" class="skip-link" onClick={() => mapEl.current?.focus()}>
        {t(lang, 'skipToMap')}
      </button>
      <button type="button" class="panel-toggle" aria-expanded={panelOpen} aria-controls="side-panel" onClick={() => setPanelOpen(!panelOpen)}>
        {t(lang, 'panelToggle')}
      </button>
      <div class="side-panel" id="side-panel">
        <header class="app-header">
          <h1>{t(lang, 'appTitle')}</h1>
          <p class="subtitle">{t(lang, 'appSubtitle')}</p>
          <div class="header-tools">
            <LanguageSwitch lang={lang} onChange={(l) => dispatch({ type: 'setLang', lang: l })} />
            <button type="button" class="fit-region" onClick={() => map?.fitRegion()}>
              {t(lang, 'fitRegion')}
            </button>
          </div>
        </header>
        <LinkNotice lang={lang} parts={state.linkIgnored} onDismiss={() => dispatch({ type: 'dismissLinkNotice' })} />
        <ModeSwitch lang={lang} planner={plannerOn} onChange={(on) => dispatch({ type: 'planner', action: { type: 'open', on } })} />
        {plannerOn ? (
          planner.View ? (
            <planner.View
              lang={lang}
              data={planner.data}
              error={planner.error}
              losses={planner.lossList}
              indicator={state.planner.indicator}
              selectedNis={state.planner.nis}
              sort={state.planner.sort}
              sources={plannerSources(manifest)}
              {...plannerDispatch}
            />
          ) : (
            <p class="planner-loading" role="status">
              {planner.error ?? t(lang, 'plannerLoading')}
            </p>
          )
        ) : (
        <ScoringPanel lang={lang} state={state.scoring} profile={profile} scored={scored} dispatch={(action) => dispatch({ type: 'scoring', action })}>
          {state.status.sites?.state === 'error' ? (
            <SitesUnavailable lang={lang} status={state.status.sites} />
          ) : scored && (
            <RankedList
              lang={lang}
              scored={scored}
              sites={sites}
              stability={stability}
              isStarred={shortlist.isStarred}
              onToggleStar={shortlist.toggle}
              selectedSiteId={state.selectedSiteId}
              hoveredSiteId={state.hoveredSiteId}
              onHover={(siteId) => dispatch({ type: 'hoverSite', siteId })}
              onOpen={(siteId) => {
                dispatch({ type: 'selectSite', siteId });
                map?.zoomToSite(siteId);
              }}
            />
          )}
        </ScoringPanel>
        )}
        <UserSitesArea
          lang={lang}
          user={user}
          flow={flow}
          map={map}
          onOpen={(siteId) => {
            dispatch({ type: 'selectSite', siteId });
            map?.zoomToSite(siteId);
          }}
        />
        <ShortlistArea lang={lang} api={shortlist} sites={sites} context={shortlistContext} profile={profile} scored={scored} manifest={manifest} onSelect={(siteId) => dispatch({ type: 'selectSite', siteId })} />
        <LayerPanel lang={lang} visible={state.visible} status={state.status} scoredSector={profile ? profileName(lang, profile) : undefined} skipped={manifest?.skipped} basemapFailures={basemapFailures} onToggle={(id) => dispatch({ type: 'toggleLayer', id })} />
        {manifest && <AboutDetails lang={lang} manifest={manifest} />}
      </div>
      <main class="map-area">
        <div id="map" class="map" ref={mapEl} tabIndex={0} aria-label={t(lang, 'appTitle')} />
        <ReachLegend lang={lang} legend={reach.legend} />
        <MapDropOverlay lang={lang} onFiles={flow.onFiles} disabled={flow.stage !== null && flow.stage.step !== 'done' && flow.stage.step !== 'failed'} />
        {fatal && (
          <div class="fatal" role="alert">
            {fatal.kind === 'webgl' ? t(lang, 'noWebgl') : `${t(lang, fatal.kind === 'manifest' ? 'manifestError' : 'mapError')} ${fatal.detail}`}
          </div>
        )}
        {selected && (
          <SiteCard
            lang={lang}
            site={selected}
            onClose={() => dispatch({ type: 'selectSite', siteId: null })}
            actions={
              <>
                <StarButton lang={lang} starred={shortlist.isStarred(selected.siteId)} onToggle={() => shortlist.toggle(selected.siteId)} />
                <button type="button" class="icon print-site" title={t(lang, 'printThis')} aria-label={t(lang, 'printThis')} onClick={() => shortlist.openSheet([selected.siteId])}>
                  <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="M6 2h12v5H6zM4 8h16a2 2 0 0 1 2 2v6h-4v5H6v-5H2v-6a2 2 0 0 1 2-2zm4 8v3h8v-3zm10-5a1 1 0 1 0 0 2 1 1 0 0 0 0-2z" />
                  </svg>
                </button>
              </>
            }
          >
            <ScoreBreakdown lang={lang} site={selected} profile={profile} />
          </SiteCard>
        )}
      </main>
    </div>
  );
}
