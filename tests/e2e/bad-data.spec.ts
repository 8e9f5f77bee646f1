import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newExplorer, type Browser } from './browser.ts';
import { clickableSite, copyDist, corruptLayer, renameSite } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('bad data', () => {
  it('reports a corrupted layer file while the rest works', async () => {
    const copy = copyDist();
    corruptLayer(copy.dir, 'villo');
    const server = await serveStatic(copy.dir);
    try {
      const app = await newExplorer(browser);
      await app.open(server.url, '#layers=sites,productive-zones,villo,canal');
      await app.waitForLayers();
      expect(await app.layerStatus('Villo!')).toMatch(/unavailable: not a FlatGeobuf file/);
      expect(await app.layerStatus('Canal')).toMatch(/^[\d,]+$/);
      expect(await app.layerStatus('Candidate sites')).toMatch(/^[\d,]+$/);
      expect(app.errors).toEqual([]);
      await app.page.context().close();
    } finally {
      await server.close();
      copy.cleanup();
    }
  });

  it('shows a site name containing markup as text', async () => {
    const copy = copyDist();
    const site = await clickableSite(copy.dir);
    const evil = '<img src=x onerror=alert(1)>';
    await renameSite(copy.dir, site.siteId, evil);
    const server = await serveStatic(copy.dir);
    try {
      const app = await newExplorer(browser);
      await app.open(server.url, `#map=17/${site.lat}/${site.lng}/0&site=${encodeURIComponent(site.siteId)}`);
      await app.card().waitFor();
      expect(await app.card().locator('h2').textContent()).toBe(evil);
      expect(await app.page.locator('img').count()).toBe(0);
      expect(app.errors).toEqual([]);
      await app.page.context().close();
    } finally {
      await server.close();
      copy.cleanup();
    }
  });
});
