/** Hardening of state, storage and links: unreadable storage, long notes, partly understood links, gate and weight validation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScorer, criterionIds, defaultScoringState, profileFromState, summarize, toColumns, withWeight, type ScoringState, type SiteInput } from '../../src/core/scoring/index.ts';
import { launch, newExplorer, type Browser } from './browser.ts';
import { distDir, readLayer } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let sites: SiteInput[];
/** "N of M sites pass" as the app should say it for a scoring state, from the core on the same data. */
let passText: (s: ScoringState) => string;
const storeKey = 'bxl-explorer.shortlist';

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
  sites = (await readLayer(distDir, 'sites')).features.map((f) => f.properties as SiteInput);
  const scorer = createScorer(toColumns(sites));
  passText = (s) => `${summarize(scorer.run(profileFromState(s))).passCount} of ${sites.length} sites pass`;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stored = (ids: string[], notes: string[] = []) =>
  JSON.stringify({ version: 1, items: ids.map((siteId, i) => ({ siteId, note: notes[i] ?? '', addedAt: '2026-11-26T08:00:00Z' })) });

describe('storage', () => {
  it('storage that cannot be read is never written: the three stored sites survive starring in this session', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    const ids = sites.slice(0, 4).map((s) => s.siteId);
    const before = stored(ids.slice(0, 3));
    await app.storeAndReload(storeKey, before);
    expect(await app.shortlistIds()).toEqual(ids.slice(0, 3));

    await app.breakStorageReads(storeKey);
    await app.reload();
    expect(await app.shortlistNotices()).toContain('this session only');
    expect(await app.shortlistNotices()).not.toContain('Save my shortlist anyway');
    await app.starFromCard(ids[3]!);
    expect(await app.shortlistIds()).toEqual([ids[3]]);
    expect(await app.storedText(storeKey)).toBe(before);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('a stored note longer than 280 characters: a copy is kept and the user is told', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    const [a, b] = sites.slice(0, 2).map((s) => s.siteId);
    const long = 'à vérifier '.repeat(910).slice(0, 10_001);
    const raw = stored([a!], [long]);
    await app.storeAndReload(storeKey, raw);
    expect(await app.shortlistNotices()).toContain('Notes shortened to 280 characters: 1.');
    expect(await app.shortlistNotices()).toContain('A copy of the stored shortlist with the full notes was kept');
    expect(await app.storedText(`${storeKey}.backup`)).toBe(raw);
    expect((await app.shortlistNote(a!)).length).toBe(280);

    await app.starFromCard(b!);
    await app.page.waitForFunction((k) => (localStorage.getItem(k) ?? '').includes('"siteId"') && JSON.parse(localStorage.getItem(k)!).items.length === 2, storeKey);
    expect(await app.storedText(`${storeKey}.backup`)).toBe(raw);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});

describe('links', () => {
  it('a partly understood link: each bad part falls back on its own and the user is told what was ignored', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, '#layers=foo&sector=construction*statuses-nope*metro-100*areaM2-5000_10');
    expect(await app.waitForLinkNotice()).toBe(
      '4 parts of this link were not understood and were ignored: layers=foo, statuses-nope, weights above 5 (set to 5), areaM2-5000_10 (minimum above maximum).',
    );
    expect(await app.isLayerOn('Candidate sites')).toBe(true);
    expect(await app.isLayerOn('Municipalities')).toBe(true);
    expect((await app.passSummary()).count).toBe(passText(withWeight(defaultScoringState('construction'), 'metro', 5)));
    await app.page.locator('details.scoring-weights summary').click();
    expect(await app.weightValue('Metro station')).toBe('5');
    await app.page.locator('details.scoring-gates summary').click();
    expect(await app.gateFieldValue('minimum')).toBe('1000');
    expect(await app.gateFieldValue('maximum')).toBe('');
    await app.dismissLinkNotice();
    expect(await app.linkNotice()).toBe('');

    // a link pasted into the open tab is checked the same way
    await app.pasteHash('#sector=health&lang=xx');
    expect(await app.waitForLinkNotice()).toBe('One part of this link was not understood and was ignored: lang=xx.');
    await app.waitForPassCount(passText(defaultScoringState('health')));
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('an oversized or cut shared shortlist is dropped with a notice, and the rest of the link still applies', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, `#sector=health&sl=1.${'A'.repeat(9000)}`);
    expect(await app.waitForLinkNotice()).toBe('One part of this link was not understood and was ignored: the shared shortlist (too long or cut).');
    await app.waitForPassCount(passText(defaultScoringState('health')));
    expect(await app.shortlistIds()).toEqual([]);

    // a share link cut short (as some chat apps do); opening a clean link first clears the notice
    await app.starFromCard(sites[0]!.siteId);
    expect(await app.linkNotice()).toBe('');
    await app.page.locator('.share-open').click();
    const url = await app.page.locator('.share-url').inputValue();
    await app.pasteHash(url.slice(url.indexOf('#'), -3));
    expect(await app.waitForLinkNotice()).toContain('the shared shortlist (too long or cut)');
    expect(await app.page.locator('.sl-offer').count()).toBe(0);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});

describe('scoring controls', () => {
  it('gate fields say why a negative value or a minimum above the maximum is not applied', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, '#sector=construction');
    const count = passText(defaultScoringState('construction'));
    await app.waitForPassCount(count);

    await app.setGate('minimum', '-50');
    expect(await app.gateFieldError('minimum')).toBe('Not applied: enter 0 or more.');
    expect(await app.hash()).not.toContain('areaM2');
    expect((await app.passSummary()).count).toBe(count);

    await app.setGate('minimum', '5000');
    await app.waitForHash('areaM2-5000_');
    expect(await app.gateFieldError('minimum')).toBe('');
    await app.setGate('maximum', '1000');
    expect(await app.gateFieldError('maximum')).toBe('Not applied: the maximum is below the minimum (5,000).');
    expect(await app.hash()).toContain('areaM2-5000_');
    expect(await app.hash()).not.toContain('areaM2-5000_1000');

    await app.setGate('Maximum distance to public transport (m)', '-1');
    expect(await app.gateFieldError('Maximum distance to public transport (m)')).toBe('Not applied: enter 0 or more.');
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('all weights at 0: the panel says so instead of ranking, and no rank is labelled stable', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, `#sector=construction*${criterionIds.map((id) => `${id}-0`).join('*')}`);
    await app.waitForPassCount(passText(defaultScoringState('construction')));
    await app.page.getByTestId('no-weights').waitFor();
    expect(await app.rankingMessage()).toBe('All weights are 0: set at least one weight to rank the sites.');
    expect(await app.rankedCounts()).toEqual({ rows: 0, labels: 0 });

    await app.setWeight('Canal', 1);
    await app.page.locator('.ranked-row').first().waitFor();
    expect(await app.rankingMessage()).toBe('');
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});
