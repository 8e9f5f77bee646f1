/**
 * One table per metric: export column name (unit in the name), display unit, and which direction is "better"
 * when sites are compared side by side. Typed as Record<MetricKey, …> so a metric added to types.ts fails to
 * compile here until it has a column name and a direction.
 */
import type { MetricKey } from '../types';

/** Which value of a metric the compare view marks as best. */
export type Better = 'lower' | 'higher' | 'neutral';

/** Export and compare description of one metric. */
export interface MetricInfo {
  /** Column / property name in CSV and GeoJSON exports, snake_case with the unit last. */
  column: string;
  /** Unit as shown to the user. */
  unit: string;
  /** Direction of "better" in the compare view (sector-independent; scores do the sector-specific part). */
  better: Better;
}

/** Export column, display unit and compare direction of every metric. */
export const metricTable: Readonly<Record<MetricKey, MetricInfo>> = {
  // Larger plots fit more activities; sector minimum sizes are gates in scoring, not here.
  areaM2: { column: 'area_m2', unit: 'm²', better: 'higher' },
  // Closer public transport means workers reach the site without a car.
  distMetroM: { column: 'dist_metro_m', unit: 'm', better: 'lower' },
  distTramM: { column: 'dist_tram_m', unit: 'm', better: 'lower' },
  distBusM: { column: 'dist_bus_m', unit: 'm', better: 'lower' },
  // More lines nearby means more places reachable directly.
  linesWithin400m: { column: 'lines_within_400m_count', unit: 'lines', better: 'higher' },
  // Train access for staff and visitors.
  distRailStationM: { column: 'dist_rail_station_m', unit: 'm', better: 'lower' },
  // Rail freight needs a siding close by.
  distRailSidingM: { column: 'dist_rail_siding_m', unit: 'm', better: 'lower' },
  // Water freight and construction-material logistics use the canal.
  distCanalM: { column: 'dist_canal_m', unit: 'm', better: 'lower' },
  // Cycle logistics and cycling staff.
  distCycleRouteM: { column: 'dist_cycle_route_m', unit: 'm', better: 'lower' },
  // Lorries should reach the main network without crossing residential streets.
  distMajorRoadM: { column: 'dist_major_road_m', unit: 'm', better: 'lower' },
  distMotorwayM: { column: 'dist_motorway_m', unit: 'm', better: 'lower' },
  // Shared bikes for staff.
  distVilloM: { column: 'dist_villo_m', unit: 'm', better: 'lower' },
  // Cleaner air for people working on site; also less added burden where air is already poor.
  no2UgM3: { column: 'no2_ug_m3', unit: 'µg/m³', better: 'lower' },
  no2StationUgM3: { column: 'no2_station_ug_m3', unit: 'µg/m³', better: 'lower' },
  // Farther from homes means fewer nuisance conflicts (noise, traffic, smell).
  distHousingM: { column: 'dist_housing_m', unit: 'm', better: 'higher' },
  // Being near other productive land helps clustering and shared logistics.
  distProductiveZoneM: { column: 'dist_productive_zone_m', unit: 'm', better: 'lower' },
  // Farther from schools, crèches, hospitals means fewer nuisance conflicts.
  distSensitiveM: { column: 'dist_sensitive_m', unit: 'm', better: 'higher' },
  // More workshops nearby means suppliers, clients and skills close by.
  workshopsWithin1km: { column: 'workshops_within_1km_count', unit: 'workshops', better: 'higher' },
  // Access by the networks (issue 13), modelled; empty cells where not computed (a user's own site).
  // Census 2021 residents and employed residents reachable by STIB and walking: a larger labour shed and clientele.
  residents20MinTransit: { column: 'residents_20min_transit', unit: 'residents', better: 'higher' },
  residents30MinTransit: { column: 'residents_30min_transit', unit: 'residents', better: 'higher' },
  residents45MinTransit: { column: 'residents_45min_transit', unit: 'residents', better: 'higher' },
  employedResidents20MinTransit: { column: 'employed_residents_20min_transit', unit: 'residents', better: 'higher' },
  employedResidents30MinTransit: { column: 'employed_residents_30min_transit', unit: 'residents', better: 'higher' },
  employedResidents45MinTransit: { column: 'employed_residents_45min_transit', unit: 'residents', better: 'higher' },
  // Truck route over the 2013 roads: a shorter, quicker way to the motorway and to a canal quay.
  roadKmToMotorway: { column: 'road_km_to_motorway', unit: 'km', better: 'lower' },
  truckMinToMotorway: { column: 'truck_min_to_motorway', unit: 'min', better: 'lower' },
  roadKmToCanalQuay: { column: 'road_km_to_canal_quay', unit: 'km', better: 'lower' },
};

/** Whether a string is one of the metric keys. */
export function isMetricKey(key: string): key is MetricKey {
  return Object.prototype.hasOwnProperty.call(metricTable, key);
}
