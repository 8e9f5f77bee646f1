/**
 * What a first-time user hit: scores rounded two ways, gate codes and scores of failing sectors in print and
 * compare, decimal points in FR/NL, English sources, a print sketch without streets, exports without notes,
 * ranks or productive zones, and "lines 34" for one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { launch, newExplorer, type Browser } from './browser.ts';
import { distDir, readLayer } from './fixtures.ts';
import { serveStatic } from './server.ts';

type Site = { siteId: string; status: string; areaM2: number; nearestStopLines: string; nearestStopFr: string };
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let sites: Site[];
/** Dutch names of the 2013 streets (many are the bilingual "Rue X - Xstraat"). */
let dutchStreetNames: string[];
const storeKey = 'bxl-explorer.shortlist';
const shortlistOf = (ids: string[], notes: string[] = []) =>
  JSON.stringify({ version: 1, items: ids.map((siteId, i) => ({ siteId, note: notes[i] ?? '', addedAt: '2026-11-26T08:00:00Z' })) });
const csvRows = (text: string, sep: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: sep, newline: '\r\n', skipEmptyLines: true }).data;
/** Offered land of 300–1,000 m²: it fails the construction area gate (≥ 1,000 m²) and no status gate. */
const smallOffered = () => sites.filter((s) => ['available', 'estate'].includes(s.status) && s.areaM2 >= 300 && s.areaM2 < 1000);

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
  sites = (await readLayer(distDir, 'sites')).features.map((f) => f.properties as Site);
  dutchStreetNames = (await readLayer(distDir, 'roads')).features.map((f) => String(f.properties?.nameNl ?? '')).filter(Boolean);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('scores', () => {
  it('the ranked list, the shortlist and the card show the same score, with a decimal comma in French', async () => {
    const app = await newExplorer(browser, 'fr-BE');
    await app.open(server.url, '#sector=construction');
    const top = await app.rankedSiteIds(3);
    for (const id of top) await app.starRankedSite(id);
    for (const id of top) expect(await app.rankedScore(id), id).toBe(await app.shortlistScore(id));
    expect((await Promise.all(top.map((id) => app.rankedScore(id)))).some((s) => s.includes(','))).toBe(true);
    await app.openRankedSite(top[0]!);
    for (const p of await app.cardBreakdownPoints()) expect(p).toMatch(/^\+\d+(,\d)?$/);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('print and compare word the gates a site fails and show no score for that sector', async () => {
    const [small, other] = smallOffered();
    const app = await newExplorer(browser, 'fr-BE');
    await app.open(server.url);
    await app.storeAndReload(storeKey, shortlistOf([small!.siteId, other!.siteId]));
    await app.openShortlistSheets();
    const [sheet] = await app.sheets();
    expect(sheet!.sectors.construction![0]).toBe('—');
    expect(sheet!.sectors.construction![1]).toMatch(/^échoue : Superficie en dessous de 1[\s\u202f]000 m²/u);
    expect(sheet!.text).not.toMatch(/area_m2|dist_transit_m|status not/);
    await app.closeSheets();
    await app.switchLanguage('EN');
    await app.compareShortlisted([small!.siteId, other!.siteId]);
    const cells = await app.compareCells('score:construction');
    expect(cells[0]).toMatch(/^fails: Area below 1,000 m²/);
    expect(cells[0]).not.toMatch(/\d+\.\d/);
    await app.page.context().close();
  });
});

describe('sources', () => {
  it('About the data gives dataset titles and notes in French and Dutch', async () => {
    const app = await newExplorer(browser, 'fr-BE');
    await app.open(server.url);
    const fr = await app.aboutDatasets();
    expect(fr.find((d) => d.id === 'roads')!.note).toMatch(/^OpenStreetMap au 1er janvier 2013/);
    expect(fr.find((d) => d.id === 'region')!.text).toContain('Contour de la Région de Bruxelles-Capitale');
    expect(fr.find((d) => d.id === 'cycle-routes')!.note).toBe('État de juillet 2017 ; le réseau a été revu depuis.');
    await app.switchLanguage('NL');
    const nl = await app.aboutDatasets();
    expect(nl.find((d) => d.id === 'sensitive')!.note).toBe('Scholen, kleuterscholen, kinderopvang, ziekenhuizen en klinieken.');
    expect(nl.map((d) => d.text).join(' ')).not.toMatch(/OpenStreetMap as of|Route relations|July 2017/);
    await app.page.context().close();
  });
});

describe('print sheet', () => {
  it('draws the streets with Dutch names, prints each source once and the presenter on every sheet, remembered', async () => {
    const ids = [[...sites].sort((a, b) => b.areaM2 - a.areaM2)[5]!.siteId, smallOffered()[0]!.siteId];
    const app = await newExplorer(browser, 'nl-BE');
    await app.open(server.url);
    await app.storeAndReload(storeKey, shortlistOf(ids));
    await app.openShortlistSheets();
    await app.typePresenter('Ana Peeters', 'ana.peeters@example.be');
    const sheets = await app.sheets();
    expect(sheets.map((s) => s.siteId)).toEqual(ids);
    for (const s of sheets) {
      expect(s.roads).toBeGreaterThan(10);
      expect(s.streetNames.length).toBeGreaterThan(0);
      for (const n of s.streetNames) {
        expect(n).not.toContain(' - '); // the Dutch half of a bilingual name, not both
        expect(dutchStreetNames.some((d) => d === n || d.endsWith(` - ${n}`)), n).toBe(true);
      }
      expect(s.presenter).toBe('Voorgesteld door Ana Peeters · ana.peeters@example.be');
      const osm = s.sources.filter((l) => l.includes('OpenStreetMap-bijdragers, ODbL 1.0, 2026-05'));
      expect(osm).toHaveLength(1);
      for (const layer of ['Productieve zones', 'Kanaal', 'Woningen', 'Achtergrondkaart']) expect(s.sources.join(' ').split(layer).length - 1, layer).toBe(1);
    }
    expect(await app.pdfPageCount()).toBe(2);

    await app.reload();
    await app.openShortlistSheets();
    expect(await app.presenterFields()).toEqual({ name: 'Ana Peeters', contact: 'ana.peeters@example.be' });
    expect((await app.sheets())[1]!.presenter).toContain('Ana Peeters');
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});

describe('exports', () => {
  it('exports every passing site in rank order with its rank, and a failing sector without a score', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url, '#sector=agro-food');
    const shown = await app.shownRankedSiteIds();
    const file = await app.exportFile(/All sites passing the filters/, 'Download CSV');
    const [header, ...rows] = csvRows(file.text, ';');
    const col = (name: string) => header!.indexOf(name);
    expect(col('rank')).toBeGreaterThan(-1);
    expect(rows.slice(0, shown.length).map((r) => r[col('site_id')])).toEqual(shown);
    expect(rows.map((r) => r[col('rank')])).toEqual(rows.map((_, i) => String(i + 1)));
    expect(col('passes_construction')).toBe(col('score_construction_0_100') + 1);
    for (const r of rows) {
      expect(r[col('passes_agro_food')]).toBe('true');
      if (r[col('passes_construction')] === 'false') expect(r[col('score_construction_0_100')]).toBe('');
    }
    expect(rows.some((r) => r[col('passes_construction')] === 'false')).toBe(true);
    await app.page.context().close();
  });

  it('exports the shortlist with its notes, and the productive zones with their source and licence', async () => {
    const ids = smallOffered().slice(0, 2).map((s) => s.siteId);
    const app = await newExplorer(browser);
    await app.open(server.url);
    await app.storeAndReload(storeKey, shortlistOf(ids, ['', 'ask the owner; "urgent"']));
    const shortlist = await app.exportFile(null, 'Download CSV');
    const [header, ...rows] = csvRows(shortlist.text, ';');
    expect(rows.map((r) => r[header!.indexOf('note')])).toEqual(['', 'ask the owner; "urgent"']);

    const zones = await app.exportFile(null, 'Download the zones (CSV)');
    expect(zones.name).toMatch(/^brussels-productive-zones-\d{4}-\d{2}-\d{2}\.csv$/);
    const [zh, ...zr] = csvRows(zones.text, ';');
    expect(zh).toEqual(['zone_id', 'name', 'area_m2', 'source', 'publisher', 'licence', 'source_date']);
    expect(zr.length).toBe((await readLayer(distDir, 'productive-zones')).features.length);
    expect(zr[0]!.slice(4, 6)).toEqual(['OpenStreetMap contributors', 'ODbL 1.0']);
    const gj = JSON.parse((await app.exportFile(null, 'Download the zones (GeoJSON)')).text);
    expect(gj.features[0].properties.licence).toBe('ODbL 1.0');
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });
});

describe('wording', () => {
  it('the card says "line 34" for one line and "lines 2, 6" for several', async () => {
    const named = sites.filter((s) => s.nearestStopFr && s.nearestStopLines);
    const one = named.find((s) => !s.nearestStopLines.includes(','))!;
    const many = named.find((s) => s.nearestStopLines.includes(','))!;
    const app = await newExplorer(browser);
    await app.open(server.url, `#site=${encodeURIComponent(one.siteId)}`);
    await app.card().waitFor();
    expect(await app.cardFact('Nearest stop')).toBe(`${one.nearestStopFr} (line ${one.nearestStopLines})`);
    await app.pasteHash(`site=${encodeURIComponent(many.siteId)}`);
    await app.page.locator(`.site-card[data-site-id="${many.siteId}"]`).waitFor();
    expect(await app.cardFact('Nearest stop')).toBe(`${many.nearestStopFr} (lines ${many.nearestStopLines.split(',').join(', ')})`);
    await app.page.context().close();
  });
});
