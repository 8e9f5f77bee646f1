/**
 * Candidate sites by availability status; hover, selection and score colouring through feature-state (ids promoted
 * from `siteId`). Status drives colour, fill opacity and a dashed outline, so `occupied` and `leaving` differ beyond
 * hue. Each instance remembers what it has set on its own map, and each loaded site's bounds.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { siteStatuses } from '../../core/types.ts';
import { boundsBySiteId, createGeojsonLayer, featureHighlights, type GeojsonLayerSpec, type MapLayer } from '../layerKit.ts';
import { scoredColour, scoredOpacity, scoreState } from './siteScoreStyle.ts';
import { palette, statusColours, statusLook } from '../../core/colour/palette.ts';

const status = ['get', 'status'];
const statusColour = ['match', status, ...siteStatuses.flatMap((s) => [s, statusColours[s]]), palette.siteUnknown];
const statusOpacity = ['match', status, ...siteStatuses.flatMap((s) => [s, statusLook[s].fillOpacity]), 0.6];
const dashedStatuses = siteStatuses.filter((s) => statusLook[s].dashed);
const dashed = ['in', status, ['literal', dashedStatuses]];
const active = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'selected'], false]];
const lineWidth = ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2, 0.8];
const lineColour = ['case', active, palette.siteHover, scoredColour(statusColour)];

const style: GeojsonLayerSpec = {
  id: 'sites',
  layers: [
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
  sourceOptions: { promoteId: 'siteId' },
};

/** Per-site scores as the scorer gives them (index i = site i). */
export interface SiteScores {
  siteIds: readonly string[];
  /** 0–1. */
  scores: Float32Array;
  /** 0 = passes the gates. */
  failCode: Uint8Array;
}

/** [w, s, e, n] in degrees. */
export type SiteBounds = [number, number, number, number];

/** The sites layer of one map, with its highlights, score colouring and site bounds. */
export interface SitesLayer extends MapLayer {
  /** Style layer that answers hover and click. */
  readonly hitLayerId: string;
  /** Move the hover or selection highlight to a site (or none). */
  setState(key: 'hover' | 'selected', siteId: string | null): void;
  /** Colour sites by score (null: by status again); touches only sites whose state changed and returns how many. */
  setScores(scores: SiteScores | null): number;
  /** Bounds of a loaded site. */
  bounds(siteId: string): SiteBounds | undefined;
}

/** Sites layer of one map. */
export function createSitesLayer(map: maplibregl.Map): SitesLayer {
  const base = createGeojsonLayer(map, style);
  const source = base.sourceId;
  const highlight = featureHighlights(map, source);
  // what this map's feature-state holds, so a weight change sets state only where a colour moves
  const applied = new Map<string, { score: number; pass: boolean }>();
  // for zoom-to-site from the ranked list
  let siteBounds = new Map<string, SiteBounds>();
  return {
    ...base,
    hitLayerId: 'sites-fill',
    setData(data: FeatureCollection) {
      siteBounds = boundsBySiteId(data.features);
      return base.setData(data);
    },
    setState: highlight,
    setScores(s) {
      if (!s) {
        const n = applied.size;
        for (const id of applied.keys()) {
          map.removeFeatureState({ source, id }, 'pass');
          map.removeFeatureState({ source, id }, 'score');
        }
        applied.clear();
        return n;
      }
      let n = 0;
      for (let i = 0; i < s.siteIds.length; i++) {
        const id = s.siteIds[i]!;
        const next = scoreState(s.scores[i]!, s.failCode[i]!);
        const prev = applied.get(id);
        if (prev && prev.score === next.score && prev.pass === next.pass) continue;
        map.setFeatureState({ source, id }, next);
        applied.set(id, next);
        n++;
      }
      return n;
    },
    bounds: (siteId) => siteBounds.get(siteId),
  };
}
