/**
 * The `sites` layer: candidate land cleaned to one site per piece of land, measured, given an
 * availability status with evidence (rules in `src/core/status`), an address and its 2013 land use.
 */
import { accessNotMeasured } from '../../src/core/access/metrics.ts';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { MetricIndex } from '../../src/core/geo/metrics.ts';
import { measureSite, type CommuneFinder } from '../../src/core/geo/metricContext.ts';
import { addressFinder, landuseHistoryFinder, type StreetProps } from '../../src/core/geo/siteContext.ts';
import { decideStatus } from '../../src/core/status/decide.ts';
import { encodeEvidence } from '../../src/core/status/evidence.ts';
import { siteLanduses, siteStatuses, type SiteLanduse, type SiteProperties, type SiteStatus } from '../../src/core/types.ts';
import type { SiteShapeProps } from './layers.ts';
import { resolveSiteOverlaps, type SiteGeometryReport } from './siteGeometry.ts';

type Polygonal = Polygon | MultiPolygon;

/** Inputs besides the site shapes. */
export interface SiteInputs {
  index: MetricIndex;
  streets: Feature<Geometry, StreetProps>[];
  landuse2013: Feature<Geometry, { landuse?: unknown }>[];
  /** Municipality of a site (containing its representative point, else nearest). */
  communeOf: CommuneFinder;
  /** Build date, ISO `YYYY-MM-DD` (end dates before it have passed). */
  asOf: string;
}

/** What building the sites did, for the summary and the manifest. */
export interface SitesReport {
  geometry: SiteGeometryReport;
  /** Sites per land-use class (the former kinds) and status. */
  statusCounts: Record<SiteLanduse, Record<SiteStatus, number>>;
  /** Sites whose status is uncertain, per status. */
  uncertain: Record<SiteStatus, number>;
  /** Sites with no named street within reach. */
  withoutStreet: number;
}

const zeroByStatus = (): Record<SiteStatus, number> => Object.fromEntries(siteStatuses.map((s) => [s, 0])) as Record<SiteStatus, number>;

/** Cleans, measures and qualifies the candidate sites (Lambert 72 in and out). */
export function buildSites(shapes: Feature<Polygonal, SiteShapeProps>[], inputs: SiteInputs): { sites: Feature<Polygonal, SiteProperties>[]; report: SitesReport } {
  const cleaned = resolveSiteOverlaps(shapes, (f) => `${f.properties.landuse} site ${f.properties.siteId}${f.properties.name ? ` (${f.properties.name})` : ''}`);
  const addressOf = addressFinder(inputs.streets);
  const historyOf = landuseHistoryFinder(inputs.landuse2013);
  const statusCounts = Object.fromEntries(siteLanduses.map((l) => [l, zeroByStatus()])) as SitesReport['statusCounts'];
  const uncertain = zeroByStatus();
  let withoutStreet = 0;

  const sites = cleaned.sites.map((s): Feature<Polygonal, SiteProperties> => {
    const { siteId, landuse, name, tags } = s.properties;
    // The same measurement as the user's own sites in the browser (core/geo/metricContext.ts).
    const m = measureSite({ index: inputs.index, addressOf, communeOf: inputs.communeOf }, s.geometry, tags);
    const { communeNis, communeFr, communeNl, streetFr, streetNl, houseNumber, streetDistM, lon, lat, tradesOnSite, ...metrics } = m;
    const decision = decideStatus(landuse, tags, { tradesOnSite, sidingOnSite: metrics.distRailSidingM === 0, distProductiveZoneM: metrics.distProductiveZoneM }, { asOf: inputs.asOf });
    statusCounts[landuse][decision.status]++;
    if (decision.uncertain) uncertain[decision.status]++;
    if (!streetFr) withoutStreet++;
    // Property order is the files' column order: kept as it was.
    return {
      type: 'Feature',
      geometry: s.geometry,
      properties: {
        siteId,
        landuse,
        status: decision.status,
        statusRule: decision.ruleId,
        statusEvidence: encodeEvidence(decision.evidence),
        statusUncertain: decision.uncertain,
        name,
        communeNis,
        communeFr,
        communeNl,
        streetFr,
        streetNl,
        houseNumber,
        streetDistM,
        lon,
        lat,
        ...historyOf(s.geometry),
        tradesOnSite,
        ...metrics,
        // placeholders: the network searches of core/access (run.ts) fill them once every site is built
        ...accessNotMeasured(),
      },
    };
  });
  return { sites, report: { geometry: cleaned.report, statusCounts, uncertain, withoutStreet } };
}
