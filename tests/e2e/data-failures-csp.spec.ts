/** The Content Security Policy: strict in the page's <meta>, `frame-ancestors` only as an HTTP header (a <meta> cannot carry it). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newExplorer, type Browser } from './browser.ts';
import { distDir } from './fixtures.ts';
import { servePreview } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof servePreview>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), servePreview(distDir)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('content security policy', () => {
  it('loads without a console error about frame-ancestors, which the preview server sends as a header', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    expect(app.consoleErrors.filter((m) => /frame-ancestors/i.test(m))).toEqual([]);
    expect(await app.documentHeader('Content-Security-Policy')).toMatch(/frame-ancestors 'none'/);
    const meta = await app.metaPolicy();
    expect(meta).not.toMatch(/frame-ancestors/);
    expect(meta).toMatch(/default-src 'self'/);
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(meta).toMatch(/object-src 'none'/);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});
