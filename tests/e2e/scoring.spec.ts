import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScorer, defaultScoringState, profileFromState, rankPassing, summarize, toColumns, withLimit, withWeight, type ScoringState, type SiteInput } from '../../src/core/scoring/index.ts';
import { launch, newExplorer, type Browser } from './browser.ts';
import { distDir, readLayer } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let sites: SiteInput[];
/** What the core says for a scoring state, on the same built data the app loads. */
let expected: (s: ScoringState) => { ids: string[]; passCount: number; mainFailCount: number };

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
  sites = (await readLayer(distDir, 'sites')).features.map((f) => f.properties as SiteInput);
  const cols = toColumns(sites);
  const scorer = createScorer(cols);
  expected = (s) => {
    const r = scorer.run(profileFromState(s));
    const sum = summarize(r);
    return { ids: Array.from(rankPassing(cols, r), (i) => cols.siteIds[i]!), passCount: sum.passCount, mainFailCount: sum.mainFailure?.count ?? 0 };
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const distCanal = (id: string) => sites.find((s) => s.siteId === id)!.distCanalM;
const meanCanal = (ids: string[]) => ids.reduce((a, id) => a + distCanal(id), 0) / ids.length;

describe('ranking sites for a sector', () => {
  it('choosing a sector ranks the sites; another sector reorders the list', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Construction');
    const construction = await app.rankedSiteIds(10);
    expect(construction).toEqual(expected(defaultScoringState('construction')).ids.slice(0, 10));
    expect((await app.passSummary()).count).toBe(`${expected(defaultScoringState('construction')).passCount} of ${sites.length} sites pass`);
    await app.waitForHash('sector=construction');

    await app.chooseSector('Creative & cultural industries');
    await app.waitForRankingChange(construction);
    const creative = await app.rankedSiteIds(10);
    expect(creative).toEqual(expected(defaultScoringState('creative')).ids.slice(0, 10));
    expect(creative).not.toEqual(construction);

    await app.chooseSector('None (colour sites by status)');
    await app.page.locator('.ranked-row').first().waitFor({ state: 'detached' });
    await app.waitForHash('sector=', true);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('dropping the canal weight pushes canal-side sites down; raising it brings them back', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Construction');
    const before = await app.rankedSiteIds(10);
    await app.setWeight('Canal', 0);
    await app.waitForRankingChange(before);
    const noCanal = await app.rankedSiteIds(10);
    expect(noCanal).toEqual(expected(withWeight(defaultScoringState('construction'), 'canal', 0)).ids.slice(0, 10));
    expect(meanCanal(noCanal)).toBeGreaterThan(meanCanal(before)); // the top ten now sits farther from the canal
    expect(await app.sectorShown()).toBe('Custom (based on Construction)');

    await app.setWeight('Canal', 5);
    await app.waitForRankingChange(noCanal);
    const canal5 = await app.rankedSiteIds(10);
    expect(canal5).toEqual(expected(withWeight(defaultScoringState('construction'), 'canal', 5)).ids.slice(0, 10));
    expect(meanCanal(canal5)).toBeLessThan(meanCanal(noCanal));
    await app.page.getByRole('button', { name: 'Reset to sector defaults' }).click();
    expect(await app.sectorShown()).toBe('Construction');
    await app.page.context().close();
  });

  it('a tighter gate removes sites and the count says why', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Construction');
    const before = await app.passSummary();
    await app.setGate('Maximum NO2 (µg/m³)', '20');
    const want = expected(withLimit(defaultScoringState('construction'), 'no2UgM3', { max: 20 }));
    await app.page.waitForFunction((t) => document.querySelector('.pass-count')?.textContent === t, `${want.passCount} of ${sites.length} sites pass`);
    const after = await app.passSummary();
    expect(Number(after.count.split(' ')[0])).toBeLessThan(Number(before.count.split(' ')[0]));
    expect(after.reason).toBe(`${want.mainFailCount} sites fail: NO2 above 20 µg/m³`);
    expect(await app.rankedSiteIds(5)).toEqual(want.ids.slice(0, 5));
    await app.waitForHash('no2UgM3-_20');
    await app.page.context().close();
  });

  it('a copied URL restores the sector and the weights', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Health');
    await app.setWeight('Canal', 3);
    await app.waitForHash('canal-3');
    const ranked = await app.rankedSiteIds(10);
    const hash = await app.hash();
    await app.page.context().close();

    const again = await newExplorer(browser);
    await again.open(server.url, hash);
    expect(await again.rankedSiteIds(10)).toEqual(ranked);
    expect(await again.sectorShown()).toBe('Custom (based on Health)');
    expect(await again.page.getByLabel('Weight of Canal', { exact: true }).inputValue()).toBe('3');
    await again.page.context().close();
  });

  it('hovering a list row highlights its site on the map', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Construction');
    const [first] = await app.rankedSiteIds(1);
    await app.waitForLayers(); // context layers arrive after the map is usable: let them draw first
    await app.waitForIdle();
    const before = await app.mapPicture();
    await app.page.locator(`.ranked-row[data-site-id="${first}"] .ranked-open`).hover();
    await app.waitForIdle();
    expect(Buffer.compare(before, await app.mapPicture())).not.toBe(0);
    await app.page.context().close();
  });

  it('the list opens a site by keyboard; its card shows the score breakdown and every sector', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Manufacturing & innovative materials');
    const [first] = await app.rankedSiteIds(1);
    await app.openRankedSite(first!);
    await app.card().waitFor();
    expect(await app.card().getAttribute('data-site-id')).toBe(first);
    await app.waitForHash(`site=${first}`);
    // the map flew to the site: the camera in the URL is closer than the whole-region view
    await app.page.waitForFunction(() => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? 0) >= 13, undefined, { timeout: 10_000 });
    const text = (await app.card().textContent()) ?? '';
    expect(text).toMatch(/Score for Manufacturing & innovative materials: \d+/);
    expect(await app.card().locator('.breakdown-row').count()).toBeGreaterThan(5);
    expect(await app.card().locator('.all-sectors tr').count()).toBe(5);
    await app.page.keyboard.press('Escape');
    await app.card().waitFor({ state: 'detached' });
    // keyboard users are back on the row they opened
    await app.page.waitForFunction((id) => (document.activeElement?.closest('.ranked-row') as HTMLElement | null)?.dataset.siteId === id, first, { timeout: 5_000 });
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});
