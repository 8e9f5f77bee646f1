/**
 * Score colouring of the sites layer without rebuilding its source: per-site feature-state `score` (0–1) and
 * `pass` (boolean), read by paint expressions. No state set → colour by status (no sector chosen). Also keeps each
 * site's bounding box (from the loaded geometry) so the list can zoom to a site.
 */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { geometriesBbox } from '../../core/geo/bbox.ts';
import { failColour, scoreRamp } from '../../core/colour/palette.ts';

const passState = ['feature-state', 'pass'];
const passes = ['==', passState, true];
const fails = ['==', passState, false];
const ramp = ['interpolate', ['linear'], ['to-number', ['feature-state', 'score'], 0], ...scoreRamp.flat()];

/** Fill colour: score ramp when scored, grey when failing, else the status colour. */
export function scoredColour(statusColour: unknown): unknown {
  return ['case', passes, ramp, fails, failColour, statusColour];
}

/** Fill opacity: failing sites fade unless hovered or selected; unscored sites take the status opacity. */
export function scoredOpacity(active: unknown, statusOpacity: unknown = 0.6): unknown {
  return ['case', active, 0.85, fails, 0.25, passes, 0.6, statusOpacity];
}

/** Per-site scores as the scorer gives them (index i = site i). */
export interface SiteScores {
  siteIds: readonly string[];
  /** 0–1. */
  scores: Float32Array;
  /** 0 = passes the gates. */
  failCode: Uint8Array;
}

const applied = new Map<string, { score: number; pass: boolean }>();
let version = 0;

/**
 * Set (or with null clear) the score state of every site; only changed sites are touched. After the map's next
 * idle, `data-scores-idle` on <html> holds the update's number (read by the scoring benchmark).
 */
export function applySiteScores(map: maplibregl.Map, sourceId: string, s: SiteScores | null): void {
  if (!s) {
    for (const id of applied.keys()) {
      map.removeFeatureState({ source: sourceId, id }, 'pass');
      map.removeFeatureState({ source: sourceId, id }, 'score');
    }
    applied.clear();
  } else {
    for (let i = 0; i < s.siteIds.length; i++) {
      const id = s.siteIds[i]!;
      const score = Math.round(s.scores[i]! * 1000) / 1000; // finer steps do not change the colour
      const pass = s.failCode[i] === 0;
      const prev = applied.get(id);
      if (prev && prev.score === score && prev.pass === pass) continue;
      map.setFeatureState({ source: sourceId, id }, { score, pass });
      applied.set(id, { score, pass });
    }
  }
  const v = ++version;
  performance.mark('scores-applied'); // read by scripts/bench-scoring-map.ts: UI part of a weight change
  map.once('idle', () => {
    document.documentElement.dataset.scoresIdle = String(v);
  });
  map.triggerRepaint();
}

const bounds = new Map<string, [number, number, number, number]>();

/** Remember each site's [w, s, e, n] in degrees from its geometry (called when the sites load). */
export function rememberSiteBounds(data: FeatureCollection): void {
  bounds.clear();
  for (const f of data.features) {
    const id = f.properties?.siteId;
    if (typeof id !== 'string' || !f.geometry) continue;
    const b = geometriesBbox([f.geometry]);
    if (b) bounds.set(id, b);
  }
}

/** Bounds [w, s, e, n] of a loaded site, degrees. */
export function siteBounds(siteId: string): [number, number, number, number] | undefined {
  return bounds.get(siteId);
}

/** Fly to a site's bounds (zoom at most 17); false when the site is unknown. */
export function zoomToSite(map: maplibregl.Map, siteId: string): boolean {
  const b = bounds.get(siteId);
  if (!b) return false;
  map.fitBounds(b, { padding: 80, maxZoom: 17, duration: 600 });
  return true;
}
