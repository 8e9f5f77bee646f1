/** Loads every layer of the manifest (priority first, a few at a time) and reports each outcome. */
import type { FeatureCollection } from 'geojson';
import { mapLayerIds, type MapLayerId } from '../core/types.ts';
import type { CheckedManifest } from '../data/manifest.ts';
import { LayerLoadError, type GeodataSource } from '../data/source.ts';
import type { LayerStatus } from '../state/state.ts';

export const defaultOptions = {
  /** Files fetched and decoded at the same time. */
  concurrency: 3,
};

/** Callbacks for each layer's outcome. */
export interface LoadEvents {
  status(id: MapLayerId, status: LayerStatus): void;
  loaded(id: MapLayerId, data: FeatureCollection): void;
}

/** Status for an error thrown by a source. */
export function statusOfError(e: unknown): LayerStatus {
  if (e instanceof LayerLoadError) return { state: 'error', reason: e.reason, detail: e.message };
  return { state: 'error', reason: 'other', detail: e instanceof Error ? e.message : String(e) };
}

/** Load the given layers, in order, a few at a time. Layers absent from the manifest are reported missing, or skipped with the reason. */
export async function loadLayers(
  source: GeodataSource,
  manifest: CheckedManifest,
  ids: readonly MapLayerId[],
  events: LoadEvents,
  signal: AbortSignal,
  options: Partial<typeof defaultOptions> = {},
): Promise<void> {
  const o = { ...defaultOptions, ...options };
  const listed = new Set(manifest.layers.map((l) => l.id));
  const queue: MapLayerId[] = [];
  for (const id of new Set(ids)) {
    const skipped = manifest.skipped?.find((s) => s.layerId === id);
    if (listed.has(id)) {
      events.status(id, { state: 'loading' });
      queue.push(id);
    } else if (skipped) events.status(id, { state: 'error', reason: 'other', detail: `skipped: ${skipped.reason}` });
    else events.status(id, { state: 'error', reason: 'missing', detail: `${id}: not in manifest.json` });
  }
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const data = await source.layer(id, signal);
        if (signal.aborted) return;
        events.loaded(id, data);
        events.status(id, { state: 'ready', count: data.features.length });
      } catch (e) {
        if (signal.aborted) return;
        events.status(id, statusOfError(e));
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
}

/** Layers loaded before any other: the map is usable, and the list can rank, once they are in. */
export const firstLayers: readonly MapLayerId[] = ['productive-zones', 'sites'];

/** Every layer id, `first` ones at the front (catalogue order otherwise). */
export function loadOrder(first: readonly MapLayerId[]): MapLayerId[] {
  return [...new Set([...first, ...mapLayerIds])];
}

/**
 * Status of a layer computed in the browser from `inputs`: an error naming the first input that failed
 * (so it never waits forever), loading while any is pending, null once all are ready to compute from.
 */
export function derivedStatus(inputs: readonly MapLayerId[], statuses: { get(id: MapLayerId): LayerStatus | undefined }): LayerStatus | null {
  for (const id of inputs) {
    const s = statuses.get(id);
    if (s?.state === 'error') return { state: 'error', reason: s.reason, detail: `needs ${id}, which could not be loaded (${s.detail})` };
  }
  return inputs.every((id) => statuses.get(id)?.state === 'ready') ? null : { state: 'loading' };
}
