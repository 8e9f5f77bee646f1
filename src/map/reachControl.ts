/**
 * The selected site's reach on one map: the sectors it reaches by public transport and its truck route (layers in
 * layers/siteReach.ts), the sector polygons shared with the planner's choropleth (set once, by whichever view loads
 * them first), and the <html data-reach-drawn> signal.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { SiteReachShape } from './layers/siteReach.ts';
import type { MapLayers } from './registry.ts';

/** One site's reach for the map; `key` is opaque to the map and written to <html data-reach-drawn> once drawn. */
export interface SiteReachDrawing extends SiteReachShape {
  key: string;
}

/** What the controller delegates to the reach's part of the map. */
export interface ReachControl {
  setSiteReach(r: SiteReachDrawing | null): void;
  setReachSectors(sectors: FeatureCollection): void;
  /** The planner's data on its way to the map, without the sectors once the shared source holds them. */
  plannerData<T extends { sectors?: FeatureCollection }>(d: T): T;
}

/** The reach's part of `map`. */
export function createReachControl(map: maplibregl.Map, layers: Pick<MapLayers, 'planner' | 'reach'>): ReachControl {
  const html = document.documentElement.dataset;
  let pending: SiteReachDrawing | null = null; // reach waiting for its idle
  let hasSectors = false; // the shared sector source has its polygons
  const markDrawn = () => {
    if (pending === null) return;
    // drawn means its sectors drawn: before the polygons arrive, wait for the idle after them
    if (!hasSectors && pending.sectors.length > 0) return void map.once('idle', markDrawn);
    html.reachDrawn = pending.key;
    pending = null;
  };
  return {
    setSiteReach(r) {
      layers.reach.set(r);
      delete html.reachDrawn;
      const waiting = pending !== null; // an idle listener is registered already
      pending = r;
      if (r && !waiting) map.once('idle', markDrawn);
      map.triggerRepaint(); // idle must come even when nothing changed
    },
    setReachSectors(sectors) {
      if (hasSectors) return; // the planner's, from the same file, are on the map already
      layers.planner.setSectors(sectors);
      hasSectors = sectors.features.length > 0;
    },
    plannerData(d) {
      if (!d.sectors) return d;
      if (hasSectors) {
        const rest = { ...d };
        delete rest.sectors;
        return rest;
      }
      hasSectors = d.sectors.features.length > 0;
      return d;
    },
  };
}
