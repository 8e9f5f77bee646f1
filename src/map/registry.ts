/** Every map layer module, in drawing order (bottom to top). */
import type { ToggleId } from '../state/toggles.ts';
import type { MapLayerModule } from './layerKit.ts';
import { canalLayer } from './layers/canal.ts';
import { communesLayer } from './layers/communes.ts';
import { cycleRoutesLayer } from './layers/cycleRoutes.ts';
import { housingLayer } from './layers/housing.ts';
import { no2PointsLayer } from './layers/no2Points.ts';
import { no2SurfaceLayer } from './layers/no2Surface.ts';
import { sensitiveLayer, villoLayer, workshopsLayer } from './layers/points.ts';
import { productiveZonesLayer } from './layers/productiveZones.ts';
import { railSidingsLayer } from './layers/railSidings.ts';
import { railStationsLayer } from './layers/railStations.ts';
import { regionLayer } from './layers/region.ts';
import { roadsLayer } from './layers/roads.ts';
import { sitesLayer } from './layers/sites.ts';
import { transitLinesLayer } from './layers/transitLines.ts';
import { transitStopsLayer } from './layers/transitStops.ts';

export const mapLayers: readonly MapLayerModule[] = [
  roadsLayer,
  housingLayer,
  no2SurfaceLayer,
  productiveZonesLayer,
  canalLayer,
  communesLayer,
  regionLayer,
  railSidingsLayer,
  cycleRoutesLayer,
  transitLinesLayer,
  sitesLayer,
  sensitiveLayer,
  workshopsLayer,
  no2PointsLayer,
  villoLayer,
  transitStopsLayer,
  railStationsLayer,
];

/** Module of a toggle. */
export function moduleOf(id: ToggleId): MapLayerModule | undefined {
  return mapLayers.find((m) => m.id === id);
}
