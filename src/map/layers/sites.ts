/** Candidate sites by kind; hover and selection through feature-state (ids promoted from `siteId`). */
import type * as maplibregl from 'maplibre-gl';
import { palette } from '../../app/catalogue.ts';
import { geojsonModule, type MapLayerModule } from '../layerKit.ts';
import { rememberSiteBounds, scoredColour, scoredOpacity } from './siteScores.ts';

const kindColour = ['match', ['get', 'kind'], 'vacant', palette.siteVacant, 'productive', palette.siteProductive, palette.siteInTransition];
const active = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'selected'], false]];

const base = geojsonModule(
  'sites',
  [
    { id: 'sites-fill', type: 'fill', paint: { 'fill-color': scoredColour(kindColour) as never, 'fill-opacity': scoredOpacity(active) as never } },
    {
      id: 'sites-line',
      type: 'line',
      paint: {
        'line-color': ['case', active, palette.siteHover, scoredColour(kindColour)] as never,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2, 0.8] as never,
      },
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
