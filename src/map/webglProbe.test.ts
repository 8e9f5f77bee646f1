import { afterEach, describe, expect, it } from 'vitest';
import { webglSupported } from './webglProbe.ts';

type Answer = boolean | null | 'error' | 'silent';
const g = globalThis as { Worker?: unknown; document?: unknown };

/** A Worker that answers `answer` (or fails, or never answers); counts the workers ended. */
function fakeWorker(answer: Answer) {
  const ended = { count: 0 };
  g.Worker = class {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor() {
      setTimeout(() => {
        if (answer === 'error') this.onerror?.();
        else if (answer !== 'silent') this.onmessage?.({ data: answer });
      }, 0);
    }
    terminate() {
      ended.count++;
    }
  };
  return ended;
}

/** The page's own answer: a canvas whose getContext gives a context or not. */
function pageCanvas(hasWebgl: boolean) {
  g.document = { createElement: () => ({ getContext: () => (hasWebgl ? {} : null) }) };
}

afterEach(() => {
  delete g.Worker;
  delete g.document;
});

describe('webglSupported', () => {
  it("takes the worker's answer, and ends the worker", async () => {
    pageCanvas(true);
    const ended = fakeWorker(false);
    expect(await webglSupported()).toBe(false);
    expect(ended.count).toBe(1);
  });

  it('asks on the page when the worker cannot tell, fails, or does not answer in time', async () => {
    pageCanvas(true);
    fakeWorker(null);
    expect(await webglSupported()).toBe(true);
    fakeWorker('error');
    expect(await webglSupported()).toBe(true);
    const ended = fakeWorker('silent');
    expect(await webglSupported({ workerTimeoutMs: 10 })).toBe(true);
    expect(ended.count).toBe(1);
  });

  it('asks on the page without Worker support', async () => {
    pageCanvas(false);
    expect(await webglSupported()).toBe(false);
  });
});
