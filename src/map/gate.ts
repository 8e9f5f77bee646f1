/**
 * Holding style layers back from drawing while their data goes to maplibre, and letting them draw at a moment the
 * caller picks. A layer's first draw makes maplibre build its shader programs, and building one waits for the GPU to
 * finish every frame it was given; with a software renderer a frame takes 100–300 ms, so a first draw in the middle
 * of loading froze the page that long. maplibre draws a frame as soon as new data arrives, before its tiles are
 * ready, so that wait cannot be avoided by timing `setData` alone: the layer is held, given its data, and released
 * once the GPU is free (gpuDrained.ts); its first draw is then the first frame after the release.
 * The switches are paint properties that need no new tiles: the whole-layer opacity of fills and lines, and the
 * opacities of circles when those are constants (maplibre skips a layer whose opacity is the constant 0). Changing a
 * filter, a layout property or a data-driven paint property would re-tile the source and bring the wait back, so
 * other layer types, and circles with data-driven opacities, are never held.
 */
import type * as maplibregl from 'maplibre-gl';

/** One paint property set to 0 while held, with the value it goes back to (undefined: the style's default). */
interface HeldProperty {
  name: string;
  open: unknown;
}

/** Properties that hold a layer of each type: none for other types. */
const switches: Partial<Record<string, readonly string[]>> = {
  fill: ['fill-layer-opacity'],
  line: ['line-layer-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
};

/** Holds and releases style layers of one map. */
export interface Gate {
  /** Stop the layers drawing (those that can be held; ids already held or missing are skipped). */
  hold(styleLayerIds: readonly string[]): void;
  /** Let held layers draw again, as they were styled; ids not held are skipped. */
  release(styleLayerIds: readonly string[]): void;
}

/** A gate over `map`; what it holds is remembered here, per map. */
export function createGate(map: maplibregl.Map): Gate {
  const held = new Map<string, HeldProperty[]>();
  const set = (id: string, name: string, value: unknown) => map.setPaintProperty(id, name as 'fill-opacity', value as number);
  return {
    hold(styleLayerIds) {
      for (const id of styleLayerIds) {
        const names = switches[map.getLayer(id)?.type ?? ''];
        if (!names || held.has(id)) continue;
        const props = names.map((name) => ({ name, open: map.getPaintProperty(id, name as 'fill-opacity') as unknown }));
        if (!props.every((p) => p.open === undefined || typeof p.open === 'number')) continue; // data-driven: would re-tile
        held.set(id, props);
        for (const p of props) {
          // no fade: a value between 0 and 1 would draw (and build programs) in frames of the caller's choosing
          set(id, `${p.name}-transition`, { duration: 0, delay: 0 });
          set(id, p.name, 0);
        }
      }
    },
    release(styleLayerIds) {
      for (const id of styleLayerIds) {
        const props = held.get(id);
        if (!props) continue;
        held.delete(id);
        if (map.getLayer(id)) for (const p of props) set(id, p.name, p.open);
      }
    },
  };
}
