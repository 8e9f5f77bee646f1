import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newExplorer, type Browser } from './browser.ts';
import { clickableSite, distDir } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('map explorer', () => {
  it('loads the map with every layer listed and counted', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.waitForLayers();
    const names = await app.layerNames();
    expect(names).toEqual(expect.arrayContaining(['Productive zones (OSM industrial land use)', 'Candidate sites', 'STIB stops', 'STIB lines', 'Rail stations', 'Rail sidings', 'Canal', 'Regional cycle routes', 'Villo!', 'NO2 measurements', 'NO2 surface (interpolated)', 'Municipalities']));
    expect(names).toHaveLength(17);
    for (const n of names) expect(await app.layerStatus(n)).toMatch(/^[\d,]+$/);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('toggling a layer changes what is drawn', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.waitForLayers();
    const before = await app.mapPicture();
    await app.toggleLayer('Villo!');
    expect(await app.isLayerOn('Villo!')).toBe(true);
    await app.waitForIdle();
    const after = await app.mapPicture();
    expect(Buffer.compare(before, after)).not.toBe(0);
    await app.waitForHash('villo');
    expect(await app.attribution()).toContain('Bruxelles Mobilité');
    await app.toggleLayer('Villo!');
    await app.waitForIdle();
    expect(await app.isLayerOn('Villo!')).toBe(false);
    await app.page.context().close();
  });

  it('clicking a site opens its card with its metrics; switching to Dutch changes the labels', async () => {
    const site = await clickableSite();
    const app = await newExplorer(browser);
    await app.open(server.url, `#map=17/${site.lat}/${site.lng}/0`);
    await app.clickMapCentre();
    await app.card().waitFor();
    expect(await app.card().getAttribute('data-site-id')).toBe(site.siteId);
    const text = (await app.card().textContent()) ?? '';
    expect(text).toMatch(/Metro: (\d+ m|[\d.]+ km|unknown)/);
    expect(text).toMatch(/NO2: [\d.]+ µg\/m³, (above|below)/);
    expect(text).toContain('Area');
    await app.waitForHash(`site=${encodeURIComponent(site.siteId)}`);

    await app.switchLanguage('NL');
    expect(await app.layerNames()).toContain('Kandidaat-sites');
    expect(await app.card().textContent()).toContain('Oppervlakte');
    await app.page.waitForFunction(() => document.documentElement.lang === 'nl' && location.hash.includes('lang=nl'));
    await app.waitForLayers();
    expect(await app.communeLabels()).toContain('Elsene');
    await app.page.keyboard.press('Escape');
    await app.card().waitFor({ state: 'detached' });
    await app.page.context().close();
  });

  it('a copied URL restores the view, the layers and the selection; back works', async () => {
    const site = await clickableSite();
    const hash = `#map=14.50/${site.lat.toFixed(5)}/${site.lng.toFixed(5)}/20&layers=sites,villo,communes&lang=nl&site=${encodeURIComponent(site.siteId)}`;
    const app = await newExplorer(browser, 'en-GB');
    await app.open(server.url, hash);
    expect(await app.isLayerOn('Villo!')).toBe(true);
    expect(await app.isLayerOn('Kandidaat-sites')).toBe(true);
    expect(await app.isLayerOn('Wegen (OSM 2013)')).toBe(false);
    await app.card().waitFor();
    expect(await app.card().getAttribute('data-site-id')).toBe(site.siteId);
    const h = await app.hash();
    expect(h).toContain(`map=14.50/${site.lat.toFixed(5)}/${site.lng.toFixed(5)}/20`);
    await app.toggleLayer('Villo!');
    expect(await app.isLayerOn('Villo!')).toBe(false);
    await app.waitForHash('villo', true);
    await app.page.goBack();
    await app.page.waitForFunction(() => location.hash.includes('villo'));
    expect(await app.isLayerOn('Villo!')).toBe(true);
    await app.page.context().close();
  });

  it('a malformed hash falls back to defaults without an error', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, '#map=abc/%E0%A4%A&layers=,,nope&lang=xx&site=');
    // no known layer id in the link: the default layers, as the README promises
    expect(await app.isLayerOn('Candidate sites')).toBe(true);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});
