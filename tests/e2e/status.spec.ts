/** Site status as a user meets it: the ranking offers only land on offer until the switch says otherwise; the card leads with status and evidence. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useExplorer } from './harness.ts';
import { loadOracle, withNotOnOffer, type Oracle } from './oracle.ts';

const explorer = useExplorer();
let oracle: Oracle;
beforeAll(async () => {
  oracle = await loadOracle();
});
const notOnOffer = (id: string) => ['occupied', 'leaving'].includes(oracle.site(id).status);

describe('site status', () => {
  it('a sector ranking shows no occupied or leaving site until the switch includes them', async () => {
    const app = await explorer.shared();
    await app.startFrom();
    await app.scoring.chooseSector('Manufacturing & innovative materials');
    const offerOnly = oracle.expected('manufacturing');
    await app.scoring.waitForPassCount(offerOnly.passText);
    const shown = await app.scoring.shownRankedSiteIds();
    expect(shown).toEqual(offerOnly.ids.slice(0, shown.length));
    expect(shown.filter(notOnOffer)).toEqual([]);

    const all = oracle.expected('manufacturing', { statuses: withNotOnOffer('manufacturing') });
    expect(all.ids.slice(0, 50).some(notOnOffer)).toBe(true); // the data has occupied land a manufacturer would rank high
    await app.scoring.includeNotOnOffer(true);
    await app.scoring.waitForPassCount(all.passText);
    const withAll = await app.scoring.shownRankedSiteIds();
    expect(withAll).toEqual(all.ids.slice(0, withAll.length));
    expect(withAll.some(notOnOffer)).toBe(true);
    await app.waitForHash('statuses-');

    await app.scoring.includeNotOnOffer(false);
    await app.scoring.waitForPassCount(offerOnly.passText);
    expect(app.errors).toEqual([]);
  });

  it('the card leads with the status and its evidence, then the address and the 2013 land use', async () => {
    const depot = oracle.sites.find((s) => s.name.startsWith('Dépôt Erasme'))!;
    const app = await explorer.shared();
    await app.startFrom(`site=${encodeURIComponent(depot.siteId)}`);
    const card = await app.card.sections();
    expect(card.status).toContain('Occupied');
    expect(card.evidence).toContain('depot=subway');
    expect(card.evidence).toContain('operator=STIB/MIVB');
    expect(card.address).toContain(depot.streetFr);
    expect(card.address).toContain(depot.communeFr);
    expect(card.past).toMatch(/2013/);
    const order = await app.card.sectionOrder();
    expect(order.indexOf('site-status')).toBeLessThan(order.indexOf('site-address'));
    expect(order.indexOf('site-evidence')).toBeLessThan(order.indexOf('site-address'));

    const untagged = oracle.sites.find((s) => s.statusRule === 'industrial-untagged')!;
    await app.followLink(`site=${encodeURIComponent(untagged.siteId)}`);
    await app.card.waitFor(untagged.siteId);
    const doubt = await app.card.sections();
    expect(doubt.status).toContain('Business estate');
    expect(doubt.evidence).toContain('no operator or use is recorded');

    await app.switchLanguage('NL');
    await app.card.waitForStatus('Bedrijventerrein');
    expect((await app.card.sections()).address).toContain(untagged.streetNl);
    expect(app.errors).toEqual([]);
  });
});
