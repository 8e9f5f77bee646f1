/** The data layers of one map, in drawing order (bottom to top). */
import type * as maplibregl from 'maplibre-gl';
import type { ToggleId } from '../state/toggles.ts';
import type { MapLayer } from './layerKit.ts';
import { createCanalLayer } from './layers/canal.ts';
import { createCommunesLayer } from './layers/communes.ts';
import { createCycleRoutesLayer } from './layers/cycleRoutes.ts';
import { createHousingLayer } from './layers/housing.ts';
import { createLandLossesLayer, type LandLossesLayer } from './layers/landLosses.ts';
import { createNo2PointsLayer } from './layers/no2Points.ts';
import { createNo2SurfaceLayer } from './layers/no2Surface.ts';
import { createPlannerChoropleth, type PlannerChoropleth } from './layers/plannerChoropleth.ts';
import { createSensitiveLayer, createVilloLayer, createWorkshopsLayer } from './layers/points.ts';
import { createProductiveZonesLayer } from './layers/productiveZones.ts';
import { createRailSidingsLayer } from './layers/railSidings.ts';
import { createRailStationsLayer } from './layers/railStations.ts';
import { createRegionLayer } from './layers/region.ts';
import { createRoadsLayer } from './layers/roads.ts';
import { createSitesLayer, type SitesLayer } from './layers/sites.ts';
import { createSiteReachLayer, type SiteReachLayer } from './layers/siteReach.ts';
import { createTransitLinesLayer } from './layers/transitLines.ts';
import { createTransitStopsLayer } from './layers/transitStops.ts';
import { createUserSitesLayer, type UserSitesLayer } from './layers/userSites.ts';

/** One map's layers: all of them in drawing order, the sites layers by name (hover, selection, scores), and the planner's. */
export interface MapLayers {
  readonly all: readonly MapLayer[];
  readonly sites: SitesLayer;
  /** The user's own sites (toggle `user-sites`), drawn just above the shipped sites. */
  readonly userSites: UserSitesLayer;
  /** The planner view's choropleth (municipalities from the communes layer's source) and land losses: not toggles. */
  readonly planner: PlannerChoropleth;
  readonly losses: LandLossesLayer;
  /**
   * Add the planner's layers, hidden, after every data layer's `add`: the choropleth fills above the basemap and under
   * every data layer (streets and zones stay readable over them), its outlines and the losses under the zones and sites.
   */
  addPlanner(): void;
  /** The selected site's transit reach (over the planner's sector source) and truck route: not a toggle. */
  readonly reach: SiteReachLayer;
  /**
   * Add the reach's layers, hidden, after `addPlanner` (they read its sector source): the sector fills above the
   * planner's and under every data layer, the route just under the sites.
   */
  addReach(): void;
  /** Layer of a toggle. */
  of(id: ToggleId): MapLayer | undefined;
}

/** Create every data layer for `map` (nothing is added to the map until each layer's `add`). */
export function createMapLayers(map: maplibregl.Map): MapLayers {
  const sites = createSitesLayer(map);
  const userSites = createUserSitesLayer(map);
  const zones = createProductiveZonesLayer(map);
  const communes = createCommunesLayer(map);
  const planner = createPlannerChoropleth(map, { municipalitiesSource: communes.sourceId });
  const losses = createLandLossesLayer(map);
  const reach = createSiteReachLayer(map, { sectorsSource: planner.sectorsSourceId });
  const all: readonly MapLayer[] = [
    createRoadsLayer(map),
    createHousingLayer(map),
    createNo2SurfaceLayer(map),
    zones,
    createCanalLayer(map),
    communes,
    createRegionLayer(map),
    createRailSidingsLayer(map),
    createCycleRoutesLayer(map),
    createTransitLinesLayer(map),
    sites,
    userSites,
    createSensitiveLayer(map),
    createWorkshopsLayer(map),
    createNo2PointsLayer(map),
    createVilloLayer(map),
    createTransitStopsLayer(map),
    createRailStationsLayer(map),
  ];
  return {
    all,
    sites,
    userSites,
    planner,
    losses,
    addPlanner() {
      const underZones = zones.styleLayerIds[0];
      planner.add(all[0]?.styleLayerIds[0], underZones);
      losses.add(underZones);
    },
    reach,
    addReach() {
      reach.add(all[0]?.styleLayerIds[0], sites.styleLayerIds[0]);
    },
    of: (id) => all.find((l) => l.id === id),
  };
}
