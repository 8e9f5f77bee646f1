/** Ranking sites for a sector: the list follows the core's ranking as the user picks sectors, weights and gates. */
import { beforeAll, describe, expect, it } from 'vitest';
import { useExplorer } from './harness.ts';
import { loadOracle, type Oracle } from './oracle.ts';

const explorer = useExplorer();
let oracle: Oracle;
beforeAll(async () => {
  oracle = await loadOracle();
});

const meanCanalM = (ids: string[]) => ids.reduce((a, id) => a + oracle.site(id).distCanalM, 0) / ids.length;

describe('ranking sites for a sector', () => {
  it('choosing a sector ranks the sites; another sector reorders the list; None clears it', async () => {
    const app = await explorer.shared();
    await app.startFrom();
    await app.scoring.chooseSector('Construction');
    const construction = await app.scoring.rankedSiteIds(10);
    expect(construction).toEqual(oracle.expected('construction').ids.slice(0, 10));
    expect((await app.scoring.passSummary()).count).toBe(oracle.expected('construction').passText);
    await app.waitForHash('sector=construction');

    await app.scoring.chooseSector('Creative & cultural industries');
    await app.scoring.waitForRankingChange(construction);
    const creative = await app.scoring.rankedSiteIds(10);
    expect(creative).toEqual(oracle.expected('creative').ids.slice(0, 10));
    expect(creative).not.toEqual(construction);

    await app.scoring.chooseNoSector();
    await app.waitForHash('sector=', true);
    expect(app.errors).toEqual([]);
  });

  it('dropping the canal weight pushes canal-side sites down; raising it brings them back; reset restores the sector', async () => {
    const app = await explorer.shared();
    await app.startFrom('sector=construction');
    const before = await app.scoring.rankedSiteIds(10);
    await app.scoring.setWeight('Canal', 0);
    await app.scoring.waitForRankingChange(before);
    const noCanal = await app.scoring.rankedSiteIds(10);
    expect(noCanal).toEqual(oracle.expected('construction', { weights: { canal: 0 } }).ids.slice(0, 10));
    expect(meanCanalM(noCanal)).toBeGreaterThan(meanCanalM(before)); // the top ten now sits farther from the canal
    expect(await app.scoring.sectorShown()).toBe('Custom (based on Construction)');

    await app.scoring.setWeight('Canal', 5);
    await app.scoring.waitForRankingChange(noCanal);
    const canal5 = await app.scoring.rankedSiteIds(10);
    expect(canal5).toEqual(oracle.expected('construction', { weights: { canal: 5 } }).ids.slice(0, 10));
    expect(meanCanalM(canal5)).toBeLessThan(meanCanalM(noCanal));
    await app.scoring.resetToSectorDefaults();
    expect(await app.scoring.sectorShown()).toBe('Construction');
    expect(app.errors).toEqual([]);
  });

  it('a tighter gate removes sites and the count says why', async () => {
    const app = await explorer.shared();
    await app.startFrom('sector=construction');
    await app.scoring.waitForPassCount(oracle.expected('construction').passText);
    await app.scoring.setGate('Maximum NO2 (µg/m³)', '20');
    const want = oracle.expected('construction', { limits: { no2UgM3: { max: 20 } } });
    expect(want.passCount).toBeLessThan(oracle.expected('construction').passCount);
    await app.scoring.waitForPassCount(want.passText);
    expect((await app.scoring.passSummary()).reason).toBe(`${want.mainFailCount} sites fail: NO2 above 20 µg/m³`);
    expect(await app.scoring.rankedSiteIds(5)).toEqual(want.ids.slice(0, 5));
    await app.waitForHash('no2UgM3-_20');
  });

  it('a copied URL restores the sector and the weights in a fresh browser profile', async () => {
    const app = await explorer.shared();
    await app.startFrom();
    await app.scoring.chooseSector('Health');
    await app.scoring.setWeight('Canal', 3);
    await app.waitForHash('canal-3');
    const ranked = await app.scoring.rankedSiteIds(10);
    expect(ranked).toEqual(oracle.expected('health', { weights: { canal: 3 } }).ids.slice(0, 10));

    const again = await explorer.openPanels(await app.hash());
    expect(await again.scoring.rankedSiteIds(10)).toEqual(ranked);
    expect(await again.scoring.sectorShown()).toBe('Custom (based on Health)');
    expect(await again.scoring.weightValue('Canal')).toBe('3');
  });

  it('the list opens a site by keyboard; its card shows the score breakdown and every sector; Escape returns to the row', async () => {
    const app = await explorer.shared();
    await app.startFrom('sector=manufacturing');
    const [first] = await app.scoring.rankedSiteIds(1);
    expect(first).toBe(oracle.expected('manufacturing').ids[0]);
    await app.scoring.openRankedSite(first!);
    expect(await app.card.waitFor(first)).toBe(first);
    await app.waitForHash(`site=${first}`);
    // the map flew to the site: the camera in the URL is closer than the whole-region view
    await app.map.waitForZoomAtLeast(13);
    expect(await app.card.text()).toMatch(/Score for Manufacturing & innovative materials: \d+/);
    expect((await app.card.scoreTables()).criteria).toBeGreaterThan(5);
    expect((await app.card.scoreTables()).sectors).toBe(5);
    await app.card.closeWithEscape();
    // keyboard users are back on the row they opened
    await app.scoring.waitForFocusOnRow(first!);
    expect(app.errors).toEqual([]);
  });
});
