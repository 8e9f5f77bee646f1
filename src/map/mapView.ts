/**
 * The map: offline basemap by default, every data layer added empty in drawing order and filled when its file
 * arrives. Each map creates its own layer instances (registry.ts), so a second map (hot reload, tests) starts from
 * nothing. The app talks to it only through MapController.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Manifest } from '../core/types.ts';
import type { BasemapFailure } from '../data/manifest.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { View } from '../state/state.ts';
import { dataLayerOf, type ToggleId } from '../state/toggles.ts';
import { basemapEntryOf, offlineStyle } from './basemap.ts';
import { escapeHtml } from './layerKit.ts';
import { createMapLayers } from './registry.ts';
import { createDrawing } from './drawing.ts';
import { createPlannerControl, type PlannerColouring } from './plannerControl.ts';
import { createReachControl, type SiteReachDrawing } from './reachControl.ts';
import { fitControl } from './fitControl.ts';
import { createLoadingControl, type LoadingControl } from './loadingControl.ts';
import type { SiteScores } from './layers/sites.ts';

export type { SiteScores } from './layers/sites.ts';
export type { AreaColour } from './layers/plannerChoropleth.ts';

export type { PlannerColouring } from './plannerControl.ts';
export type { SiteReachDrawing } from './reachControl.ts';

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
  /** Pointer over a site, shipped or the user's own (the user's win where both lie), or off every site. */
  siteHover(siteId: string | null): void;
  /** A click on a site, shipped or the user's own (the user's, drawn above, win where both lie); none while drawing. */
  siteClick(siteId: string): void;
  moveEnd(view: View): void;
  /** A basemap archive failed to load and was removed from the map; the rest of the map works. */
  basemapFailed?(failure: BasemapFailure): void;
}

export interface MapController extends LoadingControl {
  /** Give a layer its data; resolves once all of it is with maplibre (a big layer goes in pieces, one per task). */
  setData(id: ToggleId, data: FeatureCollection): Promise<void>;
  setVisible(visible: readonly ToggleId[]): void;
  setLanguage(lang: Lang, fitLabel?: string): void;
  /** Highlight a site, shipped or the user's own (null: none). */
  setHovered(siteId: string | null): void;
  setSelected(siteId: string | null): void;
  /**
   * Colour sites by score (grey when failing gates) through feature-state, touching only sites whose colour moves;
   * null = colour by status. At the next idle, <html data-scores-idle> holds the update's number.
   */
  setScores(scores: SiteScores | null): void;
  /** Fly to a loaded site's bounds (shipped or the user's own); false when unknown. */
  zoomToSite(siteId: string): boolean;
  /**
   * The user's measured sites (toggle `user-sites`): SiteFeatures with `siteId` and `status: 'user'`, polygons or
   * points, drawn above the shipped sites. Replaces what was set before (setData: it is the user's data, small and
   * changed whole); also removes the drawn shape shown while it waits for its name (see drawPolygon).
   */
  setUserSites(sites: FeatureCollection): void;
  /**
   * Let the user draw a polygon on the map (terra-draw, loaded now on first use). Resolves with the closed polygon
   * (WGS84) once the user closes it; it then stays on the map as a dashed draft until the next `setUserSites`,
   * `drawPolygon`, `editUserSite` or `cancelDrawing`. Resolves null when cancelled: Escape, `cancelDrawing()`, or a
   * new drawPolygon/editUserSite. While drawing, site clicks and hovers are not reported. <html data-drawing> is
   * `draw` while the map is ready for the user's clicks. Rejects only when the drawing code fails to load.
   */
  drawPolygon(): Promise<Polygon | null>;
  /**
   * Edit the shape of the user's site `id` (its current `geometry`): the site is left out of its layer and its
   * corners can be dragged, added (drag a midpoint) and deleted (right-click). Resolves with the edited polygon on
   * Enter or `finishDrawing()`, null when cancelled as for drawPolygon. <html data-drawing> is `edit` meanwhile.
   * Rejects when the shape cannot be edited (crossing itself, fewer than 3 corners) or the code fails to load.
   */
  editUserSite(id: string, geometry: Polygon): Promise<Polygon | null>;
  /** Keep the edit under way (its promise resolves with the shape); nothing while drawing or when idle. */
  finishDrawing(): void;
  /** Stop a drawing or edit under way (its promise resolves null) and remove a drawn draft still on the map. */
  cancelDrawing(): void;
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
  /**
   * The selected site's transit reach (sectors shaded by minutes through feature-state: another site touches only
   * the sectors whose minutes change) and truck route; null hides both. At the next idle with the sectors loaded,
   * <html data-reach-drawn> = `key` (removed at once by every call, so a stale value never matches).
   */
  setSiteReach(r: SiteReachDrawing | null): void;
  /** The sector polygons (`sectors.fgb`) for the reach; once is enough, and none are set if the planner's are on the map. */
  setReachSectors(sectors: FeatureCollection): void;
  /** Fly to a piece of lost land (its LandLossProperties lon/lat), zooming in to at least 16. */
  flyToLoss(lon: number, lat: number): void;
  /** In planner mode, a click on a municipality or sector (not on a site: that opens the site) calls back with its municipality's NIS code; returns the unsubscribe. */
  onMunicipalityClick(cb: (nis: string) => void): () => void;
  jumpTo(view: View): void;
  fitRegion(): void;
  view(): View;
}

/** Region bounds from the manifest ([w, s, e, n]), falling back to the union of layer boxes. */
function regionBounds(m: Manifest): [number, number, number, number] {
  const r = m.layers.find((l) => l.id === 'region')?.bbox;
  if (r && r[2] > r[0]) return r;
  return [4.24, 50.76, 4.48, 50.92];
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
  const drawing = createDrawing(map, layers);
  const planner = createPlannerControl(map, layers);
  const reach = createReachControl(map, layers);
  const loading = createLoadingControl(map, layers);
  const ctrl: MapController = {
    setData(id, data) {
      const sent = layers.of(id)?.setData(data);
      if (id === 'communes') planner.communesArrived(data);
      return Promise.resolve(sent);
    },
    setVisible(visible) {
      for (const l of layers.all) {
        // a layer switched on draws for the first time once the GPU is free (loadingControl.ts), not in a freeze
        if (visible.includes(l.id)) void loading.reveal(l.id);
        else l.setVisible(false);
      }
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
    // an id the other layer does not hold is harmless there: its feature-state waits for a feature that never comes
    setHovered(id) {
      layers.sites.setState('hover', id);
      layers.userSites.setState('hover', id);
    },
    setSelected(id) {
      layers.sites.setState('selected', id);
      layers.userSites.setState('selected', id);
    },
    setScores(s) {
      layers.sites.setScores(s);
      // read by scripts/bench-scoring-map.ts and the e2e specs: the UI part of a weight change, then its map idle
      const v = ++scoreUpdates;
      performance.mark('scores-applied');
      map.once('idle', () => void (document.documentElement.dataset.scoresIdle = String(v)));
      map.triggerRepaint(); // idle must come even when no site changed colour
    },
    zoomToSite(id) {
      const b = layers.sites.bounds(id) ?? layers.userSites.bounds(id);
      if (!b) return false;
      map.fitBounds(b, { padding: 80, maxZoom: 17, duration: 600 });
      return true;
    },
    setPlanner: planner.setPlanner,
    setPlannerData: (d) => planner.setPlannerData(reach.plannerData(d)),
    setSiteReach: reach.setSiteReach,
    setReachSectors: reach.setReachSectors,
    setUserSites(sites) {
      layers.userSites.setDraft(null);
      layers.userSites.setData(sites);
    },
    drawPolygon: () => drawing.draw(),
    editUserSite: (id, geometry) => drawing.draw({ id, geometry }),
    finishDrawing: drawing.finish,
    cancelDrawing: drawing.cancel,
    fitMunicipality: planner.fitMunicipality,
    flyToLoss: (lon, lat) => map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 16), duration: 800 }),
    onMunicipalityClick: planner.onMunicipalityClick,
    jumpTo: (v) => map.jumpTo({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing }),
    fitRegion: () => map.fitBounds(bounds, { padding: 20, bearing: 0 }),
    view,
    ...loading,
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
      layers.addReach();
      ctrl.setLanguage(o.lang);
      // The user's sites first: on one pointer move their mouseleave runs before the shipped sites' mousemove (a
      // move from a user site onto a shipped one ends hovering the shipped one), and where a user site lies over a
      // shipped one, the user's (drawn above) answers. While drawing, terra-draw owns the pointer and the cursor.
      const userHit = [...layers.userSites.hitLayerIds];
      map.on('mousemove', userHit, (e) => {
        if (drawing.active()) return;
        map.getCanvas().style.cursor = 'pointer';
        handlers.siteHover(layers.userSites.siteAt(e.point));
      });
      map.on('mouseleave', userHit, () => {
        if (drawing.active()) return;
        map.getCanvas().style.cursor = '';
        handlers.siteHover(null);
      });
      map.on('click', userHit, (e) => {
        const id = drawing.active() ? null : layers.userSites.siteAt(e.point);
        if (id !== null) handlers.siteClick(id);
      });
      map.on('mousemove', layers.sites.hitLayerId, (e) => {
        if (drawing.active() || layers.userSites.siteAt(e.point) !== null) return;
        const id = e.features?.[0]?.id;
        map.getCanvas().style.cursor = 'pointer';
        handlers.siteHover(id === undefined ? null : String(id));
      });
      map.on('mouseleave', layers.sites.hitLayerId, () => {
        if (drawing.active()) return;
        map.getCanvas().style.cursor = '';
        handlers.siteHover(null);
      });
      map.on('click', layers.sites.hitLayerId, (e) => {
        const id = e.features?.[0]?.id;
        if (drawing.active() || id === undefined || layers.userSites.siteAt(e.point) !== null) return;
        handlers.siteClick(String(id));
      });
      // the planner's areas yield to the shipped sites (`listen`) and, through the point of the click under way
      // (this listener runs before the areas'), to the user's sites; while drawing, clicks place corners
      let clickAt: maplibregl.Point | null = null;
      map.on('click', (e) => void (clickAt = e.point));
      // after the sites' handlers: their mouseleave resets the cursor before the areas' mousemove sets it again
      layers.planner.listen(layers.sites.hitLayerId, (nis) => {
        if (drawing.active() || (clickAt && layers.userSites.siteAt(clickAt) !== null)) return;
        planner.clicked(nis);
      });
      map.on('moveend', () => handlers.moveEnd(view()));
      let idles = 0; // counter on <html data-map-idle> for benchmarks (scripts/bench-scoring-map.ts)
      map.on('idle', () => void (document.documentElement.dataset.mapIdle = String(++idles)));
      resolve(ctrl);
    });
  });
}
