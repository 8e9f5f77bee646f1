/** Map layers the user can switch on and off: every data layer plus views derived from them. */
import { mapLayerIds, type MapLayerId } from '../core/types.ts';

/** Toggle ids: the data layer ids, plus the interpolated NO2 surface computed in the browser. */
export const toggleIds = [...mapLayerIds, 'no2-surface'] as const;
/** One toggle id. */
export type ToggleId = (typeof toggleIds)[number];

/** True when the value is a known toggle id. */
export function isToggleId(value: unknown): value is ToggleId {
  return typeof value === 'string' && (toggleIds as readonly string[]).includes(value);
}

/** Data layer a toggle draws from. */
export function dataLayerOf(id: ToggleId): MapLayerId {
  return id === 'no2-surface' ? 'no2-points' : id;
}

/** Layers shown when nothing else is asked for: the land story over a light context. */
export const defaultVisible: readonly ToggleId[] = ['region', 'communes', 'roads', 'productive-zones', 'sites', 'rail-stations'];
