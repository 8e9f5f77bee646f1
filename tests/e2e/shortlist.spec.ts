/** Issue 5 end to end: shortlist persistence and damage, compare, exports, print to PDF, share link. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launch, newExplorer, type Browser, type ExplorerPage } from './browser.ts';
import { distDir, readLayer } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
/** Three real sites with distinct areas, largest first. */
let picks: { siteId: string; areaM2: number; distMetroM: number }[];
const storeKey = 'bxl-explorer.shortlist';

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
  const sites = await readLayer(distDir, 'sites');
  const props = sites.features.map((f) => f.properties as { siteId: string; areaM2: number; distMetroM: number });
  const sorted = [...props].sort((a, b) => b.areaM2 - a.areaM2);
  picks = [sorted[0]!, sorted[10]!, sorted[40]!];
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const item = (app: ExplorerPage, siteId: string) => app.page.locator(`.sl-item[data-site-id="${siteId}"]`);
const listedIds = (app: ExplorerPage) => app.page.locator('.sl-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id')));

/** Select a site through the URL and press the star on its card. */
async function starViaCard(app: ExplorerPage, siteId: string): Promise<void> {
  await app.page.evaluate((id) => (location.hash = `site=${encodeURIComponent(id)}`), siteId);
  await app.page.locator(`.site-card[data-site-id="${siteId}"]`).waitFor();
  await app.page.locator('.site-card .star').click();
  await item(app, siteId).waitFor();
}

/** Put a shortlist in storage as this build writes it, then reload. */
async function seed(app: ExplorerPage, ids: string[], notes: string[] = []): Promise<void> {
  await app.page.evaluate(
    ([key, list, ns]) => localStorage.setItem(key as string, JSON.stringify({ version: 1, items: (list as string[]).map((siteId, i) => ({ siteId, note: (ns as string[])[i] ?? '', addedAt: '2026-11-26T08:00:00Z' })) })),
    [storeKey, ids, notes] as const,
  );
  await app.page.reload();
  await app.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
}

describe('shortlist', () => {
  it('stars three sites with notes; they survive a reload in order with their notes', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    for (const p of picks) await starViaCard(app, p.siteId);
    expect(await app.page.locator('.site-card .star').getAttribute('aria-pressed')).toBe('true');
    await item(app, picks[1]!.siteId).locator('.sl-note').fill('rail access — à vérifier');
    await app.page.keyboard.press('Tab');
    await item(app, picks[2]!.siteId).getByRole('button', { name: /Move up/ }).click();
    await app.page.waitForFunction(
      ([k, first, last]) => {
        const raw = localStorage.getItem(k as string) ?? '';
        return raw.includes('vérifier') && raw.indexOf(first as string) < raw.indexOf(last as string);
      },
      [storeKey, picks[2]!.siteId, picks[1]!.siteId] as const,
    );
    await app.page.reload();
    await app.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
    expect(await listedIds(app)).toEqual([picks[0]!.siteId, picks[2]!.siteId, picks[1]!.siteId]);
    expect(await item(app, picks[1]!.siteId).locator('.sl-note').inputValue()).toBe('rail access — à vérifier');
    await item(app, picks[0]!.siteId).getByRole('button', { name: /Remove/ }).click();
    expect(await listedIds(app)).toEqual([picks[2]!.siteId, picks[1]!.siteId]);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('corrupt stored data: the app says so, keeps a copy, and still works', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.page.evaluate((k) => localStorage.setItem(k, '{"version":1,"items":[{"siteId":'), storeKey);
    await app.page.reload();
    await app.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
    const status = app.page.locator('.sl-notices[role="status"]');
    expect(await status.textContent()).toContain('could not be read');
    expect(await app.page.evaluate((k) => localStorage.getItem(`${k}.backup`), storeKey)).toBe('{"version":1,"items":[{"siteId":');
    await starViaCard(app, picks[0]!.siteId);
    expect(await listedIds(app)).toEqual([picks[0]!.siteId]);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('compare marks the best value of each row', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await seed(app, picks.map((p) => p.siteId));
    for (const p of picks) await item(app, p.siteId).locator('.sl-pick').check();
    await app.page.locator('.compare-open').click();
    const table = app.page.locator('.compare-table');
    await table.waitFor();
    const bestCols = (row: string) => table.locator(`tr[data-row="${row}"] td`).evaluateAll((tds) => tds.flatMap((td, i) => (td.getAttribute('data-best') === 'true' ? [i] : [])));
    expect(await bestCols('areaM2')).toEqual([0]); // picks are largest first
    const metro = picks.map((p) => p.distMetroM);
    const minMetro = Math.min(...metro);
    expect(metro.some((m) => m !== minMetro), 'the picked sites must differ in metro distance for this check').toBe(true);
    expect(await bestCols('distMetroM')).toEqual(metro.flatMap((m, i) => (m === minMetro ? [i] : [])));
    expect(await table.locator('tr[data-row="areaM2"] td.best').textContent()).toContain('best');
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(18 + 5);
    expect(await app.page.locator('.compare-panel svg.site-sketch path').count()).toBeGreaterThan(3);
    await app.page.context().close();
  });

  it('CSV (both separators) and GeoJSON downloads parse with the expected rows and columns', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, '#sector=agro-food');
    await seed(app, picks.map((p) => p.siteId));
    await app.page.locator('.export-details summary').click();
    const download = async (button: string) => {
      const [d] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: button }).click()]);
      const path = await d.path();
      return { name: d.suggestedFilename(), text: readFileSync(path!, 'utf8') };
    };
    const semi = await download('Download CSV');
    expect(semi.name).toMatch(/^brussels-shortlist-agro-food-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(semi.text.startsWith('\uFEFF')).toBe(true);
    const lines = semi.text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    const header = lines[0]!.split(';');
    expect(header).toEqual(expect.arrayContaining(['site_id', 'area_m2', 'dist_metro_m', 'no2_ug_m3', 'score_construction_0_100', 'score_creative_0_100']));
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(picks.map((p) => p.siteId));
    const areaCol = header.indexOf('area_m2');
    expect(Number(lines[1]!.split(';')[areaCol]!.replace(',', '.'))).toBeCloseTo(picks[0]!.areaM2, 3);
    const cur = header.indexOf('score_current_0_100');
    for (const l of lines.slice(1)) {
      expect(l.split(';')[header.indexOf('current_sector')]).toBe('agro-food');
      expect(Number(l.split(';')[cur]!.replace(',', '.'))).toBeGreaterThanOrEqual(0);
    }

    await app.page.getByLabel('comma ,').check();
    const comma = await download('Download CSV');
    expect(comma.text.slice(1).split('\r\n')[0]!.split(',')).toEqual(header);

    const gj = await download('Download GeoJSON');
    expect(gj.name).toMatch(/\.geojson$/);
    const fc = JSON.parse(gj.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(3);
    expect(fc.features[0].geometry.type).toMatch(/Polygon/);
    expect(Object.keys(fc.features[0].properties)).toEqual(header);

    const scope = app.page.getByLabel(/All sites passing the filters/);
    await scope.check();
    const passing = Number(/\((\d+)\)/.exec((await app.page.locator('.export-panel label', { has: scope }).textContent()) ?? '')?.[1]);
    expect(passing).toBeGreaterThan(0);
    expect(passing).toBeLessThan(379);
    const all = await download('Download CSV');
    expect(all.name).toMatch(/^brussels-sites-agro-food-/);
    expect(all.text.split('\r\n').filter(Boolean)).toHaveLength(passing + 1);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('the print view of the shortlist gives one A4 PDF page per site with names and scores', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await seed(app, picks.slice(0, 2).map((p) => p.siteId), ['à revoir avec la commune']);
    await app.switchLanguage('FR');
    await app.page.locator('.print-open').click();
    const sheets = app.page.locator('.print-sheet');
    await sheets.first().waitFor();
    expect(await sheets.count()).toBe(2);
    for (const [i, p] of picks.slice(0, 2).entries()) {
      const sheet = sheets.nth(i);
      expect(await sheet.getAttribute('data-site-id')).toBe(p.siteId);
      expect(((await sheet.locator('h2').textContent()) ?? '').length).toBeGreaterThan(3);
      // a site failing the chosen sector has no score on its sheet, only the gates it fails, in words
      if (await sheet.locator('.ps-score').count()) expect(await sheet.locator('.ps-score').textContent()).toMatch(/^\d+([.,]\d)?$/);
      else expect(await sheet.locator('.ps-gates').textContent()).toMatch(/^échoue : /);
      expect(await sheet.locator('.ps-sectors tr').count()).toBe(5);
      expect(await sheet.locator('svg.site-sketch').count()).toBe(1);
      expect(await sheet.textContent()).toContain('Détail du score');
    }
    expect(await sheets.nth(0).locator('.ps-note').textContent()).toContain('à revoir avec la commune');
    const pageCount = async () => ((await app.page.pdf({ format: 'A4', printBackground: true })).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(await pageCount()).toBe(2);

    // one site from its card
    await app.page.locator('.print-toolbar').getByRole('button', { name: 'Fermer', exact: true }).click();
    await sheets.first().waitFor({ state: 'detached' });
    await app.page.evaluate((id) => (location.hash = `site=${encodeURIComponent(id)}&lang=fr`), picks[2]!.siteId);
    await app.page.locator('.site-card .print-site').click();
    await sheets.first().waitFor();
    expect(await sheets.count()).toBe(1);
    expect(await sheets.first().getAttribute('data-site-id')).toBe(picks[2]!.siteId);
    expect(await pageCount()).toBe(1);
    await app.page.context().close();
  });

  it('a shared link restores shortlist, notes, sector and view in a fresh browser profile', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, '#map=14.00/50.85000/4.35000/0&sector=agro-food');
    await seed(app, picks.map((p) => p.siteId), ['', 'près du canal', '']);
    await app.page.locator('.share-open').click();
    const url = await app.page.locator('.share-url').inputValue();
    expect(url).toContain('sl=2.');
    expect(url).toContain('sector=agro-food');
    await app.page.context().close();

    const other = await newExplorer(browser);
    await other.page.goto(url);
    await other.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
    await item(other, picks[2]!.siteId).waitFor();
    expect(await listedIds(other)).toEqual(picks.map((p) => p.siteId));
    expect(await item(other, picks[1]!.siteId).locator('.sl-note').inputValue()).toBe('près du canal');
    const hash = await other.hash();
    expect(hash).toContain('sector=agro-food');
    expect(hash).toContain('map=14.00/50.85000/4.35000/0');
    expect(hash).not.toContain('sl=');
    await other.page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('canal'), storeKey);
    expect(other.errors).toEqual([]);

    // a profile that already has a list is asked before anything is replaced
    await seed(other, [picks[0]!.siteId]);
    await other.page.goto('about:blank');
    await other.page.goto(url);
    const offer = other.page.locator('.sl-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('3 sites');
    expect(await listedIds(other)).toEqual([picks[0]!.siteId]);
    await offer.getByRole('button', { name: 'Keep mine' }).click();
    expect(await listedIds(other)).toEqual([picks[0]!.siteId]);
    await other.page.goto('about:blank');
    await other.page.goto(url);
    await other.page.locator('.sl-offer').getByRole('button', { name: 'Replace my shortlist' }).click();
    expect(await listedIds(other)).toEqual(picks.map((p) => p.siteId));
    await other.page.context().close();
  });

  it('blocked or full storage: the user is told and the shortlist keeps working for the session', async () => {
    const blocked = await newExplorer(browser);
    await blocked.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await blocked.open(server.url);
    expect(await blocked.page.locator('.sl-notices').textContent()).toContain('does not let the app store data');
    await starViaCard(blocked, picks[0]!.siteId);
    expect(await listedIds(blocked)).toEqual([picks[0]!.siteId]);
    expect(blocked.errors).toEqual([]);
    await blocked.page.context().close();

    const full = await newExplorer(browser);
    await full.page.addInitScript((k) => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === k) throw new DOMException('full', 'QuotaExceededError');
        set.call(this, key, value);
      };
    }, storeKey);
    await full.open(server.url);
    await starViaCard(full, picks[0]!.siteId);
    await starViaCard(full, picks[1]!.siteId);
    expect(await full.page.locator('.sl-notices').textContent()).toContain('storage is full');
    expect(await listedIds(full)).toEqual([picks[0]!.siteId, picks[1]!.siteId]);
    expect(full.errors).toEqual([]);
    await full.page.context().close();
  });
});
