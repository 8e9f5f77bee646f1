/**
 * The planner view's choropleth: the 19 municipalities below `sectorZoom`, the statistical sectors from it, each area
 * coloured by its feature-state `colour`, so a new indicator costs one setFeatureState per area whose colour moves
 * (never a setData). Municipality polygons are read from the communes layer's source (ids promoted from `nis`): the
 * same 19 polygons are not parsed and tiled a second time. Everything it has set lives on the instance (one map).
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { geometriesBbox } from '../../core/geo/bbox.ts';
import { palette } from '../../core/colour/palette.ts';

/** Zoom from which sectors replace municipalities, unless the factory is told otherwise. */
export const defaultSectorZoom = 13;

/** The colour of one area: a municipality's NIS code or a sector's Statbel code. */
export interface AreaColour {
  code: string;
  colour: string;
}

/** One colouring of the choropleth, as the planner computed it (`core/planner/breaks.ts`). */
export interface ChoroplethColours {
  municipalities: readonly AreaColour[];
  sectors: readonly AreaColour[];
  /** Municipality drawn with a thick outline, or none. */
  selectedNis: string | null;
}

/** [w, s, e, n] in degrees. */
export type AreaBounds = [number, number, number, number];

/** Sources and zoom threshold the style layers read. */
export interface ChoroplethStyleOptions {
  municipalitiesSource: string;
  sectorsSource: string;
  sectorZoom: number;
}

/** Layer ids, bottom to top. */
export const choroplethIds = {
  municipalitiesFill: 'planner-municipalities-fill',
  sectorsFill: 'planner-sectors-fill',
  municipalitiesLine: 'planner-municipalities-line',
  sectorsLine: 'planner-sectors-line',
  selectedLine: 'planner-selected-line',
} as const;

/** Fill colour from the feature-state `colour`; areas the planner gave no colour stay transparent. */
export const stateColour: maplibregl.ExpressionSpecification = ['to-color', ['coalesce', ['feature-state', 'colour'], 'rgba(0,0,0,0)']];
// Light enough over the basemap at region scale, lighter still at street scale where the streets are read.
const fillOpacity: maplibregl.ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 11, 0.62, 16, 0.42];
const selected: maplibregl.ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The style layers, split by where they go: fills under every data layer, lines under the zones and sites. */
export function choroplethLayers(o: ChoroplethStyleOptions): { fills: maplibregl.LayerSpecification[]; lines: maplibregl.LayerSpecification[] } {
  const hidden = { visibility: 'none' } as const; // shown by `set`, i.e. only in planner mode
  const separator = { 'line-color': '#ffffff', 'line-opacity': 0.8 } as const;
  return {
    fills: [
      { id: choroplethIds.municipalitiesFill, type: 'fill', source: o.municipalitiesSource, maxzoom: o.sectorZoom, layout: hidden, paint: { 'fill-color': stateColour, 'fill-opacity': fillOpacity } },
      { id: choroplethIds.sectorsFill, type: 'fill', source: o.sectorsSource, minzoom: o.sectorZoom, layout: hidden, paint: { 'fill-color': stateColour, 'fill-opacity': fillOpacity } },
    ],
    lines: [
      { id: choroplethIds.municipalitiesLine, type: 'line', source: o.municipalitiesSource, maxzoom: o.sectorZoom, layout: hidden, paint: { ...separator, 'line-width': 1 } },
      { id: choroplethIds.sectorsLine, type: 'line', source: o.sectorsSource, minzoom: o.sectorZoom, layout: hidden, paint: { ...separator, 'line-width': 0.6 } },
      // Over every municipality at every zoom, opaque only on the selected one: selecting is two feature states, not a filter (which re-tiles).
      {
        id: choroplethIds.selectedLine,
        type: 'line',
        source: o.municipalitiesSource,
        layout: { ...hidden, 'line-join': 'round' },
        paint: { 'line-color': palette.region, 'line-width': 3.5, 'line-opacity': ['case', selected, 1, 0] },
      },
    ],
  };
}

/** The choropleth of one map. */
export interface PlannerChoropleth {
  /** The sector polygons' source (owned here; the municipalities' belongs to the communes layer). */
  readonly sectorsSourceId: string;
  /** Style layer ids, bottom to top. */
  readonly styleLayerIds: readonly string[];
  /** Fill layers that answer hover and click (only one is drawn at a zoom). */
  readonly hitLayerIds: readonly string[];
  /** Add the sector source and the hidden style layers: fills before `fillsBefore`, lines before `linesBefore`. */
  add(fillsBefore?: string, linesBefore?: string): void;
  /** Give the sectors source its polygons (once loaded; properties `SectorProperties`). */
  setSectors(data: FeatureCollection): void;
  /** Remember the bounds of each municipality of the communes layer's data (for fitting the map to one). */
  indexMunicipalities(data: FeatureCollection): void;
  /** Bounds of a municipality, once its polygons arrived. */
  bounds(nis: string): AreaBounds | undefined;
  /** Colour the areas and outline the selected municipality (null: hide); returns how many feature states it touched. */
  set(colours: ChoroplethColours | null): number;
  /**
   * Pointer handling on the map: a pointer cursor over the areas, and `onClick(nis)` on a click that is not on a
   * feature of `winner` (the sites' hit layer: a site click opens the site). Call after the sites' own handlers, so
   * their mouseleave (cursor reset) runs before the areas' mousemove on the same event.
   */
  listen(winner: string, onClick: (nis: string) => void): void;
}

/** Options of the choropleth. */
export interface PlannerChoroplethOptions {
  /** GeoJSON source of the municipality polygons, owned by another layer, with ids promoted from `nis`. */
  municipalitiesSource: string;
  /** Zoom from which sectors replace municipalities (default 13). */
  sectorZoom?: number;
}

/** Choropleth of the planner view on one map. */
export function createPlannerChoropleth(map: maplibregl.Map, o: PlannerChoroplethOptions): PlannerChoropleth {
  const municipalities = o.municipalitiesSource;
  const sectors = 'src-planner-sectors';
  const spec = choroplethLayers({ municipalitiesSource: municipalities, sectorsSource: sectors, sectorZoom: o.sectorZoom ?? defaultSectorZoom });
  const styleLayerIds = [...spec.fills, ...spec.lines].map((l) => l.id);
  // what this map's feature-state holds, so a new indicator sets state only where a colour moves
  const applied = { [municipalities]: new Map<string, string>(), [sectors]: new Map<string, string>() };
  const boundsOf = new Map<string, AreaBounds>();
  let shown = false;
  let selectedNis: string | null = null;

  const colour = (source: string, next: readonly AreaColour[]): number => {
    const had = applied[source]!;
    const keep = new Set<string>();
    let n = 0;
    for (const { code, colour } of next) {
      keep.add(code);
      if (had.get(code) === colour) continue;
      map.setFeatureState({ source, id: code }, { colour });
      had.set(code, colour);
      n++;
    }
    for (const code of had.keys()) {
      if (keep.has(code)) continue;
      map.removeFeatureState({ source, id: code }, 'colour');
      had.delete(code);
      n++;
    }
    return n;
  };
  const select = (nis: string | null): number => {
    if (nis === selectedNis) return 0;
    if (selectedNis !== null) map.setFeatureState({ source: municipalities, id: selectedNis }, { selected: false });
    if (nis !== null) map.setFeatureState({ source: municipalities, id: nis }, { selected: true });
    selectedNis = nis;
    return 1;
  };
  const show = (visible: boolean) => {
    if (visible === shown) return;
    shown = visible;
    for (const id of styleLayerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  };

  return {
    sectorsSourceId: sectors,
    styleLayerIds,
    hitLayerIds: [choroplethIds.municipalitiesFill, choroplethIds.sectorsFill],
    add(fillsBefore, linesBefore) {
      map.addSource(sectors, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'code' });
      for (const l of spec.fills) map.addLayer(l, fillsBefore);
      for (const l of spec.lines) map.addLayer(l, linesBefore);
    },
    setSectors(data) {
      (map.getSource(sectors) as maplibregl.GeoJSONSource | undefined)?.setData(data);
    },
    indexMunicipalities(data) {
      boundsOf.clear();
      for (const f of data.features) {
        const nis = f.properties?.nis;
        const b = f.geometry ? geometriesBbox([f.geometry]) : undefined;
        if (typeof nis === 'string' && b) boundsOf.set(nis, b);
      }
    },
    bounds: (nis) => boundsOf.get(nis),
    set(c) {
      if (!c) {
        show(false);
        return 0;
      }
      const n = colour(municipalities, c.municipalities) + colour(sectors, c.sectors) + select(c.selectedNis);
      show(true);
      return n;
    },
    listen(winner, onClick) {
      const ids = [choroplethIds.municipalitiesFill, choroplethIds.sectorsFill];
      map.on('mousemove', ids, () => void (map.getCanvas().style.cursor = 'pointer'));
      map.on('mouseleave', ids, () => void (map.getCanvas().style.cursor = ''));
      map.on('click', ids, (e) => {
        if (map.queryRenderedFeatures(e.point, { layers: [winner] }).length > 0) return;
        // a sector's `nis` is its municipality's; a decoder may hand codes over as numbers
        const nis: unknown = e.features?.[0]?.properties?.nis;
        if ((typeof nis === 'string' && nis !== '') || typeof nis === 'number') onClick(String(nis));
      });
    },
  };
}
