/**
 * Shared vocabulary of the product: layer ids, site properties and metric names.
 * The pipeline writes these, the app reads them, scoring consumes them. Units are in the names.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

/** Ids of the layers the pipeline writes (file `geodata/<id>.fgb`). */
export const layerIds = [
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

/** One layer id. */
export type LayerId = (typeof layerIds)[number];

/** Kinds of candidate site. */
export const siteKinds = ['vacant', 'productive', 'in-transition'] as const;
/** One kind of candidate site. */
export type SiteKind = (typeof siteKinds)[number];

/** Numeric metrics computed for every site, in the units their names carry. */
export const metricKeys = [
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

/** One metric key. */
export type MetricKey = (typeof metricKeys)[number];

/** The metrics of one site. */
export type SiteMetrics = Record<MetricKey, number>;

/** Properties of a feature of the `sites` layer. */
export interface SiteProperties extends SiteMetrics {
  /** Stable id, e.g. `osm-landuse-123` (derived from source and geometry, not from row order). */
  siteId: string;
  kind: SiteKind;
  /** Name from the data, or '' when the data has none. */
  name: string;
  communeNis: string;
  communeFr: string;
  communeNl: string;
  /** Nearest STIB stop (any mode) to the site's edge: id, names and lines (comma separated). */
  nearestStopId: string;
  nearestStopFr: string;
  nearestStopNl: string;
  nearestStopLines: string;
  /** Nearest SNCB station: FR/NL names. */
  nearestStationFr: string;
  nearestStationNl: string;
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
}

export type { Feature, FeatureCollection, Geometry };
