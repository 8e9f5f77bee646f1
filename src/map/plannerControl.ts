/**
 * The planner view on one map: the choropleth's colouring and its <html data-planner-drawn> signal, the sectors and
 * losses once loaded, fitting a municipality (<html data-map-fitted> at the end of the move), municipality clicks.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { ChoroplethColours } from './layers/plannerChoropleth.ts';
import type { MapLayers } from './registry.ts';

/** One colouring of the planner's map; `key` is opaque to the map and written to <html data-planner-drawn> once drawn. */
export interface PlannerColouring extends ChoroplethColours {
  key: string;
}

/** What the controller delegates to the planner's part of the map. */
export interface PlannerControl {
  setPlanner(p: PlannerColouring | null): void;
  setPlannerData(d: { sectors?: FeatureCollection; losses?: FeatureCollection }): void;
  fitMunicipality(nis: string): void;
  onMunicipalityClick(cb: (nis: string) => void): () => void;
  /** The communes layer's data arrived: index it (bounds, the drawn signal) and run a fit that waited for it. */
  communesArrived(data: FeatureCollection): void;
  /** A municipality (or one of its sectors) was clicked. */
  clicked(nis: string): void;
}

/** The planner's part of `map`. */
export function createPlannerControl(map: maplibregl.Map, layers: Pick<MapLayers, 'planner' | 'losses'>): PlannerControl {
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
  return {
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
    onMunicipalityClick(cb) {
      municipalityClicks.add(cb);
      return () => void municipalityClicks.delete(cb);
    },
    communesArrived(data) {
      layers.planner.indexMunicipalities(data);
      hasMunicipalities = data.features.length > 0;
      if (pendingFit !== null) fitMunicipality(pendingFit);
    },
    clicked(nis) {
      for (const cb of municipalityClicks) cb(nis);
    },
  };
}
