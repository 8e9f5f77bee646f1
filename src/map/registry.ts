/** The data layers of one map, in drawing order (bottom to top). */
import type * as maplibregl from 'maplibre-gl';
import type { ToggleId } from '../state/toggles.ts';
import type { MapLayer } from './layerKit.ts';
import { createCanalLayer } from './layers/canal.ts';
import { createCommunesLayer } from './layers/communes.ts';
import { createCycleRoutesLayer } from './layers/cycleRoutes.ts';
import { createHousingLayer } from './layers/housing.ts';
import { createNo2PointsLayer } from './layers/no2Points.ts';
import { createNo2SurfaceLayer } from './layers/no2Surface.ts';
import { createSensitiveLayer, createVilloLayer, createWorkshopsLayer } from './layers/points.ts';
import { createProductiveZonesLayer } from './layers/productiveZones.ts';
import { createRailSidingsLayer } from './layers/railSidings.ts';
import { createRailStationsLayer } from './layers/railStations.ts';
import { createRegionLayer } from './layers/region.ts';
import { createRoadsLayer } from './layers/roads.ts';
import { createSitesLayer, type SitesLayer } from './layers/sites.ts';
import { createTransitLinesLayer } from './layers/transitLines.ts';
import { createTransitStopsLayer } from './layers/transitStops.ts';

/** One map's layers: all of them in drawing order, and the sites layer by name (hover, selection, scores). */
export interface MapLayers {
  readonly all: readonly MapLayer[];
  readonly sites: SitesLayer;
  /** Layer of a toggle. */
  of(id: ToggleId): MapLayer | undefined;
}

/** Create every data layer for `map` (nothing is added to the map until each layer's `add`). */
export function createMapLayers(map: maplibregl.Map): MapLayers {
  const sites = createSitesLayer(map);
  const all: readonly MapLayer[] = [
    createRoadsLayer(map),
    createHousingLayer(map),
    createNo2SurfaceLayer(map),
    createProductiveZonesLayer(map),
    createCanalLayer(map),
    createCommunesLayer(map),
    createRegionLayer(map),
    createRailSidingsLayer(map),
    createCycleRoutesLayer(map),
    createTransitLinesLayer(map),
    sites,
    createSensitiveLayer(map),
    createWorkshopsLayer(map),
    createNo2PointsLayer(map),
    createVilloLayer(map),
    createTransitStopsLayer(map),
    createRailStationsLayer(map),
  ];
  return { all, sites, of: (id) => all.find((l) => l.id === id) };
}
