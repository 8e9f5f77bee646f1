/**
 * The map: offline basemap by default, every data layer added empty in drawing order and filled when its file
 * arrives. Each map creates its own layer instances (registry.ts), so a second map (hot reload, tests) starts from
 * nothing. The app talks to it only through MapController.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import type { FeatureCollection } from 'geojson';
import type { Manifest } from '../core/types.ts';
import type { BasemapFailure } from '../data/manifest.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { View } from '../state/state.ts';
import { dataLayerOf, type ToggleId } from '../state/toggles.ts';
import { basemapEntryOf, offlineStyle } from './basemap.ts';
import { escapeHtml } from './layerKit.ts';
import { createMapLayers } from './registry.ts';
import type { ChoroplethColours } from './layers/plannerChoropleth.ts';
import type { SiteScores } from './layers/sites.ts';

export type { SiteScores } from './layers/sites.ts';
export type { AreaColour } from './layers/plannerChoropleth.ts';

/** One colouring of the planner's map; `key` is opaque to the map and written to <html data-planner-drawn> once drawn. */
export interface PlannerColouring extends ChoroplethColours {
  key: string;
}

export interface MapOptions {
  container: HTMLElement;
  manifest: Manifest;
  /** Absolute URL of the geodata directory, ending with '/'. */
  geodataBase: string;
  /** Initial camera; null opens on the region. */
  view: View | null;
  visible: readonly ToggleId[];
  lang: Lang;
  /** Online vector style URL instead of the offline basemap (needs a network and a wider CSP). */
  styleUrl?: string;
  /** Label of the map's fit-to-region button (follows the language through setFitLabel). */
  fitLabel: string;
}

export interface MapHandlers {
  siteHover(siteId: string | null): void;
  siteClick(siteId: string): void;
  moveEnd(view: View): void;
  /** A basemap archive failed to load and was removed from the map; the rest of the map works. */
  basemapFailed?(failure: BasemapFailure): void;
}

export interface MapController {
  setData(id: ToggleId, data: FeatureCollection): void;
  setVisible(visible: readonly ToggleId[]): void;
  setLanguage(lang: Lang, fitLabel?: string): void;
  setHovered(siteId: string | null): void;
  setSelected(siteId: string | null): void;
  /**
   * Colour sites by score (grey when failing gates) through feature-state, touching only sites whose colour moves;
   * null = colour by status. At the next idle, <html data-scores-idle> holds the update's number.
   */
  setScores(scores: SiteScores | null): void;
  /** Fly to a loaded site's bounds; false when unknown. */
  zoomToSite(siteId: string): boolean;
  /**
   * Planner mode: colour municipalities and sectors (feature-state, only areas whose colour moves), outline
   * `selectedNis`, show the land losses; null hides every planner layer. At the next idle with the municipalities
   * loaded, <html data-planner-drawn> = `key` (removed at once by every call, so a stale value never matches).
   */
  setPlanner(p: PlannerColouring | null): void;
  /** The planner's map data, once each has loaded: sector polygons (SectorProperties), land losses (LandLossProperties). */
  setPlannerData(d: { sectors?: FeatureCollection; losses?: FeatureCollection }): void;
  /**
   * Fit the map to a municipality's bounds (from the communes layer; deferred until it is loaded). At the end of the
   * move (moveend, then idle) <html data-map-fitted> = `nis`; removed at once by every call.
   */
  fitMunicipality(nis: string): void;
  /** Fly to a piece of lost land (its LandLossProperties lon/lat), zooming in to at least 16. */
  flyToLoss(lon: number, lat: number): void;
  /** In planner mode, a click on a municipality or sector (not on a site: that opens the site) calls back with its municipality's NIS code; returns the unsubscribe. */
  onMunicipalityClick(cb: (nis: string) => void): () => void;
  jumpTo(view: View): void;
  fitRegion(): void;
  view(): View;
  /** Resolves at the next idle (all sources loaded, nothing moving). */
  idle(): Promise<void>;
}

/** True when the browser can give maplibre a WebGL context. */
export function webglSupported(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Region bounds from the manifest ([w, s, e, n]), falling back to the union of layer boxes. */
function regionBounds(m: Manifest): [number, number, number, number] {
  const r = m.layers.find((l) => l.id === 'region')?.bbox;
  if (r && r[2] > r[0]) return r;
  return [4.24, 50.76, 4.48, 50.92];
}

/** A map button that frames the whole region; its label is set as text/attributes, never HTML. */
function fitControl(label: string, onFit: () => void): { control: maplibregl.IControl; setLabel(label: string): void } {
  const box = document.createElement('div');
  box.className = 'maplibregl-ctrl maplibregl-ctrl-group';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'fit-region-ctrl';
  button.textContent = '⤢';
  const setLabel = (l: string) => {
    button.title = l;
    button.setAttribute('aria-label', l);
  };
  setLabel(label);
  button.addEventListener('click', onFit);
  box.append(button);
  return { control: { onAdd: () => box, onRemove: () => box.remove() }, setLabel };
}

/** Create the map and resolve once its style has loaded. */
export function createMap(o: MapOptions, handlers: MapHandlers): Promise<MapController> {
  maplibregl.setWorkerUrl(workerUrl);
  // maplibre keeps one handler per scheme for every map: a later map's handler replaces an equal one
  maplibregl.addProtocol('pmtiles', new Protocol().tile);
  const bounds = regionBounds(o.manifest);
  const map = new maplibregl.Map({
    container: o.container,
    style: o.styleUrl ?? offlineStyle(o.manifest, o.geodataBase),
    ...(o.view ? { center: [o.view.lng, o.view.lat], zoom: o.view.zoom, bearing: o.view.bearing } : { bounds, fitBoundsOptions: { padding: 20 } }),
    attributionControl: { compact: false },
    maxBounds: [bounds[0] - 0.5, bounds[1] - 0.3, bounds[2] + 0.5, bounds[3] + 0.3],
    dragRotate: true,
    keyboard: true,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
  // On a phone the attribution wraps across the bottom edge: the scale sits above it rather than under it.
  const narrow = typeof matchMedia === 'function' && matchMedia('(max-width: 700px)').matches;
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), narrow ? 'bottom-right' : 'bottom-left');
  const fit = fitControl(o.fitLabel, () => map.fitBounds(bounds, { padding: 20, bearing: 0 }));
  map.addControl(fit.control, 'top-right');
  const layers = createMapLayers(map);

  const attribution = (id: ToggleId) => escapeHtml(o.manifest.layers.find((l) => l.id === dataLayerOf(id))?.attribution ?? '');
  const view = (): View => {
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: map.getZoom(), bearing: map.getBearing() };
  };
  let shownLang: Lang | null = null;
  let scoreUpdates = 0;
  const html = document.documentElement.dataset;
  const municipalityClicks = new Set<(nis: string) => void>();
  let plannerKey: string | null = null; // colouring waiting for its idle
  let pendingFit: string | null = null; // municipality to fit once the communes arrive
  let fits = 0;
  let hasMunicipalities = false;
  const markPlannerDrawn = () => {
    if (plannerKey === null) return;
    // drawn means the municipalities drawn: before the communes arrive, wait for the idle after them
    if (!hasMunicipalities) return void map.once('idle', markPlannerDrawn);
    html.plannerDrawn = plannerKey;
    plannerKey = null;
  };
  const fitMunicipality = (nis: string) => {
    delete html.mapFitted;
    const b = layers.planner.bounds(nis);
    pendingFit = b ? null : nis;
    if (!b) return;
    const v = ++fits;
    const c = map.getCanvas();
    // the padding of zoomToSite, smaller on a small map (maplibre refuses to move when padding leaves no room)
    const padding = Math.min(80, c.clientWidth / 6, c.clientHeight / 6);
    const fitted = () => void (v === fits && (html.mapFitted = nis));
    map.fitBounds(b, { padding, duration: 600 });
    // registered after the call: the moveend of an interrupted move must not count; a move without animation ended already
    if (map.isMoving()) map.once('moveend', () => map.once('idle', fitted));
    else map.once('idle', fitted);
    map.triggerRepaint();
  };
  const ctrl: MapController = {
    setData(id, data) {
      layers.of(id)?.setData(data);
      if (id !== 'communes') return;
      layers.planner.indexMunicipalities(data);
      hasMunicipalities = data.features.length > 0;
      if (pendingFit !== null) fitMunicipality(pendingFit);
    },
    setVisible(visible) {
      for (const l of layers.all) l.setVisible(visible.includes(l.id));
    },
    setLanguage(lang, fitLabel) {
      for (const l of layers.all) l.setLanguage?.(lang);
      if (fitLabel) fit.setLabel(fitLabel);
      // <html data-map-lang> once the map has drawn its names in `lang` (read by the e2e specs)
      shownLang = lang;
      map.once('idle', () => {
        if (shownLang === lang) document.documentElement.dataset.mapLang = lang;
      });
      map.triggerRepaint();
    },
    setHovered: (id) => layers.sites.setState('hover', id),
    setSelected: (id) => layers.sites.setState('selected', id),
    setScores(s) {
      layers.sites.setScores(s);
      // read by scripts/bench-scoring-map.ts and the e2e specs: the UI part of a weight change, then its map idle
      const v = ++scoreUpdates;
      performance.mark('scores-applied');
      map.once('idle', () => void (document.documentElement.dataset.scoresIdle = String(v)));
      map.triggerRepaint(); // idle must come even when no site changed colour
    },
    zoomToSite(id) {
      const b = layers.sites.bounds(id);
      if (!b) return false;
      map.fitBounds(b, { padding: 80, maxZoom: 17, duration: 600 });
      return true;
    },
    setPlanner(p) {
      layers.planner.set(p);
      layers.losses.setVisible(p !== null);
      delete html.plannerDrawn;
      const waiting = plannerKey !== null; // an idle listener is registered already
      plannerKey = p?.key ?? null;
      if (p && !waiting) map.once('idle', markPlannerDrawn);
      map.triggerRepaint(); // idle must come even when no colour moved
    },
    setPlannerData(d) {
      if (d.sectors) layers.planner.setSectors(d.sectors);
      if (d.losses) layers.losses.setData(d.losses);
    },
    fitMunicipality,
    flyToLoss: (lon, lat) => map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 16), duration: 800 }),
    onMunicipalityClick(cb) {
      municipalityClicks.add(cb);
      return () => void municipalityClicks.delete(cb);
    },
    jumpTo: (v) => map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing }),
    fitRegion: () => map.fitBounds(bounds, { padding: 20, bearing: 0 }),
    view,
    idle: () =>
      new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint(); // an already idle map fires 'idle' again after this frame
      }),
  };

  const dropped = new Set<string>();
  /** Remove a failed archive's source and style layers, once; true when the error was a basemap's. */
  const dropBasemap = (sourceId: string | undefined, error: unknown): boolean => {
    const entry = o.styleUrl ? undefined : basemapEntryOf(o.manifest, sourceId);
    if (!entry || !sourceId) return false;
    if (dropped.has(sourceId)) return true;
    dropped.add(sourceId);
    for (const l of map.getStyle().layers) if ('source' in l && l.source === sourceId) map.removeLayer(l.id);
    map.removeSource(sourceId);
    handlers.basemapFailed?.({ name: entry.name, file: entry.file, message: error instanceof Error ? error.message : String(error) });
    return true;
  };

  return new Promise((resolve, reject) => {
    let loaded = false;
    map.on('error', (e) => {
      // one unreadable basemap archive costs only that archive, not the map
      if (dropBasemap((e as { sourceId?: string }).sourceId, e.error)) return;
      // before 'load' an error means no map at all; later ones (a tile, a layer) are only logged
      if (!loaded) reject(e.error instanceof Error ? e.error : new Error(String(e.error)));
      else console.error(e.error);
    });
    map.on('load', () => {
      loaded = true;
      for (const l of layers.all) l.add(attribution(l.id), o.visible.includes(l.id));
      for (const l of layers.all) l.addLabels?.(o.visible.includes(l.id));
      layers.addPlanner();
      ctrl.setLanguage(o.lang);
      map.on('mousemove', layers.sites.hitLayerId, (e) => {
        const id = e.features?.[0]?.id;
        map.getCanvas().style.cursor = 'pointer';
        handlers.siteHover(id === undefined ? null : String(id));
      });
      map.on('mouseleave', layers.sites.hitLayerId, () => {
        map.getCanvas().style.cursor = '';
        handlers.siteHover(null);
      });
      map.on('click', layers.sites.hitLayerId, (e) => {
        const id = e.features?.[0]?.id;
        if (id !== undefined) handlers.siteClick(String(id));
      });
      // after the sites' handlers: their mouseleave resets the cursor before the areas' mousemove sets it again
      layers.planner.listen(layers.sites.hitLayerId, (nis) => {
        for (const cb of municipalityClicks) cb(nis);
      });
      map.on('moveend', () => handlers.moveEnd(view()));
      let idles = 0; // counter on <html data-map-idle> for benchmarks (scripts/bench-scoring-map.ts)
      map.on('idle', () => void (document.documentElement.dataset.mapIdle = String(++idles)));
      resolve(ctrl);
    });
  });
}
