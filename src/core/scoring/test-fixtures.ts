/** Hand-made sites for the scoring tests (test-only; never imported by the app). */
import type { SiteStatus } from '../types.ts';
import type { SiteInput } from './model.ts';

/** A neutral site: every metric at a middling value; override what a test is about. */
export function makeSite(siteId: string, over: Partial<SiteInput> = {}, status: SiteStatus = 'available'): SiteInput {
  return {
    siteId,
    status,
    areaM2: 2000,
    distMetroM: 1000,
    distTramM: 600,
    distBusM: 300,
    linesWithin400m: 2,
    distRailStationM: 1500,
    distRailSidingM: 800,
    distCanalM: 1500,
    distCycleRouteM: 300,
    distMajorRoadM: 300,
    distMotorwayM: 3000,
    distVilloM: 400,
    no2UgM3: 25,
    no2StationUgM3: 30,
    distHousingM: 120,
    distProductiveZoneM: 0,
    distSensitiveM: 200,
    workshopsWithin1km: 4,
    residents20MinTransit: 90_000,
    residents30MinTransit: 260_000,
    residents45MinTransit: 600_000,
    employedResidents20MinTransit: 35_000,
    employedResidents30MinTransit: 100_000,
    employedResidents45MinTransit: 230_000,
    roadKmToMotorway: 3.5,
    truckMinToMotorway: 8,
    roadKmToCanalQuay: 3,
    ...over,
  };
}

/** A 5,000 m² canal-side brownfield in the port area, far from housing, poorly served by STIB, 3 truck minutes from the ring. */
export const canalBrownfield = makeSite('canal-brownfield', {
  areaM2: 5000, distCanalM: 20, distRailSidingM: 150, distMajorRoadM: 60, distMotorwayM: 1500,
  distHousingM: 300, distSensitiveM: 450, distMetroM: 1400, distTramM: 900, distBusM: 500, linesWithin400m: 0,
  distRailStationM: 2000, distCycleRouteM: 200, distVilloM: 900, no2UgM3: 31, workshopsWithin1km: 6, distProductiveZoneM: 0,
  residents20MinTransit: 20_000, residents30MinTransit: 90_000, residents45MinTransit: 380_000,
  employedResidents20MinTransit: 7_000, employedResidents30MinTransit: 32_000, employedResidents45MinTransit: 140_000,
  roadKmToMotorway: 1.8, truckMinToMotorway: 3, roadKmToCanalQuay: 0.2,
});

/** A 200 m² plot in the dense centre, beside a school and housing, very well served, far from the motorway by truck. */
export const schoolPlot = makeSite('school-plot', {
  areaM2: 200, distCanalM: 1800, distRailSidingM: 2500, distMajorRoadM: 400, distMotorwayM: 4500,
  distHousingM: 5, distSensitiveM: 15, distMetroM: 250, distTramM: 120, distBusM: 80, linesWithin400m: 9,
  distRailStationM: 700, distCycleRouteM: 40, distVilloM: 90, no2UgM3: 18, workshopsWithin1km: 9, distProductiveZoneM: 600,
  residents20MinTransit: 210_000, residents30MinTransit: 520_000, residents45MinTransit: 1_000_000,
  employedResidents20MinTransit: 80_000, employedResidents30MinTransit: 205_000, employedResidents45MinTransit: 390_000,
  roadKmToMotorway: 6.2, truckMinToMotorway: 14, roadKmToCanalQuay: 2.4,
});
