/**
 * The planner view drives the map through narrow effects: the choropleth colours (one feature-state per area whose
 * colour changed), the sectors and losses once loaded, the fit to a chosen municipality, clicks on the map.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { classesOf, colourOf } from '../core/planner/breaks.ts';
import type { IndicatorId } from '../core/planner/indicators.ts';
import type { LandLossProperties } from '../core/planner/types.ts';
import type { MapController } from '../map/mapView.ts';
import type { PlannerSlice, PlannerSort } from '../state/planner.ts';
import type { Action } from '../state/state.ts';
import type { PlannerLoad } from './usePlanner.ts';

/** The view's callbacks into the app. */
export interface PlannerCallbacks {
  onIndicator(id: IndicatorId): void;
  onSort(sort: PlannerSort): void;
  onSelect(nis: string | null): void;
  onOpenLoss(loss: LandLossProperties): void;
}

/** Wire the planner slice and its data to the map; returns the callbacks the planner view calls. */
export function usePlannerMap(map: MapController | null, slice: PlannerSlice, load: PlannerLoad, dispatch: (a: Action) => void): PlannerCallbacks {
  const { data } = load;
  // colours per area for the chosen indicator; municipalities and sectors are classed apart (their ranges differ)
  const colouring = useMemo(() => {
    if (!data) return null;
    const m = classesOf(slice.indicator, data.municipalities);
    const s = classesOf(slice.indicator, data.sectors);
    return {
      municipalities: data.municipalities.map((a) => ({ code: a.code, colour: colourOf(a, m) })),
      sectors: data.sectors.map((a) => ({ code: a.code, colour: colourOf(a, s) })),
    };
  }, [data, slice.indicator]);

  useEffect(() => {
    if (!map) return;
    if (!slice.on || !colouring) return void map.setPlanner(null);
    map.setPlanner({ ...colouring, selectedNis: slice.nis, key: `${slice.indicator}:${slice.nis ?? 'none'}` });
  }, [map, slice.on, colouring, slice.nis, slice.indicator]);

  useEffect(() => {
    if (map && (load.sectors || load.losses)) map.setPlannerData({ ...(load.sectors ? { sectors: load.sectors } : {}), ...(load.losses ? { losses: load.losses } : {}) });
  }, [map, load.sectors, load.losses]);

  useEffect(() => {
    if (!map || !slice.on) return;
    return map.onMunicipalityClick((nis) => {
      dispatch({ type: 'planner', action: { type: 'select', nis } });
      map.fitMunicipality(nis);
    });
  }, [map, slice.on]);

  // a link that opens on a municipality shows it, once the map exists
  useEffect(() => {
    if (map && slice.on && slice.nis) map.fitMunicipality(slice.nis);
  }, [map]);

  return useMemo(
    () => ({
      onIndicator: (id) => dispatch({ type: 'planner', action: { type: 'indicator', id } }),
      onSort: (sort) => dispatch({ type: 'planner', action: { type: 'sort', sort } }),
      onSelect: (nis) => {
        dispatch({ type: 'planner', action: { type: 'select', nis } });
        if (nis) map?.fitMunicipality(nis);
        else map?.fitRegion();
      },
      onOpenLoss: (loss) => {
        map?.flyToLoss(loss.lon, loss.lat);
        if (loss.siteId) dispatch({ type: 'selectSite', siteId: loss.siteId });
      },
    }),
    [map, dispatch],
  );
}
