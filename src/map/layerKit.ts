/**
 * Shared shape of the map layers: each module exports a factory that, given one map, returns a layer owning its
 * GeoJSON source, its style layers and whatever it remembers about that map. Nothing is kept at module level, so two
 * maps (a hot reload, a test) never share state.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import { geometriesBbox } from '../core/geo/bbox.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { ToggleId } from '../state/toggles.ts';
import { nextTask } from '../core/tasks.ts';

/** Style layer without its source (the layer fills it in). */
export type StyleLayer = Omit<maplibregl.FillLayerSpecification, 'source'> | Omit<maplibregl.LineLayerSpecification, 'source'> | Omit<maplibregl.CircleLayerSpecification, 'source'>;
/** Symbol (text) layer without its source. */
export type LabelLayer = Omit<maplibregl.SymbolLayerSpecification, 'source'>;

/** Names a layer draws: symbol layers over its source, and their text in a given UI language. */
export interface Labels {
  layers: LabelLayer[];
  text(lang: Lang): maplibregl.ExpressionSpecification;
}

/** One data layer on one map. */
export interface MapLayer {
  readonly id: ToggleId;
  readonly sourceId: string;
  /** Style layer ids owned by the layer, bottom to top. */
  readonly styleLayerIds: readonly string[];
  /** Add the (empty) source and the style layers; called once, in drawing order. */
  add(attribution: string, visible: boolean): void;
  /** Add the label layers; called once, after every layer's `add`, so names lie above all fills and lines. */
  addLabels?(visible: boolean): void;
  /** Give the source its data (once, when loaded); a big layer goes in pieces, done when the promise settles. */
  setData(data: FeatureCollection): void | Promise<void>;
  /** Show or hide every style layer (and any HTML overlay). */
  setVisible(visible: boolean): void;
  /** Follow the UI language (names drawn on the map). */
  setLanguage?(lang: Lang): void;
}

/** Creates a layer on a given map. */
export type MapLayerFactory = (map: maplibregl.Map) => MapLayer;

/** What a plain layer declares: its style layers over one GeoJSON source, with optional name labels. */
export interface GeojsonLayerSpec {
  id: ToggleId;
  layers: StyleLayer[];
  sourceOptions?: Partial<maplibregl.GeoJSONSourceSpecification>;
  labels?: Labels;
}

/** Escape text for maplibre's attribution control, which joins source attributions into innerHTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export const defaultOptions = {
  /** Features given to maplibre per task: it copies them to its worker in one go (about 6 ms per 1,000 roads here). */
  featuresPerTask: 3000,
};

/**
 * Give `source` the features of `data`, at most `featuresPerTask` per task: maplibre copies what it is given to its
 * worker in one task, and the 14,572 roads in one go froze the page for about 100 ms. The first piece replaces the
 * source's data, the others are added (maplibre's updateData, which needs an id on every feature: a feature without
 * one gets its index). Stops when `stale()` says newer data was given meanwhile.
 */
export async function setDataInPieces(source: maplibregl.GeoJSONSource, data: FeatureCollection, stale: () => boolean, featuresPerTask = defaultOptions.featuresPerTask): Promise<void> {
  const n = data.features.length;
  if (n <= featuresPerTask) return void source.setData(data);
  const features = data.features.map((f, i) => (f.id === undefined ? { ...f, id: i } : f));
  source.setData({ type: 'FeatureCollection', features: features.slice(0, featuresPerTask) });
  for (let i = featuresPerTask; i < n; i += featuresPerTask) {
    await nextTask();
    if (stale()) return;
    await source.updateData({ add: features.slice(i, i + featuresPerTask) });
  }
}

/** A layer of `map` from a list of style layers over one GeoJSON source, with optional name labels. */
export function createGeojsonLayer(map: maplibregl.Map, spec: GeojsonLayerSpec): MapLayer {
  const { id, layers, sourceOptions = {}, labels } = spec;
  const sourceId = `src-${id}`;
  const addLayers = (list: readonly (StyleLayer | LabelLayer)[], visible: boolean) => {
    for (const l of list) {
      const layout = { ...(l.layout ?? {}), visibility: visible ? 'visible' : 'none' };
      map.addLayer({ ...l, source: sourceId, layout } as maplibregl.LayerSpecification);
    }
  };
  const labelIds = (labels?.layers ?? []).map((l) => l.id);
  const styleLayerIds = [...layers.map((l) => l.id), ...labelIds];
  let version = 0; // of the data given last: pieces of older data stop going in
  return {
    id,
    sourceId,
    styleLayerIds,
    add(attribution, visible) {
      map.addSource(sourceId, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution, ...sourceOptions });
      addLayers(layers, visible);
    },
    ...(labels && {
      addLabels(visible: boolean) {
        addLayers(labels.layers, visible);
      },
      setLanguage(lang: Lang) {
        // label layers exist only once added (after every layer's own layers)
        for (const l of labelIds) if (map.getLayer(l)) map.setLayoutProperty(l, 'text-field', labels.text(lang));
      },
    }),
    setData(data) {
      const source = map.getSource(sourceId) as maplibregl.GeoJSONSource | undefined;
      const v = ++version;
      return source && setDataInPieces(source, data, () => v !== version);
    },
    setVisible(visible) {
      for (const l of styleLayerIds) if (map.getLayer(l)) map.setLayoutProperty(l, 'visibility', visible ? 'visible' : 'none');
    },
  };
}

/** The factory of a plain layer: a fresh instance of `spec` per map. */
export function geojsonLayer(spec: GeojsonLayerSpec): MapLayerFactory {
  return (map) => createGeojsonLayer(map, spec);
}

/** A highlight a site layer draws by feature-state. */
export type HighlightKey = 'hover' | 'selected';

/**
 * Highlights on one source by feature-state: each key marks at most one feature (by id), and setting a key again
 * clears the feature it marked before. What is marked lives in the returned function, per map.
 */
export function featureHighlights(map: maplibregl.Map, source: string): (key: HighlightKey, id: string | null) => void {
  const marked: Record<HighlightKey, string | null> = { hover: null, selected: null };
  return (key, id) => {
    const prev = marked[key];
    if (prev === id) return;
    if (prev !== null) map.setFeatureState({ source, id: prev }, { [key]: false });
    if (id !== null) map.setFeatureState({ source, id }, { [key]: true });
    marked[key] = id;
  };
}

/** Each feature's bounding box ([w, s, e, n] degrees) by its `siteId` property, for zooming to a site. */
export function boundsBySiteId(features: readonly Feature[]): Map<string, [number, number, number, number]> {
  const out = new Map<string, [number, number, number, number]>();
  for (const f of features) {
    const id = f.properties?.siteId;
    if (typeof id !== 'string' || !f.geometry) continue;
    const b = geometriesBbox([f.geometry]);
    if (b) out.set(id, b);
  }
  return out;
}

