/**
 * The geodata worker's work, free of any worker plumbing so unit tests call it directly: fetch and decode a
 * FlatGeobuf layer, hand it back in chunks, and compute the NO2 surface grid.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { no2Grid } from '../core/geo/no2Grid.ts';
import { fetchFlatGeobuf, LayerLoadError } from '../data/source.ts';
import type { GeodataWorkerApi } from '../data/workerSource.ts';

export const defaultOptions = {
  /** Vertices per chunk handed to the main thread: receiving (structured-clone decoding) one must stay a few ms. */
  chunkVertices: 20_000,
  /** Features per chunk at most, for layers of many small features (points). */
  chunkFeatures: 2_000,
};

/** Number of positions in a geometry (a rough measure of what it costs to clone). */
export function vertexCount(g: Geometry | null): number {
  if (!g) return 0;
  if (g.type === 'GeometryCollection') return g.geometries.reduce((n, c) => n + vertexCount(c), 0);
  if (g.type === 'Point') return 1;
  const walk = (c: unknown): number => (typeof (c as Position)[0] === 'number' ? 1 : (c as unknown[]).reduce<number>((n, x) => n + walk(x), 0));
  return walk(g.coordinates);
}

/** Features cut into consecutive chunks of at most `chunkFeatures` features and about `chunkVertices` vertices (a larger feature goes alone). */
export function chunkFeatures(features: readonly Feature[], options: Partial<typeof defaultOptions> = {}): Feature[][] {
  const o = { ...defaultOptions, ...options };
  const out: Feature[][] = [];
  let chunk: Feature[] = [];
  let vertices = 0;
  for (const f of features) {
    const v = vertexCount(f.geometry);
    if (chunk.length > 0 && (chunk.length >= o.chunkFeatures || vertices + v > o.chunkVertices)) {
      out.push(chunk);
      chunk = [];
      vertices = 0;
    }
    chunk.push(f);
    vertices += v;
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}

/** The worker's API over `fetchFn`. */
export function createGeodataWorkerApi(fetchFn: typeof fetch = (...a) => fetch(...a), options: Partial<typeof defaultOptions> = {}): GeodataWorkerApi {
  const jobs = new Map<number, AbortController>();
  return {
    async layer(job, url, file, onChunk) {
      const ac = new AbortController();
      jobs.set(job, ac);
      try {
        const fc = await fetchFlatGeobuf(url, file, ac.signal, fetchFn);
        for (const chunk of chunkFeatures(fc.features, options)) {
          if (ac.signal.aborted) break;
          await onChunk(chunk); // one at a time: the main thread takes each in its own short task
        }
        return { ok: true, count: fc.features.length };
      } catch (e) {
        if (e instanceof LayerLoadError) return { ok: false, reason: e.reason, message: e.message };
        return { ok: false, reason: 'other', message: `${file}: ${e instanceof Error ? e.message : String(e)}` };
      } finally {
        jobs.delete(job);
      }
    },
    cancel(job) {
      jobs.get(job)?.abort();
    },
    async no2Surface(points, region) {
      return no2Grid(points, region);
    },
  };
}
