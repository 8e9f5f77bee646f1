/**
 * What the app needs to hand layers to the map without freezing the page (see mapSession.ts): the map's idle, the
 * GPU having caught up (gpuDrained.ts), and holding layers back from their first draw (gate.ts), the basemap's from
 * the moment the style exists.
 */
import type * as maplibregl from 'maplibre-gl';
import type { ToggleId } from '../state/toggles.ts';
import { createGate } from './gate.ts';
import { gpuDrained } from './gpuDrained.ts';
import type { MapLayers } from './registry.ts';

/** Waiting on the map and the GPU, and holding layers back from drawing. */
export interface LoadingControl {
  /** Resolves at the next idle (all sources loaded, nothing moving). */
  idle(): Promise<void>;
  /** Resolves once the GPU has run every command the map issued so far, without blocking the page (gpuDrained.ts). */
  drained(): Promise<void>;
  /** Keep a layer (or the basemap, held from the start) from drawing while its data goes in (gate.ts). */
  hold(target: ToggleId | 'basemap'): void;
  /** Let a held layer (or the basemap) draw. */
  release(target: ToggleId | 'basemap'): void;
  /** True when some style layer of the layer is visible (it draws once it has data). */
  shown(id: ToggleId): boolean;
  /**
   * Show a hidden layer without a freeze: held while maplibre tiles it for drawing, released once the map is idle
   * and the GPU free; resolves then. A layer shown already is left as it is.
   */
  reveal(id: ToggleId): Promise<void>;
}

/** The loading control of `map`; call it before the style loads, so the basemap is held before a tile is drawn. */
export function createLoadingControl(map: maplibregl.Map, layers: MapLayers): LoadingControl {
  const gate = createGate(map);
  // every layer of the style when it loads is the basemap's: ours are added later, at 'load'
  let basemapIds: string[] = [];
  map.once('styledata', () => {
    basemapIds = map.getStyle().layers.map((l) => l.id);
    gate.hold(basemapIds);
  });
  const styleLayersOf = (target: ToggleId | 'basemap') => (target === 'basemap' ? basemapIds : (layers.of(target)?.styleLayerIds ?? []));
  const idle = () =>
    new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint(); // an already idle map fires 'idle' again after this frame
    });
  const drained = () => gpuDrained(map.getCanvas());
  const shown = (id: ToggleId) => styleLayersOf(id).some((l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none');
  return {
    idle,
    drained,
    hold: (target) => gate.hold(styleLayersOf(target)),
    release: (target) => gate.release(styleLayersOf(target)),
    shown,
    async reveal(id) {
      const layer = layers.of(id);
      if (!layer || shown(id)) return;
      // maplibre tiles a layer only once it is visible, and builds its programs at its first draw after that
      gate.hold(layer.styleLayerIds);
      layer.setVisible(true);
      await idle();
      await drained();
      gate.release(layer.styleLayerIds);
    },
  };
}
