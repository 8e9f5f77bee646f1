/** Map layers the user can switch on and off: every data layer plus views derived from them, and the user's own sites. */
import { mapLayerIds, type MapLayerId } from '../core/types.ts';

/**
 * Toggle ids: the data layer ids, plus the interpolated NO2 surface computed in the browser and the user's own sites
 * (drawn or imported, kept in the browser: no file of geodata/ behind them).
 */
export const toggleIds = [...mapLayerIds, 'no2-surface', 'user-sites'] as const;
/** One toggle id. */
export type ToggleId = (typeof toggleIds)[number];

/** True when the value is a known toggle id. */
export function isToggleId(value: unknown): value is ToggleId {
  return typeof value === 'string' && (toggleIds as readonly string[]).includes(value);
}

/** Data layer a toggle draws from; null for the user's sites, which come from no data layer. */
export function dataLayerOf(id: ToggleId): MapLayerId | null {
  if (id === 'user-sites') return null;
  return id === 'no2-surface' ? 'no2-points' : id;
}

/** Layers shown when nothing else is asked for: the land story over a light context, and the user's own sites. */
export const defaultVisible: readonly ToggleId[] = ['region', 'communes', 'roads', 'productive-zones', 'sites', 'rail-stations', 'user-sites'];
