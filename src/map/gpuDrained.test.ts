import { describe, expect, it } from 'vitest';
import { gpuDrained } from './gpuDrained.ts';

/** A canvas whose WebGL2 fence signals after `lookups` looks; records what was called. */
function fakeCanvas(o: { webgl2?: boolean; lookups?: number; lost?: boolean } = {}) {
  const calls: string[] = [];
  let looks = 0;
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 1,
    SYNC_STATUS: 2,
    SIGNALED: 3,
    isContextLost: () => !!o.lost,
    fenceSync: () => (calls.push('fence'), { id: 1 }),
    flush: () => void calls.push('flush'),
    getSyncParameter: () => (++looks >= (o.lookups ?? 1) ? 3 : 4),
    deleteSync: () => void calls.push('delete'),
  };
  const canvas = { getContext: (type: string) => (type === 'webgl2' && o.webgl2 !== false ? gl : null) } as unknown as HTMLCanvasElement;
  return { canvas, calls, looks: () => looks };
}

describe('gpuDrained', () => {
  it('resolves once the fence has signalled, looking between tasks, and deletes the fence', async () => {
    const f = fakeCanvas({ lookups: 3 });
    await gpuDrained(f.canvas, { pollMs: 0 });
    expect(f.looks()).toBe(3);
    expect(f.calls).toEqual(['fence', 'flush', 'delete']);
  });

  it('resolves at once without a WebGL2 context, and with a lost one', async () => {
    await expect(gpuDrained(fakeCanvas({ webgl2: false }).canvas)).resolves.toBeUndefined();
    const lost = fakeCanvas({ lost: true });
    await gpuDrained(lost.canvas);
    expect(lost.calls).toEqual([]);
  });

  it('gives up after maxWaitMs when the fence never signals', async () => {
    const f = fakeCanvas({ lookups: Infinity });
    await gpuDrained(f.canvas, { pollMs: 1, maxWaitMs: 20 });
    expect(f.looks()).toBeGreaterThan(1);
    expect(f.calls.at(-1)).toBe('delete');
  });
});
