import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newExplorer, type Browser } from './browser.ts';
import { distDir } from './fixtures.ts';
import { serveStatic } from './server.ts';

let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(distDir);
});
afterAll(async () => {
  await server?.close();
});

describe('degraded browsers', () => {
  it('without WebGL, says so instead of showing a blank page', async () => {
    const browser: Browser = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const app = await newExplorer(browser);
      await app.page.goto(`${server.url}index.html`);
      const alert = app.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('WebGL');
      expect(await app.layerNames()).toHaveLength(17);
      // no map will ever draw them: the rows say so instead of "loading…" forever
      await app.waitForLayers();
      expect(await app.layerStatus('Candidate sites')).toMatch(/^unavailable/);
      expect(app.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('works on a narrow screen: panel can be hidden and shown', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ viewport: { width: 390, height: 780 }, locale: 'fr-BE' });
      const page = await context.newPage();
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
      const toggle = page.getByRole('button', { name: 'Panneau' });
      expect(await page.locator('#side-panel').isVisible()).toBe(false); // map first on a phone
      expect(await page.locator('#map canvas').isVisible()).toBe(true);
      await toggle.click();
      expect(await page.locator('.layer-name', { hasText: 'Sites candidats' }).isVisible()).toBe(true);
      await toggle.click();
      expect(await page.locator('#side-panel').isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
