/** Shared shape of the per-layer modules: each owns one GeoJSON source and its style layers. */
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang } from '../i18n/i18n.ts';
import type { ToggleId } from '../state/toggles.ts';

/** Style layer without its source (the module fills it in). */
export type StyleLayer = Omit<maplibregl.FillLayerSpecification, 'source'> | Omit<maplibregl.LineLayerSpecification, 'source'> | Omit<maplibregl.CircleLayerSpecification, 'source'>;
/** Symbol (text) layer without its source. */
export type LabelLayer = Omit<maplibregl.SymbolLayerSpecification, 'source'>;

/** Names a module draws: symbol layers over its source, and their text in a given UI language. */
export interface Labels {
  layers: LabelLayer[];
  text(lang: Lang): maplibregl.ExpressionSpecification;
}

export interface MapLayerModule {
  id: ToggleId;
  sourceId: string;
  /** Style layer ids owned by the module, bottom to top. */
  styleLayerIds: readonly string[];
  /** Add the (empty) source and the style layers; called once, in drawing order. */
  add(map: maplibregl.Map, attribution: string, visible: boolean): void;
  /** Add the module's label layers; called once, after every module's `add`, so names lie above all fills and lines. */
  addLabels?(map: maplibregl.Map, visible: boolean): void;
  /** Give the source its data (once, when loaded). */
  setData(map: maplibregl.Map, data: FeatureCollection): void;
  /** Show or hide every style layer (and any HTML overlay). */
  setVisible(map: maplibregl.Map, visible: boolean): void;
  /** Follow the UI language (names drawn on the map). */
  setLanguage?(map: maplibregl.Map, lang: Lang): void;
}

/** Escape text for maplibre's attribution control, which joins source attributions into innerHTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A module from a list of style layers over one GeoJSON source, with optional name labels. */
export function geojsonModule(id: ToggleId, layers: StyleLayer[], sourceOptions: Partial<maplibregl.GeoJSONSourceSpecification> = {}, labels?: Labels): MapLayerModule {
  const sourceId = `src-${id}`;
  const addLayers = (map: maplibregl.Map, list: readonly (StyleLayer | LabelLayer)[], visible: boolean) => {
    for (const l of list) {
      const layout = { ...(l.layout ?? {}), visibility: visible ? 'visible' : 'none' };
      map.addLayer({ ...l, source: sourceId, layout } as maplibregl.LayerSpecification);
    }
  };
  // label layers exist only once added (after every module's own layers)
  const labelIds = () => (labels?.layers ?? []).map((l) => l.id);
  return {
    id,
    sourceId,
    styleLayerIds: [...layers.map((l) => l.id), ...labelIds()],
    add(map, attribution, visible) {
      map.addSource(sourceId, { type: 'geojson', data: empty, attribution, ...sourceOptions });
      addLayers(map, layers, visible);
    },
    ...(labels && {
      addLabels(map: maplibregl.Map, visible: boolean) {
        addLayers(map, labels.layers, visible);
      },
      setLanguage(map: maplibregl.Map, lang: Lang) {
        for (const l of labelIds()) if (map.getLayer(l)) map.setLayoutProperty(l, 'text-field', labels.text(lang));
      },
    }),
    setData(map, data) {
      (map.getSource(sourceId) as maplibregl.GeoJSONSource | undefined)?.setData(data);
    },
    setVisible(map, visible) {
      for (const l of [...layers.map((x) => x.id), ...labelIds()]) if (map.getLayer(l)) map.setLayoutProperty(l, 'visibility', visible ? 'visible' : 'none');
    },
  };
}
