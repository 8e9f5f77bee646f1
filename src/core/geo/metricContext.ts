/**
 * From the context layers as the pipeline writes them (`geodata/<id>.fgb` properties, Lambert 72 coordinates) to
 * everything one site is measured with: the `MetricContext` (with its filters), the street finder, the municipality
 * finder, and `measureSite`, the per-site facts shared by the pipeline (`scripts/pipeline/sites.ts`) and the user's
 * own sites in the browser (`core/usersites/measure.ts`). One implementation, so both give the same values.
 */
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { pointEdgeDistance, pointInSite, prepareSite, representativePoint, type SiteShape } from './geom.ts';
import { computeSiteMetrics, type MetricContext, type MetricIndex, type SiteMetricResult } from './metrics.ts';
import { toWgs84 } from './proj.ts';
import { addressFinder, type SiteAddress, type StreetProps } from './siteContext.ts';
import { pointsWithin } from './spatialIndex.ts';

type Polygonal = Polygon | MultiPolygon;

/** A feature of a context layer with the properties of its `geodata/` file (Lambert 72 metres). */
export type LayerFeature = Feature<Geometry | null, unknown>;

/**
 * The context layers sites are measured against, each as its features (Lambert 72 metres) with the properties the
 * pipeline gives them, which are also the columns of its file: in the pipeline the layer features themselves, in the
 * browser the files read back and projected. `contextLayerFiles` names the file of each.
 */
export interface ContextLayers {
  /** STIB stops: `stopId`, `nameFr`, `nameNl`, `lines` and `modes` (comma separated; '' for a stop serving no line). */
  stops: readonly LayerFeature[];
  /** SNCB stations: `nameFr`, `nameNl`. */
  railStations: readonly LayerFeature[];
  railSidings: readonly LayerFeature[];
  canal: readonly LayerFeature[];
  cycleRoutes: readonly LayerFeature[];
  /** Roads of 2013: OSM `highway`, street names `nameFr`/`nameNl`. */
  roads: readonly LayerFeature[];
  villo: readonly LayerFeature[];
  /** NO2 points: `no2UgM3`, `source` ('curieuzenair' | 'irceline'). */
  no2: readonly LayerFeature[];
  housing: readonly LayerFeature[];
  productiveZones: readonly LayerFeature[];
  sensitive: readonly LayerFeature[];
  workshops: readonly LayerFeature[];
}

/** The `geodata/` layer of each context layer. */
export const contextLayerFiles = {
  stops: 'transit-stops',
  railStations: 'rail-stations',
  railSidings: 'rail-sidings',
  canal: 'canal',
  cycleRoutes: 'cycle-routes',
  roads: 'roads',
  villo: 'villo',
  no2: 'no2-points',
  housing: 'housing',
  productiveZones: 'productive-zones',
  sensitive: 'sensitive',
  workshops: 'workshops',
} as const satisfies Record<keyof ContextLayers, string>;

const fc = (features: readonly LayerFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features: features as LayerFeature[] as Feature[] });
const prop = (f: LayerFeature, key: string): unknown => (f.properties as Record<string, unknown> | null | undefined)?.[key];

/** Whether a stop lists a line: stops that list none (depots, retired points) stay on the map but serve nobody. */
function servesALine(f: LayerFeature): boolean {
  const lines = prop(f, 'lines');
  return Array.isArray(lines) ? lines.length > 0 : typeof lines === 'string' && lines !== '';
}

/**
 * The `MetricContext` of the context layers: stops without a line are left out, and a road's class for the metrics
 * is its OSM `highway` ('minor' when it has none). Features are shared, not copied, except roads (a new `class`).
 */
export function buildMetricContext(layers: ContextLayers): MetricContext {
  return {
    stops: fc(layers.stops.filter(servesALine)) as unknown as MetricContext['stops'],
    railStations: fc(layers.railStations) as unknown as MetricContext['railStations'],
    railSidings: fc(layers.railSidings) as MetricContext['railSidings'],
    canal: fc(layers.canal) as MetricContext['canal'],
    cycleRoutes: fc(layers.cycleRoutes) as MetricContext['cycleRoutes'],
    roads: fc(layers.roads.map((f) => ({ ...f, properties: { class: String(prop(f, 'highway') || 'minor') } }))) as MetricContext['roads'],
    villo: fc(layers.villo) as MetricContext['villo'],
    no2: fc(layers.no2) as unknown as MetricContext['no2'],
    housing: fc(layers.housing) as MetricContext['housing'],
    productiveZones: fc(layers.productiveZones) as MetricContext['productiveZones'],
    sensitive: fc(layers.sensitive) as MetricContext['sensitive'],
    workshops: fc(layers.workshops) as MetricContext['workshops'],
  };
}

/** A municipality: NIS code and FR/NL names (the `communes` layer's properties). */
export interface CommuneRef {
  nis: string;
  nameFr: string;
  nameNl: string;
}

/** Municipality of a site (Lambert 72), or undefined when there is no municipality at all. */
export type CommuneFinder = (g: Polygonal) => CommuneRef | undefined;

/**
 * Finds the municipality of a site: the one containing its representative point, else the nearest (metres). The
 * features are the `communes` layer's (Lambert 72, properties `nis`, `nameFr`, `nameNl`); others than polygons are
 * skipped.
 */
export function communeFinder(communes: readonly LayerFeature[]): CommuneFinder {
  const kept = communes.filter((c): c is Feature<Polygonal, unknown> => c.geometry?.type === 'Polygon' || c.geometry?.type === 'MultiPolygon');
  const shapes = kept.map((c) => prepareSite(c.geometry));
  const refs = kept.map((c): CommuneRef => ({ nis: String(prop(c, 'nis') ?? ''), nameFr: String(prop(c, 'nameFr') ?? ''), nameNl: String(prop(c, 'nameNl') ?? '') }));
  const tree = new Flatbush(Math.max(1, shapes.length));
  for (const s of shapes) tree.add(...s.bbox);
  if (shapes.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return (g) => {
    if (shapes.length === 0) return undefined;
    const [x, y] = representativePoint(prepareSite(g));
    const inside = tree.search(x, y, x, y).find((i) => pointInSite(x, y, shapes[i]!));
    const i = inside ?? tree.neighbors(x, y, 3).sort((a, b) => pointEdgeDistance(x, y, shapes[a]!) - pointEdgeDistance(x, y, shapes[b]!))[0];
    return i === undefined ? undefined : refs[i];
  };
}

/** The address finder of `siteContext.ts` (nearest named 2013 street, or the street tagged on the site). */
export type AddressFinder = ReturnType<typeof addressFinder>;

/** What measuring one site needs, built once for all sites. */
export interface SiteMeasureInputs {
  index: MetricIndex;
  addressOf: AddressFinder;
  communeOf: CommuneFinder;
}

/** The street finder over the `roads` layer (its features carry `nameFr`, `nameNl`, `highway`). */
export function streetFinder(roads: readonly LayerFeature[]): AddressFinder {
  return addressFinder(roads as readonly Feature<Geometry, StreetProps>[]);
}

/** Everything measured on one site besides its status and its 2013 land use: metrics, address, municipality, place. */
export interface SiteFacts extends SiteMetricResult, SiteAddress {
  communeNis: string;
  communeFr: string;
  communeNl: string;
  /** Representative point (inside the site), WGS84 degrees, 6 decimals. */
  lon: number;
  lat: number;
  /** Workshops and trades of the POI layer lying on the site. */
  tradesOnSite: number;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * Measures one site polygon (Lambert 72): `computeSiteMetrics`, the workshops on it, its address (`tags` may carry
 * `addr:street`/`addr:housenumber`), its municipality and a representative point in WGS84. `shape` may be passed when
 * the caller has prepared the polygon already. Throws like `computeSiteMetrics` on a polygon without a ring.
 */
export function measureSite(inputs: SiteMeasureInputs, geometry: Polygonal, tags: Record<string, unknown>, shape: SiteShape = prepareSite(geometry)): SiteFacts {
  const metrics = computeSiteMetrics(geometry, inputs.index);
  const tradesOnSite = pointsWithin(shape, inputs.index.workshops, 0).length;
  const address = inputs.addressOf(shape, tags);
  const [lon, lat] = toWgs84(representativePoint(shape));
  const commune = inputs.communeOf(geometry);
  return {
    ...metrics,
    ...address,
    communeNis: commune?.nis ?? '',
    communeFr: commune?.nameFr ?? '',
    communeNl: commune?.nameNl ?? '',
    lon: round6(lon),
    lat: round6(lat),
    tradesOnSite,
  };
}
