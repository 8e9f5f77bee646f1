/**
 * Shared vocabulary of the product: layer ids, site properties and metric names.
 * The pipeline writes these, the app reads them, scoring consumes them. Units are in the names.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { accessMetricKeys } from './access/types.ts';

/** Ids of the layers the explorer's map draws (file `geodata/<id>.fgb`), loaded at start. */
export const mapLayerIds = [
  'region',
  'communes',
  'productive-zones',
  'sites',
  'transit-stops',
  'transit-lines',
  'rail-stations',
  'rail-sidings',
  'canal',
  'cycle-routes',
  'villo',
  'no2-points',
  'roads',
  'housing',
  'sensitive',
  'workshops',
] as const;
/** One map layer id. */
export type MapLayerId = (typeof mapLayerIds)[number];

/**
 * Layers of the planner view, loaded only when it opens: statistical sectors (choropleth when zoomed in) and the
 * pieces of land that were industrial in 2013 and are not any more (`core/planner`).
 */
export const plannerLayerIds = ['sectors', 'land-losses'] as const;

/** Ids of every layer the pipeline writes. */
export const layerIds = [...mapLayerIds, ...plannerLayerIds] as const;

/** One layer id. */
export type LayerId = (typeof layerIds)[number];

/**
 * Availability status of a site, decided in `core/status` from its tags and what lies on it:
 * `available` vacant land with no sign of another committed use; `estate` productive land that
 * hosts or can host several firms; `new-productive` productive space under construction or planned;
 * `occupied` one operator or infrastructure (not on offer, productive land to protect);
 * `leaving` land going to another use (housing, offices, schools, parks…).
 */
export const siteStatuses = ['available', 'estate', 'new-productive', 'occupied', 'leaving'] as const;
/** One availability status. */
export type SiteStatus = (typeof siteStatuses)[number];
/**
 * Status of a site the user drew or imported: the explorer knows nothing of its availability, so it never calls it
 * available; sector rankings let it through the status gate (the user brought it on purpose).
 */
export const userStatus = 'user';
/** A site's status: one of `siteStatuses` for the shipped sites, `user` for the user's own. */
export type AnySiteStatus = SiteStatus | typeof userStatus;
/** Statuses a sector ranking considers by default: land someone can look for a place on. */
export const offerStatuses: readonly SiteStatus[] = ['available', 'estate', 'new-productive'];

/** OSM land-use classes that make candidate sites. */
export const siteLanduses = ['brownfield', 'greenfield', 'industrial', 'construction'] as const;
/** One OSM land-use class of a candidate site. */
export type SiteLanduse = (typeof siteLanduses)[number];

/** Numeric metrics computed for every site, in the units their names carry. */
/** Metrics measured around a site itself (distances, counts, NO2, area): the same code in the pipeline and the browser. */
export const placeMetricKeys = [
  'areaM2',
  'distMetroM',
  'distTramM',
  'distBusM',
  'linesWithin400m',
  'distRailStationM',
  'distRailSidingM',
  'distCanalM',
  'distCycleRouteM',
  'distMajorRoadM',
  'distMotorwayM',
  'distVilloM',
  'no2UgM3',
  'no2StationUgM3',
  'distHousingM',
  'distProductiveZoneM',
  'distSensitiveM',
  'workshopsWithin1km',
] as const;

export const metricKeys = [...placeMetricKeys, ...accessMetricKeys] as const;

/** One metric key. */
export type MetricKey = (typeof metricKeys)[number];

/** The metrics of one site. */
export type SiteMetrics = Record<MetricKey, number>;

/** Properties of a feature of the `sites` layer. */
export interface SiteProperties extends SiteMetrics {
  /** Stable id, e.g. `osm-landuse-123` (derived from source and geometry, not from row order). */
  siteId: string;
  /** OSM `landuse` of the mapped polygon (a fact of the source, not its availability); '' for a user site. */
  landuse: SiteLanduse | '';
  status: AnySiteStatus;
  /** Id of the rule in `core/status/rules.ts` that decided the status. */
  statusRule: string;
  /** What decided the status and what is uncertain, as JSON (`core/status/evidence.ts` reads it). */
  statusEvidence: string;
  /** True when the evidence is weak or conflicting: the card says what is uncertain. */
  statusUncertain: boolean;
  /** Name from the data, or '' when the data has none. */
  name: string;
  communeNis: string;
  communeFr: string;
  communeNl: string;
  /** Nearest named street (2013 streets) or the street tagged on the site; '' when none within reach. */
  streetFr: string;
  streetNl: string;
  /** House number tagged on the site, '' usually. */
  houseNumber: string;
  /** Distance in metres from the site's edge to that street (0 when tagged on the site or crossing it). */
  streetDistM: number;
  /** Representative point of the site (inside it), WGS84 degrees, 6 decimals. */
  lon: number;
  lat: number;
  /** Dominant OSM land use over the site on 2013-01-01 ('' = none mapped over ≥ 10 % of it); indicative. */
  landuse2013: string;
  /** Share (0–1) of the site covered by `landuse2013`. */
  landuse2013Share: number;
  /** Area of the site that was `landuse=industrial` in OSM on 2013-01-01, m²; indicative. */
  formerIndustrialM2: number;
  /** Workshops and trades of the POI layer lying on the site. */
  tradesOnSite: number;
  /** Nearest STIB stop (any mode) to the site's edge: id, names and lines (comma separated). */
  nearestStopId: string;
  nearestStopFr: string;
  nearestStopNl: string;
  nearestStopLines: string;
  /** Nearest SNCB station: FR/NL names. */
  nearestStationFr: string;
  nearestStationNl: string;
  /**
   * User sites only (`status: 'user'`): where the site came from, as JSON of `UserSiteOrigin`
   * (`core/usersites/types.ts`); read with `decodeUserOrigin` (`core/export/sites.ts`). Absent on shipped sites.
   */
  userOrigin?: string;
  /**
   * User sites only: the other columns of the user's file, as JSON of `Record<string, AttributeValue>`; read with
   * `decodeUserAttributes`, exported back as `user_<name>` columns. Absent (or `{}`) when there are none.
   */
  userAttributes?: string;
  /** User sites only: the file's id column (`UserSiteRecord.externalId`), exported back as `external_id`; '' or absent when none. */
  userExternalId?: string;
  /** User sites only: true when the site lies outside the region, within its context band (measured, and flagged). */
  outsideRegion?: boolean;
}

/** A candidate site as GeoJSON. */
export type SiteFeature = Feature<Polygon | MultiPolygon, SiteProperties>;

/** Source description carried by every layer into the manifest and the app. */
export interface LayerSource {
  /** Human name of the dataset. */
  name: string;
  publisher: string;
  licence: string;
  /** Date (or period) of the data, ISO-like: `2026-05`, `2013-01-01`. */
  date: string;
  /** Source files, relative to the mirror root (`raw/`). */
  files: string[];
  /** Notes the user should know (age, derivation, limits). */
  note?: string;
}

/** One layer in `geodata/manifest.json`. */
export interface ManifestLayer {
  id: LayerId;
  file: string;
  features: number;
  geometryType: 'Point' | 'LineString' | 'Polygon' | 'MultiPoint' | 'MultiLineString' | 'MultiPolygon' | 'Mixed';
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  crs: 'EPSG:4326';
  source: LayerSource;
  /** Short attribution string for the map. */
  attribution: string;
  /** Features repaired or dropped as invalid while building. */
  repaired?: number;
  dropped?: number;
  /** Features per kind of repair or drop (kinds named in `src/core/validate.ts`), and a few named by file, index and id. */
  repairs?: { byKind: Record<string, number>; examples: string[] };
  /** Sites layer only: counts per status and what geometry cleaning removed. */
  siteSummary?: SiteSummary;
}

/** Counts of the sites layer written into the manifest. */
export interface SiteSummary {
  byStatus: Record<SiteStatus, number>;
  /** Per OSM land-use class (the former kinds), per status. */
  byLanduse: Record<SiteLanduse, Record<SiteStatus, number>>;
  /** Sites whose status carries a caveat, per status. */
  uncertain: Record<SiteStatus, number>;
  /** Overlapping pairs resolved (the smaller site keeps the shared land) and the land counted twice before, m². */
  overlapsResolved: number;
  overlapM2: number;
  /** Sites wholly within a smaller one, or left under 100 m² by the cut. */
  sitesAbsorbed: number;
  /** Parts under 100 m² removed (border slivers), and sites under 100 m² after the region cut. */
  sliversDropped: number;
  smallSitesDropped: number;
  /** Sites with no named street within reach. */
  withoutStreet: number;
}

/** `geodata/manifest.json`. */
export interface Manifest {
  version: 1;
  /** ISO timestamp of the build. */
  builtAt: string;
  /** Mirror directory read, and a fingerprint of its inputs. */
  sourceDir: string;
  inputsHash: string;
  /** Optional offline basemap archives copied beside the layers (`basemap/<name>.pmtiles`). */
  basemap?: { name: string; file: string; sourceLayer: string; source: LayerSource }[];
  layers: ManifestLayer[];
  /** The planner view's indicators (`planner.json`, `core/planner/types.ts` PlannerData) and where their figures come from. */
  planner?: { file: string; source: LayerSource };
  /**
   * Access by the real networks (`access-reach.json`, `core/access/types.ts` AccessReach): travel times by public
   * transport to every statistical sector and the truck route of each site, loaded when a site is selected.
   */
  access?: { file: string; source: LayerSource };
}

export type { Feature, FeatureCollection, Geometry };
