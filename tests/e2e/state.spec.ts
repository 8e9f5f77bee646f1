/** Hardening of state, storage and links: unreadable storage, long notes, partly understood links, gate and weight validation. */
import { beforeAll, describe, expect, it } from 'vitest';
import { shortlistKey, storedShortlist } from './drivers/shortlist.ts';
import { useExplorer } from './harness.ts';
import { criterionIds, loadOracle, type Oracle } from './oracle.ts';

const explorer = useExplorer();
let oracle: Oracle;
beforeAll(async () => {
  oracle = await loadOracle();
});

describe('storage', () => {
  it('storage that cannot be read is never written: the three stored sites survive starring in this session', async () => {
    // given a profile with three sites stored that the browser does not let the app read
    const ids = oracle.sites.slice(0, 4).map((s) => s.siteId);
    const before = storedShortlist(ids.slice(0, 3));
    const app = await explorer.openPanels('', { storage: { [shortlistKey]: before }, storageFault: { kind: 'unreadable', prefix: shortlistKey } });
    expect(await app.shortlist.waitForNotice('this session only')).not.toContain('Save my shortlist anyway');
    // then a site starred now is listed for the session, and what was stored stays untouched
    await app.shortlist.starViaCard(ids[3]!);
    expect(await app.shortlist.ids()).toEqual([ids[3]]);
    expect(await app.shortlist.stored()).toBe(before);
    expect(app.errors).toEqual([]);
  });

  it('a stored note longer than 280 characters: a copy is kept and the user is told', async () => {
    const [a, b] = oracle.sites.slice(0, 2).map((s) => s.siteId);
    const long = 'à vérifier '.repeat(910).slice(0, 10_001);
    const raw = storedShortlist([a!], [long]);
    const app = await explorer.openPanels('', { storage: { [shortlistKey]: raw } });
    expect(await app.shortlist.waitForNotice('Notes shortened to 280 characters: 1.')).toContain('A copy of the stored shortlist with the full notes was kept');
    expect(await app.shortlist.stored(`${shortlistKey}.backup`)).toBe(raw);
    expect((await app.shortlist.note(a!)).length).toBe(280);

    await app.shortlist.starViaCard(b!);
    await app.shortlist.waitForStored({ ids: [a!, b!] });
    expect(await app.shortlist.stored(`${shortlistKey}.backup`)).toBe(raw);
    expect(app.errors).toEqual([]);
  });
});

describe('links', () => {
  it('a partly understood link: each bad part falls back on its own and the user is told what was ignored', async () => {
    const app = await explorer.openPanels('#layers=foo&sector=construction*statuses-nope*metro-100*areaM2-5000_10');
    expect(await app.waitForLinkNotice()).toBe(
      '4 parts of this link were not understood and were ignored: layers=foo, statuses-nope, weights above 5 (set to 5), areaM2-5000_10 (minimum above maximum).',
    );
    expect(await app.isLayerOn('Candidate sites')).toBe(true);
    expect(await app.isLayerOn('Municipalities')).toBe(true);
    await app.scoring.waitForPassCount(oracle.expected('construction', { weights: { metro: 5 } }).passText);
    expect(await app.scoring.weightValue('Metro station')).toBe('5');
    expect(await app.scoring.gateFieldValue('minimum')).toBe('1000');
    expect(await app.scoring.gateFieldValue('maximum')).toBe('');
    await app.dismissLinkNotice();
    expect(await app.linkNotice()).toBe('');

    // a link pasted into the open tab is checked the same way
    await app.followLink('#sector=health&lang=xx');
    expect(await app.waitForLinkNotice()).toBe('One part of this link was not understood and was ignored: lang=xx.');
    await app.scoring.waitForPassCount(oracle.expected('health').passText);
    expect(app.errors).toEqual([]);
  });

  it('an oversized or cut shared shortlist is dropped with a notice, and the rest of the link still applies', async () => {
    const app = await explorer.openPanels(`#sector=health&sl=1.${'A'.repeat(9000)}`);
    expect(await app.waitForLinkNotice()).toBe('One part of this link was not understood and was ignored: the shared shortlist (too long or cut).');
    await app.scoring.waitForPassCount(oracle.expected('health').passText);
    expect(await app.shortlist.ids()).toEqual([]);

    // a share link cut short (as some chat apps do); opening a clean link first clears the notice
    await app.shortlist.starViaCard(oracle.sites[0]!.siteId);
    expect(await app.linkNotice()).toBe('');
    const url = await app.shortlist.share();
    await app.followLink(url.slice(url.indexOf('#'), -3));
    expect(await app.waitForLinkNotice()).toContain('the shared shortlist (too long or cut)');
    expect(await app.shortlist.hasOffer()).toBe(false);
    expect(app.errors).toEqual([]);
  });
});

describe('scoring controls', () => {
  it('gate fields say why a negative value or a minimum above the maximum is not applied', async () => {
    const app = await explorer.shared();
    await app.startFrom('sector=construction');
    const count = oracle.expected('construction').passText;
    await app.scoring.waitForPassCount(count);

    await app.scoring.setGate('minimum', '-50');
    expect(await app.scoring.gateFieldError('minimum')).toBe('Not applied: enter 0 or more.');
    expect(await app.hash()).not.toContain('areaM2');
    expect((await app.scoring.passSummary()).count).toBe(count);

    await app.scoring.setGate('minimum', '5000');
    await app.waitForHash('areaM2-5000_');
    expect(await app.scoring.gateFieldError('minimum')).toBe('');
    await app.scoring.setGate('maximum', '1000');
    expect(await app.scoring.gateFieldError('maximum')).toBe('Not applied: the maximum is below the minimum (5,000).');
    expect(await app.hash()).toContain('areaM2-5000_');
    expect(await app.hash()).not.toContain('areaM2-5000_1000');

    await app.scoring.setGate('Maximum distance to public transport (m)', '-1');
    expect(await app.scoring.gateFieldError('Maximum distance to public transport (m)')).toBe('Not applied: enter 0 or more.');
    expect(app.errors).toEqual([]);
  });

  it('all weights at 0: the panel says so instead of ranking, and no rank is labelled stable', async () => {
    const app = await explorer.shared();
    await app.startFrom(`sector=construction*${criterionIds.map((id) => `${id}-0`).join('*')}`);
    await app.scoring.waitForPassCount(oracle.expected('construction').passText);
    expect(await app.scoring.waitForRankingMessage()).toBe('All weights are 0: set at least one weight to rank the sites.');
    expect(await app.scoring.rankedCounts()).toEqual({ rows: 0, labels: 0 });

    await app.scoring.setWeight('Canal', 1);
    await app.scoring.rankedSiteIds(1);
    expect(await app.scoring.rankingMessage()).toBe('');
    expect(app.errors).toEqual([]);
  });
});
