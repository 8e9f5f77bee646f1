import * as Comlink from 'comlink';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { no2Grid } from '../core/geo/no2Grid.ts';
import { decodeFlatGeobuf } from '../data/source.ts';
import { WorkerGeodataSource } from '../data/workerSource.ts';
import { chunkFeatures, createGeodataWorkerApi, vertexCount } from './geodataApi.ts';

const line = (n: number): Feature => ({ type: 'Feature', properties: { n }, geometry: { type: 'LineString', coordinates: Array.from({ length: n }, (_, i) => [4.3 + i * 1e-4, 50.8]) } });
const point = (lng: number, lat: number, props: Record<string, unknown>): Feature => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: [lng, lat] } });
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const source = { name: 'n', publisher: 'p', licence: 'l', date: '2024', files: ['a'] };
const layer = (id: string) => ({ id, file: `${id}.fgb`, features: 1, geometryType: 'LineString', bbox: [4, 50, 5, 51], crs: 'EPSG:4326', source, attribution: 'A' });
const roads = fc(Array.from({ length: 50 }, (_, i) => line(2 + (i % 7))));
const files: Record<string, Uint8Array | string> = {
  'manifest.json': JSON.stringify({ version: 1, layers: [layer('roads'), layer('canal'), layer('villo')] }),
  'roads.fgb': serialize(roads as never),
  'canal.fgb': new TextEncoder().encode('<html>not found page</html>'),
};

/** Fetch over the files above; every request is recorded. */
function fakeFetch(seen: string[] = []): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const name = String(input).replace('http://x/geodata/', '');
    seen.push(name);
    const body = files[name];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { status: 200 });
  }) as typeof fetch;
}

const channels: MessageChannel[] = [];
/** A worker-backed source whose "worker" is the API served on the other end of a MessageChannel. */
function throughChannel(options: Parameters<typeof createGeodataWorkerApi>[1] = {}) {
  const channel = new MessageChannel();
  channels.push(channel);
  const seen: string[] = [];
  const chunks: number[] = [];
  const api = createGeodataWorkerApi(fakeFetch(seen), options);
  Comlink.expose({ ...api, layer: (job: number, url: string, file: string, onChunk: (f: Feature[]) => Promise<void>) => api.layer(job, url, file, (f) => (chunks.push(f.length), onChunk(f))) }, channel.port1 as unknown as Comlink.Endpoint);
  const src = new WorkerGeodataSource('http://x/geodata/', channel.port2 as unknown as Comlink.Endpoint, fakeFetch());
  return { src, seen, chunks };
}
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

const signal = () => new AbortController().signal;

describe('chunkFeatures', () => {
  it('cuts by vertices and by feature count, keeping order, a large feature alone', () => {
    const features = [line(3), line(3), line(10), line(1), point(0, 0, {}), point(0, 0, {})];
    expect(vertexCount(features[2]!.geometry)).toBe(10);
    const chunks = chunkFeatures(features, { chunkVertices: 6, chunkFeatures: 2 });
    expect(chunks.map((c) => c.length)).toEqual([2, 1, 2, 1]);
    expect(chunks.flat()).toEqual(features);
  });
  it('counts the positions of every geometry type', () => {
    expect(vertexCount({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[0, 0], [1, 1], [0, 0]]]] })).toBe(7);
    expect(vertexCount({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }] })).toBe(3);
    expect(vertexCount(null)).toBe(0);
  });
});

describe('WorkerGeodataSource through the worker API', () => {
  it('has the worker fetch and decode a layer and hands it back in chunks, whole and in order', async () => {
    const { src, seen, chunks } = throughChannel({ chunkVertices: 40 });
    const got = await src.layer('roads', signal());
    expect(got).toEqual(await decodeFlatGeobuf(files['roads.fgb'] as Uint8Array, 'roads.fgb'));
    expect(got.features.map((f) => f.properties?.n)).toEqual(roads.features.map((f) => f.properties?.n));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(roads.features.length);
    expect(seen).toEqual(['roads.fgb']); // the manifest is read on the calling side
  });

  it('keeps the reasons a layer could not be read', async () => {
    const { src } = throughChannel();
    await expect(src.layer('canal', signal())).rejects.toMatchObject({ name: 'LayerLoadError', reason: 'corrupt', message: expect.stringContaining('canal.fgb') });
    await expect(src.layer('villo', signal())).rejects.toMatchObject({ reason: 'missing', message: 'villo.fgb: file missing (404)' });
  });

  it('computes the NO2 surface in the worker, the same as on the main thread', async () => {
    const { src } = throughChannel();
    const points = fc([point(4.30, 50.80, { no2UgM3: 12 }), point(4.33, 50.82, { no2UgM3: 35 }), point(4.31, 50.83, { no2UgM3: 22 })]);
    expect(await src.no2Surface(points, null, signal())).toEqual(no2Grid(points, null));
  });

  it('rejects at once when aborted', async () => {
    const { src } = throughChannel();
    const ac = new AbortController();
    const run = src.layer('roads', ac.signal);
    ac.abort(new Error('left the page'));
    await expect(run).rejects.toThrow('left the page');
  });

  it('reads on the calling thread when the worker fails to start', async () => {
    const down = new EventTarget() as EventTarget & Comlink.Endpoint;
    down.postMessage = () => undefined; // a worker that never answers…
    const src = new WorkerGeodataSource('http://x/geodata/', down, fakeFetch());
    const run = src.layer('roads', signal());
    await new Promise((r) => setTimeout(r, 10));
    down.dispatchEvent(new Event('error')); // …and reports that its script could not load
    expect(await run).toEqual(await decodeFlatGeobuf(files['roads.fgb'] as Uint8Array, 'roads.fgb'));
  });
});
