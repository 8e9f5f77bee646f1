/**
 * Candidate sites by availability status; hover and selection through feature-state (ids promoted from `siteId`).
 * Status drives colour, fill opacity and a dashed outline, so `occupied` and `leaving` differ beyond hue.
 */
import type * as maplibregl from 'maplibre-gl';
import { siteStatuses } from '../../core/types.ts';
import { geojsonModule, type MapLayerModule } from '../layerKit.ts';
import { rememberSiteBounds, scoredColour, scoredOpacity } from './siteScores.ts';
import { palette, statusColours, statusLook } from '../../core/colour/palette.ts';

const status = ['get', 'status'];
const statusColour = ['match', status, ...siteStatuses.flatMap((s) => [s, statusColours[s]]), palette.siteUnknown];
const statusOpacity = ['match', status, ...siteStatuses.flatMap((s) => [s, statusLook[s].fillOpacity]), 0.6];
const dashedStatuses = siteStatuses.filter((s) => statusLook[s].dashed);
const dashed = ['in', status, ['literal', dashedStatuses]];
const active = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'selected'], false]];
const lineWidth = ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2, 0.8];
const lineColour = ['case', active, palette.siteHover, scoredColour(statusColour)];

const base = geojsonModule(
  'sites',
  [
    { id: 'sites-fill', type: 'fill', paint: { 'fill-color': scoredColour(statusColour) as never, 'fill-opacity': scoredOpacity(active, statusOpacity) as never } },
    // Two outline layers rather than a data-driven (cross-faded) dash array: plain filters, one fixed dash pattern.
    { id: 'sites-line', type: 'line', filter: ['!', dashed] as never, paint: { 'line-color': lineColour as never, 'line-width': lineWidth as never } },
    {
      id: 'sites-line-dashed',
      type: 'line',
      filter: dashed as never,
      paint: { 'line-color': lineColour as never, 'line-width': ['*', 1.5, lineWidth] as never, 'line-dasharray': [2, 1.5] },
    },
  ],
  { promoteId: 'siteId' },
);

/** Clickable style layer of the sites. */
export const sitesHitLayerId = 'sites-fill';

export interface SitesModule extends MapLayerModule {
  /** Move the hover or selection highlight to a site (or none). */
  setState(map: maplibregl.Map, key: 'hover' | 'selected', siteId: string | null): void;
}

const current: Record<'hover' | 'selected', string | null> = { hover: null, selected: null };

export const sitesLayer: SitesModule = {
  ...base,
  setData(map, data) {
    rememberSiteBounds(data); // for zoom-to-site from the ranked list
    base.setData(map, data);
  },
  setState(map, key, siteId) {
    const prev = current[key];
    if (prev === siteId) return;
    if (prev !== null) map.setFeatureState({ source: base.sourceId, id: prev }, { [key]: false });
    if (siteId !== null) map.setFeatureState({ source: base.sourceId, id: siteId }, { [key]: true });
    current[key] = siteId;
  },
};
