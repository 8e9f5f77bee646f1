/**
 * Municipal boundaries, with names as HTML markers (textContent, never HTML) that follow the UI language. Names that
 * would overlap a larger municipality's are hidden at that zoom (see `place`), which on a phone means fewer names
 * at region scale. The markers and their placement belong to one instance, i.e. one map.
 */
import * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { pickName, type Lang } from '../../i18n/i18n.ts';
import { declutter, type ScreenBox } from '../declutter.ts';
import { createGeojsonLayer, type GeojsonLayerSpec, type MapLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

const style: GeojsonLayerSpec = {
  id: 'communes',
  layers: [{ id: 'communes-line', type: 'line', paint: { 'line-color': palette.communes, 'line-width': 1, 'line-dasharray': [4, 2] } }],
  // ids from the NIS code: the planner's choropleth colours these same polygons by feature-state (plannerChoropleth.ts)
  sourceOptions: { promoteId: 'nis' },
};

/** Area of a (multi)polygon's outer rings in square degrees: enough to rank municipalities by size. */
function outerArea(f: Feature): number {
  const g = f.geometry;
  const polys = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  let total = 0;
  for (const p of polys) {
    const ring = p[0] ?? [];
    let a = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    total += Math.abs(a) / 2;
  }
  return total;
}

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

interface Label {
  marker: maplibregl.Marker;
  el: HTMLElement;
  fr: string;
  nl: string;
  at: [number, number];
  /** Width and height in px, measured once per language (the text does not change with zoom). */
  size?: [number, number];
}

/** Municipalities layer of one map, with its name markers. */
export function createCommunesLayer(map: maplibregl.Map): MapLayer {
  const base = createGeojsonLayer(map, style);
  let labels: Label[] = [];
  /** Label indexes, largest municipality first: the big ones keep their name when names compete for room. */
  let order: number[] = [];
  let shown = false;
  let lang: Lang = 'fr';
  let placedFor = '';

  /**
   * Hide the names that would overlap a more important one at the current zoom and rotation (panning moves all names
   * together, so it changes nothing). A dozen labels: a few projections and box tests per frame.
   */
  const place = (force = false): void => {
    if (!shown || labels.length === 0) return;
    const key = `${map.getZoom().toFixed(3)}/${map.getBearing().toFixed(2)}/${map.getPitch().toFixed(2)}`;
    if (!force && key === placedFor) return;
    placedFor = key;
    const boxes = labels.map((l): ScreenBox => {
      l.size ??= [l.el.offsetWidth, l.el.offsetHeight];
      const p = map.project(l.at);
      const [w, h] = l.size;
      return [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
    });
    const visible = declutter(boxes, order);
    labels.forEach((l, i) => l.el.classList.toggle('label-hidden', !visible[i]));
  };

  return {
    ...base,
    add(attribution, visible) {
      base.add(attribution, visible);
      shown = visible;
      map.on('move', () => place());
    },
    setData(data: FeatureCollection) {
      base.setData(data);
      for (const l of labels) l.marker.remove();
      labels = [];
      const areas: number[] = [];
      for (const f of data.features) {
        const c = labelPoint(f);
        if (!c) continue;
        const el = document.createElement('div');
        el.className = 'commune-label';
        const fr = String(f.properties?.nameFr ?? '');
        const nl = String(f.properties?.nameNl ?? '');
        el.textContent = pickName(lang, fr, nl);
        const at: [number, number] = [c[0]!, c[1]!];
        const marker = new maplibregl.Marker({ element: el }).setLngLat(at);
        if (shown) marker.addTo(map);
        labels.push({ marker, el, fr, nl, at });
        areas.push(outerArea(f));
      }
      order = labels.map((_, i) => i).sort((a, b) => areas[b]! - areas[a]!);
      place(true);
    },
    setVisible(visible) {
      base.setVisible(visible);
      shown = visible;
      for (const l of labels) (visible ? l.marker.addTo(map) : l.marker.remove());
      place(true);
    },
    setLanguage(next) {
      lang = next;
      for (const l of labels) {
        l.el.textContent = pickName(lang, l.fr, l.nl);
        delete l.size;
      }
      place(true);
    },
  };
}
