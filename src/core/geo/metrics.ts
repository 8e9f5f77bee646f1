/**
 * Site metrics against the context layers, all in Belgian Lambert 72 metres. Build the index once
 * per context with `buildMetricIndex`, then call `computeSiteMetrics` per site (pipeline or browser).
 */
import type { AccessMetricKey } from '../access/types.ts';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';
import type { SiteMetrics, SiteProperties } from '../types.ts';
import { prepareSite, siteArea, type SiteShape } from './geom.ts';
import { buildIdwIndex, defaultIdwOptions, idwAtSite, type IdwIndex } from './idw.ts';
import {
  buildPointIndex,
  buildShapeIndex,
  countDistinctWithin,
  countPointsWithin,
  nearestPoint,
  nearestShape,
  type NearestResult,
  type PointIndex,
  type SearchOptions,
  type ShapeIndex,
} from './spatialIndex.ts';

/** STIB transport modes. */
export type TransitMode = 'metro' | 'tram' | 'bus';

/** A STIB stop. `lines`/`modes` may also arrive as comma-separated strings (FlatGeobuf has no arrays). */
export interface StopProps {
  stopId: string;
  nameFr: string;
  nameNl: string;
  lines: string[] | string;
  modes: TransitMode[] | string;
}

/** A named place with FR/NL names (rail stations). */
export interface NamedProps {
  nameFr: string;
  nameNl: string;
}

/** A road with its OSM-like class ('motorway', 'motorway_link', 'trunk', 'primary', ..., 'minor'). */
export interface RoadProps {
  class: string;
}

/** A NO2 measurement: annual mean in µg/m³ and its network. */
export interface No2Props {
  no2UgM3: number;
  source: 'curieuzenair' | 'irceline';
}

type Lines = LineString | MultiLineString;
type Areas = Polygon | MultiPolygon;
type Fc<G extends Point | MultiPoint | Lines | Areas, P = unknown> = FeatureCollection<G, P>;

/** Context layers, every coordinate already in Lambert 72 metres. Empty collections are allowed. */
export interface MetricContext {
  stops: Fc<Point, StopProps>;
  railStations: Fc<Point, NamedProps>;
  railSidings: Fc<Lines>;
  canal: Fc<Lines | Areas>;
  cycleRoutes: Fc<Lines>;
  roads: Fc<Lines, RoadProps>;
  villo: Fc<Point>;
  no2: Fc<Point, No2Props>;
  housing: Fc<Areas>;
  productiveZones: Fc<Areas>;
  /** Points, or polygons (e.g. school grounds): distance is taken to whichever is nearest. */
  sensitive: Fc<Point | MultiPoint | Areas>;
  workshops: Fc<Point>;
}

/** Indexes over a `MetricContext`, built once and shared by all sites. */
export interface MetricIndex {
  context: MetricContext;
  stops: PointIndex;
  metro: PointIndex;
  tram: PointIndex;
  bus: PointIndex;
  railStations: PointIndex;
  railSidings: ShapeIndex;
  canal: ShapeIndex;
  cycleRoutes: ShapeIndex;
  majorRoads: ShapeIndex;
  motorways: ShapeIndex;
  villo: PointIndex;
  no2Curieuzenair: IdwIndex;
  no2Stations: PointIndex;
  housing: ShapeIndex;
  productiveZones: ShapeIndex;
  sensitivePoints: PointIndex;
  sensitiveAreas: ShapeIndex;
  workshops: PointIndex;
  /** Lines of each stop, parsed once. */
  stopLines: string[][];
}

/**
 * Metrics measured around a site plus the names of the nearest stop and station, as written on `sites` features;
 * the access metrics come from the network searches of `core/access` (the pipeline adds them after).
 */
export type SiteMetricResult = Omit<SiteMetrics, AccessMetricKey> &
  Pick<SiteProperties, 'nearestStopId' | 'nearestStopFr' | 'nearestStopNl' | 'nearestStopLines' | 'nearestStationFr' | 'nearestStationNl'>;

/** Default metric settings. */
export const defaultMetricOptions = {
  /** Distance in metres written when a layer is empty or has nothing closer (no Infinity in JSON/FlatGeobuf). */
  maxSearchM: 30_000,
  /** First search margin in metres around a site's box; grows ×3 until the nearest is proven. */
  initialSearchM: 100,
  /** Radius in metres from the site's edge for `linesWithin400m`. */
  linesRadiusM: 400,
  /** Radius in metres from the site's edge for `workshopsWithin1km`. */
  workshopsRadiusM: 1000,
  /** Distances are rounded to this many metres (inputs are accurate to ~1 m, finer digits are noise). */
  roundDistanceM: 1,
  /** Areas are rounded to this many m². */
  roundAreaM2: 1,
  /** NO2 values are rounded to this many µg/m³. */
  roundNo2UgM3: 0.1,
  /** IDW settings for `no2UgM3` (k nearest CurieuzenAir points, power, radius, exact hit, missing value). */
  idw: defaultIdwOptions,
};

/** Metric settings. */
export type MetricOptions = typeof defaultMetricOptions;

const majorRoadClasses = new Set(['motorway', 'motorway_link', 'trunk', 'trunk_link', 'primary', 'primary_link']);
const motorwayClasses = new Set(['motorway', 'motorway_link']);

function list(v: string[] | string | undefined | null): string[] {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(',') : [];
  return [...new Set(items.map((s) => String(s).trim()).filter((s) => s !== ''))];
}

function hasMode(f: Feature<Point, StopProps>, mode: TransitMode): boolean {
  return list(f.properties?.modes as string[] | string | undefined).includes(mode);
}

/** Builds every spatial index needed by `computeSiteMetrics` (one pass over each layer). */
export function buildMetricIndex(context: MetricContext): MetricIndex {
  const stops = context.stops.features;
  const roads = context.roads.features;
  const no2 = context.no2.features;
  return {
    context,
    stops: buildPointIndex(stops),
    metro: buildPointIndex(stops, (f) => hasMode(f as Feature<Point, StopProps>, 'metro')),
    tram: buildPointIndex(stops, (f) => hasMode(f as Feature<Point, StopProps>, 'tram')),
    bus: buildPointIndex(stops, (f) => hasMode(f as Feature<Point, StopProps>, 'bus')),
    railStations: buildPointIndex(context.railStations.features),
    railSidings: buildShapeIndex(context.railSidings.features),
    canal: buildShapeIndex(context.canal.features),
    cycleRoutes: buildShapeIndex(context.cycleRoutes.features),
    majorRoads: buildShapeIndex(roads, (_f, i) => majorRoadClasses.has(roads[i]?.properties?.class ?? '')),
    motorways: buildShapeIndex(roads, (_f, i) => motorwayClasses.has(roads[i]?.properties?.class ?? '')),
    villo: buildPointIndex(context.villo.features),
    no2Curieuzenair: buildIdwIndex(no2, (f) => f.properties?.no2UgM3 ?? NaN, (f) => f.properties?.source === 'curieuzenair'),
    no2Stations: buildPointIndex(no2, (_f, i) => no2[i]?.properties?.source === 'irceline' && Number.isFinite(no2[i]?.properties?.no2UgM3)),
    housing: buildShapeIndex(context.housing.features),
    productiveZones: buildShapeIndex(context.productiveZones.features),
    sensitivePoints: buildPointIndex(context.sensitive.features),
    sensitiveAreas: buildShapeIndex(context.sensitive.features),
    workshops: buildPointIndex(context.workshops.features),
    stopLines: stops.map((f) => list(f.properties?.lines)),
  };
}

function roundTo(v: number, step: number): number {
  // Dividing by the inverse keeps 0.1-steps free of binary noise (0.30000000000000004).
  return step >= 1 ? Math.round(v / step) * step : Math.round(v * (1 / step)) / (1 / step);
}

/**
 * Every `SiteMetrics` value for one site polygon in Lambert 72 metres, plus nearest stop/station names.
 * Distances are from the site's edge (0 when inside/touching), rounded to `roundDistanceM`; a distance
 * equal to `maxSearchM` means "none in the data". `no2UgM3`/`no2StationUgM3` are `idw.missingValue` (-1)
 * when the layer has no measurement; counts are 0 on empty layers. Throws on a polygon without any ring
 * of 3+ positions (the pipeline should drop such sites before).
 */
export function computeSiteMetrics(
  sitePolygon: Polygon | MultiPolygon,
  index: MetricIndex,
  options: Partial<MetricOptions> = {},
): SiteMetricResult {
  const o: MetricOptions = { ...defaultMetricOptions, ...options };
  const search: SearchOptions = { maxSearchM: o.maxSearchM, initialSearchM: o.initialSearchM };
  const site: SiteShape = prepareSite(sitePolygon);
  if (site.edges.length === 0) throw new Error('computeSiteMetrics: site polygon has no ring with 3 or more positions');
  const dist = (r: NearestResult): number => roundTo(Math.min(r.distanceM, o.maxSearchM), o.roundDistanceM);
  const pt = (idx: PointIndex): NearestResult => nearestPoint(site, idx, search);
  const sh = (idx: ShapeIndex): NearestResult => nearestShape(site, idx, search);

  const ctx = index.context;
  const stop = pt(index.stops);
  const stopProps = stop.index >= 0 ? ctx.stops.features[stop.index]?.properties : undefined;
  const station = pt(index.railStations);
  const stationProps = station.index >= 0 ? ctx.railStations.features[station.index]?.properties : undefined;
  const irc = pt(index.no2Stations);
  const ircValue = irc.index >= 0 ? ctx.no2.features[irc.index]?.properties?.no2UgM3 : undefined;
  const sensP = pt(index.sensitivePoints);
  const sensA = sh(index.sensitiveAreas);
  const no2 = idwAtSite(site, index.no2Curieuzenair, o.idw);

  return {
    areaM2: roundTo(siteArea(site), o.roundAreaM2),
    distMetroM: dist(pt(index.metro)),
    distTramM: dist(pt(index.tram)),
    distBusM: dist(pt(index.bus)),
    linesWithin400m: countDistinctWithin(site, index.stops, o.linesRadiusM, (i) => index.stopLines[i] ?? []),
    distRailStationM: dist(station),
    distRailSidingM: dist(sh(index.railSidings)),
    distCanalM: dist(sh(index.canal)),
    distCycleRouteM: dist(sh(index.cycleRoutes)),
    distMajorRoadM: dist(sh(index.majorRoads)),
    distMotorwayM: dist(sh(index.motorways)),
    distVilloM: dist(pt(index.villo)),
    no2UgM3: no2 < 0 ? no2 : roundTo(no2, o.roundNo2UgM3),
    no2StationUgM3: ircValue === undefined ? o.idw.missingValue : roundTo(ircValue, o.roundNo2UgM3),
    distHousingM: dist(sh(index.housing)),
    distProductiveZoneM: dist(sh(index.productiveZones)),
    distSensitiveM: dist(sensP.distanceM <= sensA.distanceM ? sensP : sensA),
    workshopsWithin1km: countPointsWithin(site, index.workshops, o.workshopsRadiusM),
    nearestStopId: stopProps?.stopId ?? '',
    nearestStopFr: stopProps?.nameFr ?? '',
    nearestStopNl: stopProps?.nameNl ?? '',
    nearestStopLines: (index.stopLines[stop.index] ?? []).join(','),
    nearestStationFr: stationProps?.nameFr ?? '',
    nearestStationNl: stationProps?.nameNl ?? '',
  };
}
