/**
 * Measuring the user's own sites with the pipeline's code: the context layers the app ships (`geodata/`, WGS84) are
 * projected to Lambert 72 and indexed exactly as the pipeline does (`core/geo/metricContext.ts`), then every record
 * gets every metric, its municipality, address and nearest stop and station through `measureSite`, the function the
 * pipeline measures the shipped sites with. Pure: the Web Worker (`src/workers/measure.worker.ts`) and its in-thread
 * fallback (`src/data/measureSource.ts`) fetch the layers and call this.
 *
 * What a user site does not get: the 2013 land use is not shipped to the browser (only the pipeline reads the 2013
 * OSM extract), so `landuse2013` is '', `landuse2013Share` 0 and `formerIndustrialM2` 0; nothing is known of its
 * availability, so `status` is 'user' (rule 'user', never uncertain) and its evidence says it is the user's site.
 * The nine access metrics (`core/access/types.ts`: labour shed by public transport, road access to the motorway and
 * the canal) are NaN, unknown: they come from network searches the pipeline runs over data the browser is not sent
 * (STIB stop sequences, the road graph), so a user site gets none of them.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { accessNotMeasured } from '../access/metrics.ts';
import { buildMetricIndex } from '../geo/metrics.ts';
import { buildMetricContext, communeFinder, contextLayerFiles, measureSite, streetFinder, type ContextLayers, type LayerFeature, type SiteMeasureInputs } from '../geo/metricContext.ts';
import { projectGeometry, toLambert72 } from '../geo/proj.ts';
import { encodeEvidence, type EvidenceItem } from '../status/evidence.ts';
import { userStatus, type MapLayerId, type SiteFeature, type SiteProperties } from '../types.ts';
import type { UserSiteRecord } from './types.ts';

type Polygonal = Polygon | MultiPolygon;

/** The `geodata/` layers measuring needs: the context layers of the metrics and the municipalities. */
export const measureLayerIds = [...Object.values(contextLayerFiles), 'communes'] as const satisfies readonly MapLayerId[];
/** One of them. */
export type MeasureLayerId = (typeof measureLayerIds)[number];

/** Those layers as read from their files (WGS84 degrees). */
export type MeasureLayers = Record<MeasureLayerId, FeatureCollection>;

/** Those layers' features in Lambert 72 metres (the pipeline's own layer features, or the files projected). */
export type MeasureLayersL72 = Record<MeasureLayerId, readonly LayerFeature[]>;

/** Everything measuring needs, built once from the layers: the pipeline's metric index, street and municipality finders. */
export type MeasureContext = SiteMeasureInputs;

/** The part of a record measuring reads. */
export type MeasuredRecord = Pick<UserSiteRecord, 'id' | 'name' | 'origin' | 'areaM2Given' | 'outsideRegion' | 'attributes'>;

/** Builds the measuring context from layers already in Lambert 72, as the pipeline builds its own. */
export function buildMeasureContextL72(layers: MeasureLayersL72): MeasureContext {
  const context = Object.fromEntries(Object.entries(contextLayerFiles).map(([key, id]) => [key, layers[id]])) as unknown as ContextLayers;
  return {
    index: buildMetricIndex(buildMetricContext(context)),
    addressOf: streetFinder(context.roads),
    communeOf: communeFinder(layers.communes),
  };
}

/** Projects WGS84 features to Lambert 72 (`core/geo/proj.ts`, the pipeline's projection); null geometries stay null. */
function toL72(features: readonly Feature[]): LayerFeature[] {
  return features.map((f) => (f.geometry ? { ...f, geometry: projectGeometry(f.geometry as Geometry, toLambert72) } : f));
}

/** Builds the measuring context from the layers as the app reads them (WGS84): projected, then as the pipeline does. */
export function buildMeasureContext(layers: MeasureLayers): MeasureContext {
  const l72 = Object.fromEntries(measureLayerIds.map((id) => [id, toL72(layers[id]?.features ?? [])])) as unknown as MeasureLayersL72;
  return buildMeasureContextL72(l72);
}

/**
 * The polygon a point site is measured as: one ring repeating the point, so every distance is taken from the point
 * itself (a `SiteFeature` is polygonal). `isPointSite` tells such a polygon.
 */
export function pointSitePolygon(p: Position): Polygon {
  const q = [p[0] as number, p[1] as number];
  return { type: 'Polygon', coordinates: [[q, [...q], [...q], [...q]]] };
}

/** Whether a site's geometry is the degenerate polygon of a point site (`pointSitePolygon`). */
export function isPointSite(geometry: Polygonal): boolean {
  if (geometry.type !== 'Polygon' || geometry.coordinates.length !== 1) return false;
  const ring = geometry.coordinates[0] ?? [];
  const first = ring[0];
  return !!first && ring.every((p) => p[0] === first[0] && p[1] === first[1]);
}

/** Evidence of a user site: whose it is, where it came from, whether it lies outside the region, and what is on it. */
function userEvidence(record: MeasuredRecord, tradesOnSite: number, sidingOnSite: boolean): string {
  const o = record.origin;
  const items: EvidenceItem[] = [{ t: 'tag', key: 'user_site', value: o.kind === 'import' ? 'imported' : 'drawn' }];
  if (o.kind === 'import') items.push({ t: 'tag', key: 'source_file', value: `${o.file} #${o.featureNumber}`, role: 'context' });
  if (record.outsideRegion) items.push({ t: 'tag', key: 'outside_region', value: 'yes' });
  if (tradesOnSite > 0) items.push({ t: 'fact', fact: 'tradesOnSite', n: tradesOnSite });
  if (sidingOnSite) items.push({ t: 'fact', fact: 'sidingOnSite', n: 1 });
  return encodeEvidence(items);
}

/**
 * Properties of one user site from its geometry already in Lambert 72 (`measureRecord` projects it first), measured
 * by `measureSite` as the pipeline measures the shipped sites. The record's attributes are the address finder's
 * tags, so an imported `addr:street` / `addr:housenumber` column is kept as the address.
 *
 * A point is measured from the point (`pointSitePolygon`): its `areaM2` is `areaM2Given`, or NaN when not given.
 * NaN, not null, because metrics are numbers and the scorer's columns read NaN as unknown: an unknown area passes the
 * area gate and scores 0 on the area criterion, and the UI shows it as unknown (`ui/format.ts`); -1 or 0 would fail
 * the gate instead. `tradesOnSite` of a point counts only workshops at the very point.
 *
 * A record outside the region (`outsideRegion`) is measured the same way and flagged in its evidence
 * (`outside_region=yes`); it gets no municipality, since the nearest Brussels one would be wrong.
 * Throws on a polygon without any ring of 3 or more positions (as `computeSiteMetrics` does).
 */
export function measureL72(ctx: MeasureContext, geometry: Polygonal | Point, record: MeasuredRecord): SiteProperties {
  const isPoint = geometry.type === 'Point';
  const shape: Polygonal = isPoint ? pointSitePolygon(geometry.coordinates) : geometry;
  const m = measureSite(ctx, shape, record.attributes ?? {});
  const given = record.areaM2Given;
  const areaM2 = isPoint ? (typeof given === 'number' && Number.isFinite(given) && given >= 0 ? given : NaN) : m.areaM2;
  const { communeNis, communeFr, communeNl, streetFr, streetNl, houseNumber, streetDistM, lon, lat, tradesOnSite, ...metrics } = m;
  const outside = record.outsideRegion;
  return {
    siteId: record.id,
    landuse: '',
    status: userStatus,
    statusRule: userStatus,
    statusEvidence: userEvidence(record, tradesOnSite, metrics.distRailSidingM === 0),
    statusUncertain: false,
    name: record.name,
    communeNis: outside ? '' : communeNis,
    communeFr: outside ? '' : communeFr,
    communeNl: outside ? '' : communeNl,
    streetFr,
    streetNl,
    houseNumber,
    streetDistM,
    lon,
    lat,
    landuse2013: '',
    landuse2013Share: 0,
    formerIndustrialM2: 0,
    tradesOnSite,
    ...metrics,
    ...accessNotMeasured(),
    areaM2,
  };
}

/**
 * Measures one user site (WGS84 in, WGS84 out): a `SiteFeature` with every metric the shipped sites have. Its
 * geometry is the record's polygon, or `pointSitePolygon` of its point. See `measureL72` for what is measured.
 */
export function measureRecord(ctx: MeasureContext, record: UserSiteRecord): SiteFeature {
  const g = record.geometry;
  const properties = measureL72(ctx, projectGeometry(g, toLambert72), record);
  const geometry: Polygonal = g.type === 'Point' ? pointSitePolygon(g.coordinates) : g;
  return { type: 'Feature', geometry, properties };
}

/** Settings of `measureInSlices`. */
export const defaultSliceOptions = {
  /** Measuring runs this long (ms) before it yields, so a cancel or other work gets its turn. */
  sliceMs: 50,
  /** `onChunk` is called at most this often (ms), and once at the end. */
  reportMs: 50,
};

/** How `measureInSlices` reports, yields and learns it is cancelled. */
export interface SliceHooks {
  /** Sites measured since the last call, in record order, with the progress; awaited before measuring on. */
  onChunk: ChunkFn;
  /** True once the job should stop: checked after every slice. */
  cancelled: () => boolean;
  /** Gives the event loop a turn (a macrotask) between slices. */
  yieldNow: () => Promise<void>;
  /** Milliseconds clock. */
  now: () => number;
}

/**
 * Measures `records` in slices of about `sliceMs`, reporting to `onChunk` at most every `reportMs` and at the end
 * (the chunks together are every site, in order). Resolves 'cancelled' as soon as `cancelled()` says so at a slice's
 * end (nothing more is reported), else 'done'. A record that cannot be measured rejects naming it.
 */
export async function measureInSlices(
  ctx: MeasureContext,
  records: readonly UserSiteRecord[],
  hooks: SliceHooks,
  options: Partial<typeof defaultSliceOptions> = {},
): Promise<'done' | 'cancelled'> {
  const o = { ...defaultSliceOptions, ...options };
  const total = records.length;
  let pending: SiteFeature[] = [];
  let lastReport = hooks.now();
  let i = 0;
  if (hooks.cancelled()) return 'cancelled';
  while (i < total) {
    const sliceEnd = hooks.now() + o.sliceMs;
    do {
      const r = records[i]!;
      try {
        pending.push(measureRecord(ctx, r));
      } catch (e) {
        throw new Error(`user site ${r.id}${r.name ? ` (${r.name})` : ''} could not be measured: ${e instanceof Error ? e.message : String(e)}`);
      }
      i++;
    } while (i < total && hooks.now() < sliceEnd);
    if (i < total && hooks.now() - lastReport >= o.reportMs) {
      const chunk = pending;
      pending = [];
      lastReport = hooks.now();
      await hooks.onChunk(chunk, i, total);
    }
    if (i < total) await hooks.yieldNow();
    if (hooks.cancelled()) return 'cancelled';
  }
  await hooks.onChunk(pending, total, total);
  return 'done';
}

/** Hands measured sites back: the sites measured since the last call, in record order, and the progress. */
export type ChunkFn = (features: SiteFeature[], done: number, total: number) => void | Promise<void>;

/**
 * The measurer's API, as the Web Worker serves it (and the in-thread fallback): jobs over the layers of a geodata
 * directory, each cancellable. Records and features cross as structured clones, `onChunk` as a callback.
 */
export interface MeasureApi {
  /** Measures `records` as job `job` against the layers of `geodataBase` (see `measureInSlices`); 'cancelled' when `cancel(job)` came first. */
  measure(geodataBase: string, job: number, records: readonly UserSiteRecord[], onChunk: ChunkFn): Promise<'done' | 'cancelled'>;
  /** Stops job `job` at its next slice end (nothing more is reported for it); unknown jobs are ignored. */
  cancel(job: number): void;
}

/**
 * The measurer's API over `loadLayer` (reading one layer of a geodata directory, WGS84). Each directory's layers are
 * read once, on its first job, and indexed once; a failure rejects the jobs waiting on it and the next job tries
 * again. A job's cancel does not stop the loading other jobs share. `hooks` give the clock and the way to yield of
 * the thread it runs on.
 */
export function createMeasureApi(
  loadLayer: (geodataBase: string, id: MeasureLayerId) => Promise<FeatureCollection>,
  hooks: Pick<SliceHooks, 'yieldNow' | 'now'>,
  options: Partial<typeof defaultSliceOptions> = {},
): MeasureApi {
  const contexts = new Map<string, Promise<MeasureContext>>();
  const cancelled = new Set<number>();
  const running = new Set<number>();
  const contextOf = (base: string): Promise<MeasureContext> => {
    let c = contexts.get(base);
    if (!c) {
      c = Promise.all(measureLayerIds.map((id) => loadLayer(base, id)))
        .then((layers) => buildMeasureContext(Object.fromEntries(measureLayerIds.map((id, i) => [id, layers[i]])) as MeasureLayers))
        .catch((e: unknown) => {
          contexts.delete(base); // a later job tries again
          throw e;
        });
      contexts.set(base, c);
    }
    return c;
  };
  return {
    async measure(geodataBase, job, records, onChunk) {
      running.add(job);
      try {
        const ctx = await contextOf(geodataBase);
        return await measureInSlices(ctx, records, { ...hooks, onChunk, cancelled: () => cancelled.has(job) }, options);
      } finally {
        running.delete(job);
        cancelled.delete(job);
      }
    },
    cancel(job) {
      if (running.has(job)) cancelled.add(job);
    },
  };
}
