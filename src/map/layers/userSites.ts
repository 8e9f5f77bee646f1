/**
 * The user's own sites (drawn on the map or imported from a file, measured like the shipped ones, `status: 'user'`),
 * drawn above the shipped sites in a colour of their own: a light fill under a thick outline for polygons, a ringed
 * circle for points. Hover and selection through feature-state (ids promoted from `siteId`), as the sites layer.
 * While a site's shape is edited on the map it is left out (the editor draws it), and a drawn shape still waiting
 * for its name is shown as a dashed draft. Each instance keeps what it shows on its own map.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { palette, userSiteLook } from '../../core/colour/palette.ts';
import { boundsBySiteId, createGeojsonLayer, featureHighlights, type GeojsonLayerSpec, type MapLayer } from '../layerKit.ts';
import type { SiteBounds } from './sites.ts';

/** Colour of the user's sites (one place: the palette, shared with the legend and badges). */
export const userSiteColour = palette.userSite;
/** Fill opacity of a user's polygon at rest (hover and selection add to it). */
export const userSiteFillOpacity = userSiteLook.fillOpacity;

/** Style layer ids, bottom to top. */
export const userSiteIds = { fill: 'user-sites-fill', line: 'user-sites-line', draft: 'user-sites-draft', point: 'user-sites-point' } as const;

/** `siteId` of the draft feature (never a stored site: those start with `user-` and a random id). */
export const draftId = 'user-sites-draft';

const draft = ['==', ['get', 'siteId'], draftId];
const polygonal = ['all', ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]], ['!', draft]];
const pointlike = ['all', ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]], ['!', draft]];
const selected = ['boolean', ['feature-state', 'selected'], false];
const hovered = ['boolean', ['feature-state', 'hover'], false];
const active = ['any', hovered, selected];

/** The layer's style: fill and thick outline for polygons, a dashed outline for the draft, circles for points. */
export function userSitesStyle(colour: string = userSiteColour): GeojsonLayerSpec {
  return {
    id: 'user-sites',
    layers: [
      { id: userSiteIds.fill, type: 'fill', filter: polygonal as never, paint: { 'fill-color': colour, 'fill-opacity': ['case', selected, userSiteFillOpacity + 0.2, hovered, userSiteFillOpacity + 0.15, userSiteFillOpacity] as never } },
      {
        id: userSiteIds.line,
        type: 'line',
        filter: polygonal as never,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': ['case', active, palette.siteHover, colour] as never, 'line-width': ['case', selected, 5, hovered, 4, 3] as never },
      },
      { id: userSiteIds.draft, type: 'line', filter: draft as never, layout: { 'line-join': 'round' }, paint: { 'line-color': colour, 'line-width': 3, 'line-dasharray': [2, 1] } },
      {
        id: userSiteIds.point,
        type: 'circle',
        filter: pointlike as never,
        paint: {
          'circle-color': colour,
          'circle-radius': ['case', selected, 9, hovered, 8, 6.5] as never,
          'circle-stroke-color': ['case', active, palette.siteHover, '#ffffff'] as never,
          'circle-stroke-width': ['case', active, 3, 2] as never,
        },
      },
    ],
    sourceOptions: { promoteId: 'siteId' },
  };
}

/** The user-sites layer of one map. */
export interface UserSitesLayer extends MapLayer {
  /** Style layers that answer hover and click (polygons and points; not the draft). */
  readonly hitLayerIds: readonly string[];
  /** Id of the topmost user site drawn at a screen point, or null. */
  siteAt(point: maplibregl.PointLike): string | null;
  /** Move the hover or selection highlight to a site (or none); an id it does not hold is harmless. */
  setState(key: 'hover' | 'selected', siteId: string | null): void;
  /** Bounds of one of the user's sites. */
  bounds(siteId: string): SiteBounds | undefined;
  /** Leave one site out while the editor draws it (null: show all again). */
  hide(siteId: string | null): void;
  /** Show a drawn shape waiting for its name (null: none). */
  setDraft(polygon: Polygon | null): void;
}

/** User-sites layer of one map. */
export function createUserSitesLayer(map: maplibregl.Map, colour: string = userSiteColour): UserSitesLayer {
  const spec = userSitesStyle(colour);
  const base = createGeojsonLayer(map, spec);
  const source = base.sourceId;
  const hitLayerIds = [userSiteIds.fill, userSiteIds.point];
  const highlight = featureHighlights(map, source);
  let siteBounds = new Map<string, SiteBounds>();
  let features: Feature[] = [];
  let hidden: string | null = null;
  let draftShape: Polygon | null = null;
  const show = () => {
    const shown = hidden === null ? features : features.filter((f) => f.properties?.siteId !== hidden);
    const withDraft: Feature[] = draftShape ? [...shown, { type: 'Feature', properties: { siteId: draftId }, geometry: draftShape }] : shown;
    base.setData({ type: 'FeatureCollection', features: withDraft });
  };
  return {
    ...base,
    hitLayerIds,
    setData(data: FeatureCollection) {
      features = data.features;
      siteBounds = boundsBySiteId(features);
      show();
    },
    siteAt(point) {
      const layers = hitLayerIds.filter((id) => map.getLayer(id));
      if (layers.length === 0) return null;
      const id = map.queryRenderedFeatures(point, { layers })[0]?.id;
      return id === undefined ? null : String(id);
    },
    setState: highlight,
    bounds: (siteId) => siteBounds.get(siteId),
    hide(siteId) {
      if (hidden === siteId) return;
      hidden = siteId;
      show();
    },
    setDraft(polygon) {
      if (draftShape === polygon) return;
      draftShape = polygon;
      show();
    },
  };
}
