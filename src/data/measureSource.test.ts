import * as Comlink from 'comlink';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { projectGeometry, toWgs84 } from '../core/geo/proj.ts';
import { buildMeasureContext, createMeasureApi, measureLayerIds, measureRecord, type MeasureApi, type MeasureLayerId } from '../core/usersites/measure.ts';
import type { UserSiteRecord } from '../core/usersites/types.ts';
import { siteMeasurerOver, type MeasureEndpoint, type MeasureWorkerApi } from './measureSource.ts';

// A stop and a municipality around (X, Y) Lambert 72, every other layer empty: enough to tell the sites apart.
const X = 148_000;
const Y = 170_000;
const wgs = <G extends Geometry>(g: G): G => projectGeometry(g, toWgs84);
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const layers = Object.fromEntries(measureLayerIds.map((id) => [id, fc([])])) as Record<MeasureLayerId, FeatureCollection>;
layers['transit-stops'] = fc([{ type: 'Feature', geometry: wgs({ type: 'Point', coordinates: [X, Y] }), properties: { stopId: 's', nameFr: 'S', nameNl: 'S', lines: '1', modes: 'metro' } }]);
layers.communes = fc([{ type: 'Feature', geometry: wgs({ type: 'Polygon', coordinates: [[[X - 5000, Y - 5000], [X + 5000, Y - 5000], [X + 5000, Y + 5000], [X - 5000, Y + 5000], [X - 5000, Y - 5000]]] }), properties: { nis: '21004', nameFr: 'Bruxelles', nameNl: 'Brussel' } }]);

const records = (n: number): UserSiteRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `user-${i}`,
    name: `site ${i}`,
    externalId: '',
    origin: { kind: 'drawn' as const },
    geometry: wgs({ type: 'Polygon' as const, coordinates: [[[X + 10 * i, Y + 100], [X + 10 * i + 8, Y + 100], [X + 10 * i + 8, Y + 108], [X + 10 * i, Y + 100]]] }),
    areaM2Given: null,
    attributes: {},
    addedAt: '2026-11-30T00:00:00Z',
    outsideRegion: false,
    repairs: [],
  }));

const hooks = { yieldNow: () => new Promise<void>((r) => setTimeout(r, 0)), now: () => performance.now() };
/** The measuring API as the worker serves it, with the layers above; records which jobs were cancelled. */
function fakeApi(options: { sliceMs?: number; reportMs?: number } = {}) {
  const reads: string[] = [];
  const cancels: number[] = [];
  const inner = createMeasureApi(async (base, id) => (reads.push(`${base}${id}`), layers[id]), hooks, options);
  const api: MeasureApi = { measure: (...a) => inner.measure(...a), cancel: (job) => (cancels.push(job), inner.cancel(job)) };
  return { api, reads, cancels };
}

const channels: MessageChannel[] = [];
/** A "worker": the API served through comlink on the far end of a MessageChannel. */
function channelWorker(api: MeasureWorkerApi): MeasureEndpoint {
  const channel = new MessageChannel();
  channels.push(channel);
  Comlink.expose(api, channel.port1 as unknown as Comlink.Endpoint);
  return channel.port2 as unknown as MeasureEndpoint;
}
afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

const never = () => new AbortController().signal;
const expected = (rs: UserSiteRecord[]) => rs.map((r) => measureRecord(buildMeasureContext(layers), r));
const noInThread = (): MeasureWorkerApi => {
  throw new Error('in-thread fallback used');
};

describe('siteMeasurerOver (a comlink "worker" on a MessageChannel)', () => {
  it('starts the worker only on the first measure, and measures every record as measureRecord does, in order', async () => {
    const { api, reads } = fakeApi();
    let started = 0;
    const m = siteMeasurerOver('http://x/geodata/', { startWorker: () => (started++, channelWorker(api)), inThread: noInThread });
    expect(started).toBe(0);
    const rs = records(30);
    const progress: [number, number][] = [];
    const got = await m.measure(rs, (d, t) => progress.push([d, t]), never());
    expect(got).toEqual(expected(rs));
    expect(progress.at(-1)).toEqual([30, 30]);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1]![0])).toBe(true);
    await m.measure(records(2), () => {}, never());
    expect(started).toBe(1);
    expect(reads.filter((r) => r.endsWith('roads'))).toEqual(['http://x/geodata/roads']); // layers read once
  });

  it('reports progress at most every progressMs, summed over calls of recordsPerCall records', async () => {
    const { api } = fakeApi({ sliceMs: 0, reportMs: 0 }); // the "worker" reports after every record
    const m = siteMeasurerOver('b/', { startWorker: () => channelWorker(api), inThread: noInThread }, { recordsPerCall: 4, progressMs: 60_000 });
    const progress: [number, number][] = [];
    const got = await m.measure(records(10), (d, t) => progress.push([d, t]), never());
    expect(got.map((f) => f.properties.siteId)).toEqual(records(10).map((r) => r.id));
    expect(progress).toEqual([[1, 10], [10, 10]]); // the first report, then none until done = total
    const every: [number, number][] = [];
    await siteMeasurerOver('b/', { startWorker: () => channelWorker(api), inThread: noInThread }, { recordsPerCall: 4, progressMs: 0 }).measure(records(10), (d, t) => every.push([d, t]), never());
    expect(every.map(([d]) => d)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rejects with the signal’s reason on abort and cancels the job in the worker', async () => {
    const { api, cancels } = fakeApi({ sliceMs: 0, reportMs: 0 });
    const m = siteMeasurerOver('b/', { startWorker: () => channelWorker(api), inThread: noInThread });
    const ac = new AbortController();
    const reason = new Error('user cancelled');
    const run = m.measure(records(400), (done) => done >= 3 && ac.abort(reason), ac.signal);
    await expect(run).rejects.toBe(reason);
    await new Promise((r) => setTimeout(r, 20));
    expect(cancels).toEqual([1]);
    // the measurer still works afterwards
    expect(await m.measure(records(3), () => {}, never())).toHaveLength(3);
  });

  it('rejects at once on a signal aborted before', async () => {
    const m = siteMeasurerOver('b/', { startWorker: () => channelWorker(fakeApi().api), inThread: noInThread });
    const ac = new AbortController();
    ac.abort(new Error('too late'));
    await expect(m.measure(records(1), () => {}, ac.signal)).rejects.toThrow('too late');
  });

  it('measures on the calling thread without Worker support', async () => {
    const { api } = fakeApi();
    const m = siteMeasurerOver('b/', { startWorker: () => null, inThread: () => api });
    expect(await m.measure(records(5), () => {}, never())).toEqual(expected(records(5)));
  });

  it('falls back to the calling thread when the worker script cannot load', async () => {
    const down = new EventTarget() as EventTarget & MeasureEndpoint;
    down.postMessage = () => undefined; // a worker that never answers…
    let terminated = false;
    down.terminate = () => void (terminated = true);
    const { api } = fakeApi();
    const m = siteMeasurerOver('b/', { startWorker: () => down, inThread: () => api });
    const run = m.measure(records(4), () => {}, never());
    await new Promise((r) => setTimeout(r, 10));
    down.dispatchEvent(new Event('error')); // …and reports that its script could not load
    expect(await run).toEqual(expected(records(4)));
    expect(terminated).toBe(true);
  });

  it('passes on an error of the worker (a layer it could not read)', async () => {
    const inner = createMeasureApi(async (_b, id) => {
      if (id === 'housing') throw new Error('housing.fgb: file missing (404)');
      return layers[id];
    }, hooks);
    const m = siteMeasurerOver('b/', { startWorker: () => channelWorker(inner), inThread: noInThread });
    await expect(m.measure(records(1), () => {}, never())).rejects.toThrow('housing.fgb: file missing (404)');
  });

  it('stops the worker on dispose: a running measure rejects, later ones throw', async () => {
    const hang: MeasureWorkerApi = { measure: () => new Promise(() => {}), cancel: () => {} };
    const ep = channelWorker(hang);
    let terminated = 0;
    ep.terminate = () => void terminated++;
    const m = siteMeasurerOver('b/', { startWorker: () => ep, inThread: noInThread });
    const run = m.measure(records(1), () => {}, never());
    m.dispose();
    await expect(run).rejects.toThrow('disposed');
    await expect(m.measure(records(1), () => {}, never())).rejects.toThrow('after dispose');
    expect(terminated).toBe(1);
    m.dispose(); // twice is harmless
  });
});
