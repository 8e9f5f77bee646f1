/**
 * Municipal boundaries, with names as HTML markers (textContent, never HTML): the offline style has
 * no glyphs, so map text symbols are avoided. Names follow the UI language.
 */
import * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { palette } from '../../app/catalogue.ts';
import { pickName, type Lang } from '../../i18n/i18n.ts';
import { geojsonModule, type MapLayerModule } from '../layerKit.ts';

const base = geojsonModule('communes', [
  { id: 'communes-line', type: 'line', paint: { 'line-color': palette.communes, 'line-width': 1, 'line-dasharray': [4, 2] } },
]);

/** Area-weighted centroid of the largest outer ring, degrees (good enough for a label). */
export function labelPoint(f: Feature): Position | undefined {
  const g = f.geometry;
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  let best: { a: number; c: Position } | undefined;
  for (const p of polys) {
    const ring = p[0] ?? [];
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      const k = x0 * y1 - x1 * y0;
      a += k;
      cx += (x0 + x1) * k;
      cy += (y0 + y1) * k;
    }
    if (a !== 0 && (!best || Math.abs(a) > best.a)) best = { a: Math.abs(a), c: [cx / (3 * a), cy / (3 * a)] };
  }
  return best?.c;
}

let markers: { marker: maplibregl.Marker; el: HTMLElement; fr: string; nl: string }[] = [];
let shown = false;
let lang: Lang = 'fr';

export const communesLayer: MapLayerModule = {
  ...base,
  add(map, attribution, visible) {
    base.add(map, attribution, visible);
    shown = visible;
  },
  setData(map, data: FeatureCollection) {
    base.setData(map, data);
    for (const m of markers) m.marker.remove();
    markers = [];
    for (const f of data.features) {
      const c = labelPoint(f);
      if (!c) continue;
      const el = document.createElement('div');
      el.className = 'commune-label';
      const fr = String(f.properties?.nameFr ?? '');
      const nl = String(f.properties?.nameNl ?? '');
      el.textContent = pickName(lang, fr, nl);
      const marker = new maplibregl.Marker({ element: el }).setLngLat(c as [number, number]);
      if (shown) marker.addTo(map);
      markers.push({ marker, el, fr, nl });
    }
  },
  setVisible(map, visible) {
    base.setVisible(map, visible);
    shown = visible;
    for (const m of markers) (visible ? m.marker.addTo(map) : m.marker.remove());
  },
  setLanguage(_map, next) {
    lang = next;
    for (const m of markers) m.el.textContent = pickName(lang, m.fr, m.nl);
  },
};
