/** The Content Security Policy: strict in the page's <meta>, `frame-ancestors` only as an HTTP header (a <meta> cannot carry it). */
import { describe, expect, it } from 'vitest';
import { useExplorer } from './harness.ts';

const explorer = useExplorer({ server: 'preview' });

describe('content security policy', () => {
  it('loads without a console error about frame-ancestors, which the preview server sends as a header', async () => {
    const app = await explorer.open();
    expect(app.consoleErrors.filter((m) => /frame-ancestors/i.test(m))).toEqual([]);
    expect(await app.documentHeader('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    const meta = await app.metaPolicy();
    expect(meta).not.toMatch(/frame-ancestors/);
    expect(meta).toMatch(/default-src 'self'/);
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(meta).toMatch(/object-src 'none'/);
    expect(app.errors).toEqual([]);
  });
});
