/**
 * The selected site's access (issue 13): the statistical sectors it reaches by public transport, shaded by minutes
 * in the classes of `reachRamp`, and its truck route to the motorway. The sectors are read from a source owned
 * elsewhere (the planner's sector polygons, ids promoted from `code`) and coloured by their feature-state `minutes`,
 * so another site costs one setFeatureState per sector whose minutes change, never a setData of the polygons; the
 * route, one small line, has its own source. Everything it has set lives on the instance (one map).
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import { reachRamp } from '../../core/colour/palette.ts';

/** One reached sector: its Statbel code and the minutes to it by public transport. */
export interface ReachedSector {
  code: string;
  minutes: number;
}

/** What the map draws for one site. */
export interface SiteReachShape {
  /** The sectors to shade (those beyond the ramp's last break are left clear). */
  sectors: readonly ReachedSector[];
  /** Truck route to the motorway (WGS84), or none. */
  route: LineString | MultiLineString | null;
}

/** Layer ids, bottom to top: the sector fills and outlines, then the route's casing and line. */
export const reachIds = {
  sectorsFill: 'site-reach-fill',
  sectorsLine: 'site-reach-line',
  routeCasing: 'site-reach-route-casing',
  route: 'site-reach-route',
} as const;

const clear = 'rgba(0,0,0,0)';
/** The sector's minutes from its feature-state, −1 when the selected site does not reach it. */
export const stateMinutes: maplibregl.ExpressionSpecification = ['number', ['feature-state', 'minutes'], -1];
const reached: maplibregl.ExpressionSpecification = ['all', ['>=', stateMinutes, 0], ['<=', stateMinutes, reachRamp.breaksMin[reachRamp.breaksMin.length - 1]!]];

/** Fill colour by class of minutes (upper bounds inclusive, from `reachRamp`); clear when not reached or beyond the last class. */
export function reachColour(ramp: { breaksMin: readonly number[]; colours: readonly string[] } = reachRamp): maplibregl.ExpressionSpecification {
  const arms = ramp.breaksMin.flatMap((b, i) => [['<=', stateMinutes, b], ramp.colours[i]!]);
  return ['case', ['<', stateMinutes, 0], clear, ...arms, clear] as maplibregl.ExpressionSpecification;
}

/** The style layers over the two sources: fills (under the data layers) and route (under the sites). */
export function reachLayers(o: { sectorsSource: string; routeSource: string }): { fills: maplibregl.LayerSpecification[]; route: maplibregl.LayerSpecification[] } {
  const hidden = { visibility: 'none' } as const; // shown by `set`, i.e. while a site's reach is drawn
  const round = { 'line-join': 'round', 'line-cap': 'round' } as const;
  return {
    fills: [
      // light enough over the basemap at region scale, lighter still at street scale where the streets are read
      { id: reachIds.sectorsFill, type: 'fill', source: o.sectorsSource, layout: hidden, paint: { 'fill-color': reachColour(), 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 11, 0.55, 16, 0.35] } },
      { id: reachIds.sectorsLine, type: 'line', source: o.sectorsSource, layout: hidden, paint: { 'line-color': '#ffffff', 'line-width': 0.5, 'line-opacity': ['case', reached, 0.7, 0] } },
    ],
    route: [
      { id: reachIds.routeCasing, type: 'line', source: o.routeSource, layout: { ...hidden, ...round }, paint: { 'line-color': reachRamp.routeCasing, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 4, 16, 8] } },
      { id: reachIds.route, type: 'line', source: o.routeSource, layout: { ...hidden, ...round }, paint: { 'line-color': reachRamp.route, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 4.5] } },
    ],
  };
}

/** The GeoJSON of a route: one feature, or nothing. */
export function routeData(route: LineString | MultiLineString | null): FeatureCollection {
  return { type: 'FeatureCollection', features: route ? [{ type: 'Feature', properties: {}, geometry: route }] : [] };
}

/** The reach layers of one map. */
export interface SiteReachLayer {
  /** The route's own source. */
  readonly routeSourceId: string;
  /** Style layer ids, bottom to top. */
  readonly styleLayerIds: readonly string[];
  /** Add the route source and the hidden style layers: fills before `fillsBefore`, the route before `routeBefore`. */
  add(fillsBefore?: string, routeBefore?: string): void;
  /** Draw a site's reach (null: hide); returns how many feature states it touched. */
  set(r: SiteReachShape | null): number;
}

/** The reach layers of `map`, colouring the polygons of `sectorsSource` (a GeoJSON source with ids promoted from `code`). */
export function createSiteReachLayer(map: maplibregl.Map, o: { sectorsSource: string }): SiteReachLayer {
  const sectors = o.sectorsSource;
  const routeSource = 'src-site-reach-route';
  const spec = reachLayers({ sectorsSource: sectors, routeSource });
  const styleLayerIds = [...spec.fills, ...spec.route].map((l) => l.id);
  // minutes this map's feature-state holds, so another site sets state only where the minutes move
  const applied = new Map<string, number>();
  let shown = false;
  let route: SiteReachShape['route'] | undefined; // the route on the map (undefined: none set yet)
  const show = (visible: boolean) => {
    if (visible === shown) return;
    shown = visible;
    for (const id of styleLayerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  };
  return {
    routeSourceId: routeSource,
    styleLayerIds,
    add(fillsBefore, routeBefore) {
      map.addSource(routeSource, { type: 'geojson', data: routeData(null) });
      for (const l of spec.fills) map.addLayer(l, fillsBefore);
      for (const l of spec.route) map.addLayer(l, routeBefore);
    },
    set(r) {
      const nextRoute = r?.route ?? null;
      if (nextRoute !== route) (map.getSource(routeSource) as maplibregl.GeoJSONSource | undefined)?.setData(routeData(nextRoute));
      route = nextRoute;
      if (!r) {
        show(false); // the states stay: hidden, and the next site only changes those that differ
        return 0;
      }
      const keep = new Set<string>();
      let n = 0;
      for (const { code, minutes } of r.sectors) {
        keep.add(code);
        if (applied.get(code) === minutes) continue;
        map.setFeatureState({ source: sectors, id: code }, { minutes });
        applied.set(code, minutes);
        n++;
      }
      for (const code of applied.keys()) {
        if (keep.has(code)) continue;
        map.removeFeatureState({ source: sectors, id: code }, 'minutes');
        applied.delete(code);
        n++;
      }
      show(true);
      return n;
    },
  };
}
