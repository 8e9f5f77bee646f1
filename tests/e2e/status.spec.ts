/** Site status as a user meets it: the ranking offers only land on offer until the switch says otherwise; the card leads with status and evidence. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScorer, defaultScoringState, profileFromState, rankPassing, summarize, toColumns, type ScoringState, type SiteInput } from '../../src/core/scoring/index.ts';
import { updateScoring } from '../../src/state/scoring.ts';
import type { SiteProperties } from '../../src/core/types.ts';
import { launch, newExplorer, type Browser } from './browser.ts';
import { distDir, readLayer } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let sites: SiteProperties[];
let expected: (s: ScoringState) => { ids: string[]; passCount: number };
const notOnOffer = (id: string) => ['occupied', 'leaving'].includes(sites.find((s) => s.siteId === id)!.status);

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
  sites = (await readLayer(distDir, 'sites')).features.map((f) => f.properties as SiteProperties);
  const cols = toColumns(sites as unknown as SiteInput[]);
  const scorer = createScorer(cols);
  expected = (s) => {
    const r = scorer.run(profileFromState(s));
    return { ids: Array.from(rankPassing(cols, r), (i) => cols.siteIds[i]!), passCount: summarize(r).passCount };
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('site status', () => {
  it('a sector ranking shows no occupied or leaving site until the switch includes them', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.chooseSector('Manufacturing & innovative materials');
    const offerOnly = expected(defaultScoringState('manufacturing'));
    await app.waitForPassCount(`${offerOnly.passCount} of ${sites.length} sites pass`);
    const shown = await app.shownRankedSiteIds();
    expect(shown).toEqual(offerOnly.ids.slice(0, shown.length));
    expect(shown.filter(notOnOffer)).toEqual([]);

    const all = expected(updateScoring(defaultScoringState('manufacturing'), { type: 'includeNotOnOffer', include: true })!);
    expect(all.ids.slice(0, 50).some(notOnOffer)).toBe(true); // the data has occupied land a manufacturer would rank high
    await app.includeNotOnOffer(true);
    await app.waitForPassCount(`${all.passCount} of ${sites.length} sites pass`);
    const withAll = await app.shownRankedSiteIds();
    expect(withAll).toEqual(all.ids.slice(0, withAll.length));
    expect(withAll.some(notOnOffer)).toBe(true);
    await app.waitForHash('statuses-');

    await app.includeNotOnOffer(false);
    await app.waitForPassCount(`${offerOnly.passCount} of ${sites.length} sites pass`);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('the card leads with the status and its evidence, then the address and the 2013 land use', async () => {
    const depot = sites.find((s) => s.name.startsWith('Dépôt Erasme'))!;
    const app = await newExplorer(browser);
    await app.open(server.url, `#site=${encodeURIComponent(depot.siteId)}`);
    const card = await app.cardSections();
    expect(card.status).toContain('Occupied');
    expect(card.evidence).toContain('depot=subway');
    expect(card.evidence).toContain('operator=STIB/MIVB');
    expect(card.address).toContain(depot.streetFr);
    expect(card.address).toContain(depot.communeFr);
    expect(card.past).toMatch(/2013/);
    const order = await app.cardTestIdsInOrder();
    expect(order.indexOf('site-status')).toBeLessThan(order.indexOf('site-address'));
    expect(order.indexOf('site-evidence')).toBeLessThan(order.indexOf('site-address'));

    const untagged = sites.find((s) => s.statusRule === 'industrial-untagged')!;
    await app.page.evaluate((id) => (location.hash = `site=${encodeURIComponent(id)}`), untagged.siteId);
    await app.page.waitForFunction((id) => document.querySelector('.site-card')?.getAttribute('data-site-id') === id, untagged.siteId);
    const doubt = await app.cardSections();
    expect(doubt.status).toContain('Business estate');
    expect(doubt.evidence).toContain('no operator or use is recorded');

    await app.switchLanguage('NL');
    await app.page.waitForFunction(() => document.querySelector('[data-testid="site-status"]')?.textContent?.includes('Bedrijventerrein'));
    expect((await app.cardSections()).address).toContain(untagged.streetNl);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});
