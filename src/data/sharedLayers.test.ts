import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { GeodataSource } from './source.ts';
import { withSharedLayers } from './sharedLayers.ts';

const fc: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A source whose layer requests the test settles by hand; counts requests and the aborted ones. */
function fakeSource() {
  const requests: { id: string; signal: AbortSignal; resolve(v: FeatureCollection): void; reject(e: unknown): void }[] = [];
  const source: GeodataSource = {
    manifest: async () => ({}) as never,
    layer: (id, signal) => new Promise((resolve, reject) => void requests.push({ id, signal, resolve, reject })),
    planner: async () => ({ ok: true }) as never,
  };
  return { source, requests };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('withSharedLayers', () => {
  it('fetches a layer once for two callers, and gives it at once to a later one', async () => {
    const { source, requests } = fakeSource();
    const shared = withSharedLayers(source);
    const a = shared.layer('sectors', new AbortController().signal);
    const b = shared.layer('sectors', new AbortController().signal);
    expect(requests).toHaveLength(1);
    requests[0]!.resolve(fc);
    expect(await a).toBe(fc);
    expect(await b).toBe(fc);
    expect(await shared.layer('sectors', new AbortController().signal)).toBe(fc);
    expect(requests).toHaveLength(1);
    expect(await shared.planner!(new AbortController().signal)).toEqual({ ok: true });
  });

  it("rejects only the aborting caller's promise while another still waits, and stops the request when none does", async () => {
    const { source, requests } = fakeSource();
    const shared = withSharedLayers(source);
    const first = new AbortController();
    const a = shared.layer('sectors', first.signal);
    const b = shared.layer('sectors', new AbortController().signal);
    first.abort(new Error('closed'));
    await expect(a).rejects.toThrow('closed');
    expect(requests[0]!.signal.aborted).toBe(false);
    requests[0]!.resolve(fc);
    expect(await b).toBe(fc);

    const only = new AbortController();
    const c = shared.layer('land-losses', only.signal);
    only.abort(new Error('gone'));
    await expect(c).rejects.toThrow('gone');
    expect(requests[1]!.signal.aborted).toBe(true);
    void shared.layer('land-losses', new AbortController().signal);
    expect(requests).toHaveLength(3); // given up on: asked again
  });

  it('does not keep a failure: the next call asks again', async () => {
    const { source, requests } = fakeSource();
    const shared = withSharedLayers(source);
    const a = shared.layer('sectors', new AbortController().signal);
    requests[0]!.reject(new Error('404'));
    await expect(a).rejects.toThrow('404');
    await tick();
    const b = shared.layer('sectors', new AbortController().signal);
    expect(requests).toHaveLength(2);
    requests[1]!.resolve(fc);
    expect(await b).toBe(fc);
  });
});
