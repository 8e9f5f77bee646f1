/** The shortlist end to end: persistence and damaged storage, compare, exports, print to PDF, share link. */
import { beforeAll, describe, expect, it } from 'vitest';
import { shortlistKey, storedShortlist } from './drivers/shortlist.ts';
import { useExplorer } from './harness.ts';
import { loadOracle, type SiteProperties } from './oracle.ts';

const explorer = useExplorer();
/** Three real sites with distinct areas, largest first. */
let picks: SiteProperties[];
let ids: string[];
beforeAll(async () => {
  const sorted = [...(await loadOracle()).sites].sort((a, b) => b.areaM2 - a.areaM2);
  picks = [sorted[0]!, sorted[10]!, sorted[40]!];
  ids = picks.map((p) => p.siteId);
});
/** A profile whose local storage already holds these sites (and notes), as this build writes them. */
const withShortlist = (list: string[], notes: string[] = []) => ({ storage: { [shortlistKey]: storedShortlist(list, notes) } });

describe('shortlist', () => {
  it('stars three sites with notes; they survive a reload in order with their notes', async () => {
    const app = await explorer.openPanels();
    for (const id of ids) await app.shortlist.starViaCard(id);
    expect(await app.card.isStarred()).toBe(true);
    await app.shortlist.writeNote(ids[1]!, 'rail access — à vérifier');
    await app.shortlist.moveUp(ids[2]!);
    await app.shortlist.waitForStored({ ids: [ids[0]!, ids[2]!, ids[1]!], contains: 'vérifier' });

    await app.reload('panels');
    await app.shortlist.waitForSite(ids[1]!);
    expect(await app.shortlist.ids()).toEqual([ids[0], ids[2], ids[1]]);
    expect(await app.shortlist.note(ids[1]!)).toBe('rail access — à vérifier');
    await app.shortlist.remove(ids[0]!);
    expect(await app.shortlist.ids()).toEqual([ids[2], ids[1]]);
    expect(app.errors).toEqual([]);
  });

  it('corrupt stored data: the app says so, keeps a copy, and still works', async () => {
    const corrupt = '{"version":1,"items":[{"siteId":';
    const app = await explorer.openPanels('', { storage: { [shortlistKey]: corrupt } });
    await app.shortlist.waitForNotice('could not be read');
    expect(await app.shortlist.statusNotice()).toContain('could not be read'); // announced as a status
    expect(await app.shortlist.stored(`${shortlistKey}.backup`)).toBe(corrupt);
    await app.shortlist.starViaCard(ids[0]!);
    expect(await app.shortlist.ids()).toEqual([ids[0]]);
    expect(app.errors).toEqual([]);
  });

  it('compare marks the best value of each row', async () => {
    const app = await explorer.shared(withShortlist(ids));
    await app.startFrom();
    await app.compare.open(ids);
    expect(await app.compare.bestColumns('areaM2')).toEqual([0]); // picks are largest first
    const metro = picks.map((p) => p.distMetroM);
    const minMetro = Math.min(...metro);
    expect(metro.some((m) => m !== minMetro), 'the picked sites must differ in metro distance for this check').toBe(true);
    expect(await app.compare.bestColumns('distMetroM')).toEqual(metro.flatMap((m, i) => (m === minMetro ? [i] : [])));
    expect((await app.compare.bestCellTexts('areaM2'))[0]).toContain('best');
    expect(await app.compare.rowCount()).toBeGreaterThanOrEqual(18 + 5);
    expect(await app.compare.sketchShapes()).toBeGreaterThan(3);
  });

  it('CSV (both separators) and GeoJSON downloads parse with the expected rows and columns', async () => {
    const app = await explorer.shared(withShortlist(ids));
    await app.startFrom('sector=agro-food');
    await app.shortlist.waitForSite(ids[2]!);
    const semi = await app.exports.download('Download CSV');
    expect(semi.name).toMatch(/^brussels-shortlist-agro-food-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(semi.text.startsWith('\uFEFF')).toBe(true);
    const lines = semi.text.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    const header = lines[0]!.split(';');
    expect(header).toEqual(expect.arrayContaining(['site_id', 'area_m2', 'dist_metro_m', 'no2_ug_m3', 'score_construction_0_100', 'score_creative_0_100']));
    expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(ids);
    expect(Number(lines[1]!.split(';')[header.indexOf('area_m2')]!.replace(',', '.'))).toBeCloseTo(picks[0]!.areaM2, 3);
    for (const l of lines.slice(1)) {
      expect(l.split(';')[header.indexOf('current_sector')]).toBe('agro-food');
      expect(Number(l.split(';')[header.indexOf('score_current_0_100')]!.replace(',', '.'))).toBeGreaterThanOrEqual(0);
    }

    await app.exports.chooseSeparator('comma ,');
    const comma = await app.exports.download('Download CSV');
    expect(comma.text.slice(1).split('\r\n')[0]!.split(',')).toEqual(header);

    const gj = await app.exports.download('Download GeoJSON');
    expect(gj.name).toMatch(/\.geojson$/);
    const fc = JSON.parse(gj.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(3);
    expect(fc.features[0].geometry.type).toMatch(/Polygon/);
    expect(Object.keys(fc.features[0].properties)).toEqual(header);

    await app.exports.chooseScope('passing');
    const passing = await app.exports.passingCount();
    expect(passing).toBeGreaterThan(0);
    expect(passing).toBeLessThan(379);
    const all = await app.exports.download('Download CSV');
    expect(all.name).toMatch(/^brussels-sites-agro-food-/);
    expect(all.text.split('\r\n').filter(Boolean)).toHaveLength(passing + 1);
    expect(app.errors).toEqual([]);
  });

  it('the print view of the shortlist gives one A4 PDF page per site with names and scores', async () => {
    const app = await explorer.shared(withShortlist(ids));
    await app.startFrom('lang=fr');
    await app.shortlist.writeNote(ids[0]!, 'à revoir avec la commune');
    await app.print.openForShortlist();
    const sheets = await app.print.sheets();
    expect(sheets.map((s) => s.siteId)).toEqual(ids);
    for (const sheet of sheets) {
      expect(sheet.title.length).toBeGreaterThan(3);
      // a site failing the chosen sector has no score on its sheet, only the gates it fails, in words
      if (sheet.score) expect(sheet.score).toMatch(/^\d+([.,]\d)?$/);
      else expect(sheet.gates).toMatch(/^échoue : /);
      expect(Object.keys(sheet.sectors)).toHaveLength(5);
      expect(sheet.sketches).toBe(1);
      expect(sheet.text).toContain('Détail du score');
    }
    expect(sheets[0]!.note).toContain('à revoir avec la commune');
    expect(await app.print.pdfPageCount()).toBe(3);

    // one site from its card
    expect(await app.print.closeLabel()).toBe('Fermer');
    await app.print.close();
    await app.followLink(`site=${encodeURIComponent(ids[2]!)}&lang=fr`);
    await app.card.waitFor(ids[2]);
    await app.card.print();
    expect((await app.print.sheets()).map((s) => s.siteId)).toEqual([ids[2]]);
    expect(await app.print.pdfPageCount()).toBe(1);
  });

  it('a shared link restores shortlist, notes, sector and view in a fresh browser profile', async () => {
    const app = await explorer.shared(withShortlist(ids));
    await app.startFrom('map=14.00/50.85000/4.35000/0&sector=agro-food');
    await app.shortlist.writeNote(ids[1]!, 'près du canal');
    await app.shortlist.waitForStored({ contains: 'près du canal' });
    const url = await app.shortlist.share();
    expect(url).toContain('sl=2.');
    expect(url).toContain('sector=agro-food');

    // a fresh profile opening the link gets the list, its notes, the sector and the view
    const other = await explorer.newTab();
    await other.openLink(url);
    await other.shortlist.waitForSite(ids[2]!);
    expect(await other.shortlist.ids()).toEqual(ids);
    expect(await other.shortlist.note(ids[1]!)).toBe('près du canal');
    const hash = await other.hash();
    expect(hash).toContain('sector=agro-food');
    expect(hash).toContain('map=14.00/50.85000/4.35000/0');
    expect(hash).not.toContain('sl=');
    await other.shortlist.waitForStored({ contains: 'canal' });
    expect(other.errors).toEqual([]);

    // a profile that already has a list is asked before anything is replaced
    const mine = await explorer.newTab(withShortlist([ids[0]!]));
    await mine.openLink(url, 'panels');
    expect(await mine.shortlist.waitForOffer()).toContain('3 sites');
    expect(await mine.shortlist.ids()).toEqual([ids[0]]);
    await mine.shortlist.answerOffer('keep');
    expect(await mine.shortlist.ids()).toEqual([ids[0]]);
    await mine.openLink(url, 'panels');
    await mine.shortlist.waitForOffer();
    await mine.shortlist.answerOffer('replace');
    expect(await mine.shortlist.ids()).toEqual(ids);
  });

  it('blocked or full storage: the user is told and the shortlist keeps working for the session', async () => {
    const blocked = await explorer.openPanels('', { storageFault: { kind: 'blocked' } });
    await blocked.shortlist.waitForNotice('does not let the app store data');
    await blocked.shortlist.starViaCard(ids[0]!);
    expect(await blocked.shortlist.ids()).toEqual([ids[0]]);
    expect(blocked.errors).toEqual([]);

    const full = await explorer.openPanels('', { storageFault: { kind: 'full', key: shortlistKey } });
    await full.shortlist.starViaCard(ids[0]!);
    await full.shortlist.starViaCard(ids[1]!);
    await full.shortlist.waitForNotice('storage is full');
    expect(await full.shortlist.ids()).toEqual([ids[0], ids[1]]);
    expect(full.errors).toEqual([]);
  });
});
