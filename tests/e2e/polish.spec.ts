/**
 * What a first-time user hit: scores rounded two ways, gate codes and scores of failing sectors in print and
 * compare, decimal points in FR/NL, English sources, a print sketch without streets, exports without notes,
 * ranks or productive zones, and "lines 34" for one line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { shortlistKey, storedShortlist } from './drivers/shortlist.ts';
import { distDir, readLayer } from './fixtures.ts';
import { useExplorer } from './harness.ts';
import { loadOracle, type SiteProperties } from './oracle.ts';

const explorer = useExplorer();
let sites: SiteProperties[];
/** Dutch names of the 2013 streets (many are the bilingual "Rue X - Xstraat"). */
let dutchStreetNames: string[];
let zoneCount: number;
beforeAll(async () => {
  sites = (await loadOracle()).sites;
  dutchStreetNames = (await readLayer(distDir, 'roads')).features.map((f) => String(f.properties?.nameNl ?? '')).filter(Boolean);
  zoneCount = (await readLayer(distDir, 'productive-zones')).features.length;
});

const withShortlist = (ids: string[], notes: string[] = []) => ({ storage: { [shortlistKey]: storedShortlist(ids, notes) } });
/** A tab whose shortlist holds two small offered sites, the second with a note. */
const smallShortlist = () => explorer.shared({ locale: 'fr-BE', ...withShortlist(smallOffered().slice(0, 2).map((s) => s.siteId), ['', 'ask the owner; "urgent"']) });
const csvRows = (text: string, sep: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: sep, newline: '\r\n', skipEmptyLines: true }).data;
/** Offered land of 300–1,000 m²: it fails the construction area gate (≥ 1,000 m²) and no status gate. */
const smallOffered = () => sites.filter((s) => ['available', 'estate'].includes(s.status) && s.areaM2 >= 300 && s.areaM2 < 1000);

describe('scores', () => {
  it('the ranked list, the shortlist and the card show the same score, with a decimal comma in French', async () => {
    const app = await explorer.openPanels('#sector=construction', { locale: 'fr-BE' });
    const top = await app.scoring.rankedSiteIds(3);
    for (const id of top) await app.scoring.starRankedSite(id);
    for (const id of top) expect(await app.scoring.rankedScore(id), id).toBe(await app.shortlist.score(id));
    expect((await Promise.all(top.map((id) => app.scoring.rankedScore(id)))).some((s) => s.includes(','))).toBe(true);
    await app.scoring.openRankedSite(top[0]!);
    for (const p of await app.card.breakdownPoints()) expect(p).toMatch(/^\+\d+(,\d)?$/);
    expect(app.errors).toEqual([]);
  });

  it('print and compare word the gates a site fails and show no score for that sector', async () => {
    const [small, other] = smallOffered();
    const app = await smallShortlist();
    await app.startFrom('lang=fr');
    await app.shortlist.waitForSite(other!.siteId);
    await app.print.openForShortlist();
    const [sheet] = await app.print.sheets();
    expect(sheet!.sectors.construction![0]).toBe('—');
    expect(sheet!.sectors.construction![1]).toMatch(/^échoue : Superficie en dessous de 1[\s\u202f]000 m²/u);
    expect(sheet!.text).not.toMatch(/area_m2|dist_transit_m|status not/);
    await app.print.close();
    await app.switchLanguage('EN');
    await app.compare.open([small!.siteId, other!.siteId]);
    const cells = await app.compare.cells('score:construction');
    expect(cells[0]).toMatch(/^fails: Area below 1,000 m²/);
    expect(cells[0]).not.toMatch(/\d+\.\d/);
  });
});

describe('sources', () => {
  it('About the data gives dataset titles and notes in French and Dutch', async () => {
    const app = await explorer.shared();
    await app.startFrom('lang=fr');
    const fr = await app.aboutDatasets();
    expect(fr.find((d) => d.id === 'roads')!.note).toMatch(/^OpenStreetMap au 1er janvier 2013/);
    expect(fr.find((d) => d.id === 'region')!.text).toContain('Contour de la Région de Bruxelles-Capitale');
    expect(fr.find((d) => d.id === 'cycle-routes')!.note).toBe('État de juillet 2017 ; le réseau a été revu depuis.');
    await app.switchLanguage('NL');
    const nl = await app.aboutDatasets();
    expect(nl.find((d) => d.id === 'sensitive')!.note).toBe('Scholen, kleuterscholen, kinderopvang, ziekenhuizen en klinieken.');
    expect(nl.map((d) => d.text).join(' ')).not.toMatch(/OpenStreetMap as of|Route relations|July 2017|Statistical sectors 2022|Land that was industrial|computed by comparing/);
    expect(nl.find((d) => d.id === 'land-losses')!.note).toMatch(/^OSM landuse=industrial van 1 januari 2013/);
  });
});

describe('print sheet', () => {
  it('draws the streets with Dutch names, prints each source once and the presenter on every sheet, remembered', async () => {
    const ids = smallOffered().slice(0, 2).map((s) => s.siteId);
    const app = await smallShortlist();
    await app.startFrom('lang=nl');
    await app.shortlist.waitForSite(ids[1]!);
    await app.print.openForShortlist();
    await app.print.typePresenter('Ana Peeters', 'ana.peeters@example.be');
    const sheets = await app.print.sheets();
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
    expect(await app.print.pdfPageCount()).toBe(2);

    await app.reload('panels');
    await app.print.openForShortlist();
    expect(await app.print.presenterFields()).toEqual({ name: 'Ana Peeters', contact: 'ana.peeters@example.be' });
    expect((await app.print.sheets())[1]!.presenter).toContain('Ana Peeters');
    expect(app.errors).toEqual([]);
  });
});

describe('exports', () => {
  it('exports every passing site in rank order with its rank, and a failing sector without a score', async () => {
    const app = await explorer.shared();
    await app.startFrom('sector=agro-food');
    const shown = await app.scoring.shownRankedSiteIds();
    await app.exports.chooseScope('passing');
    const file = await app.exports.download('Download CSV');
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
  });

  it('exports the shortlist with its notes, and the productive zones with their source and licence', async () => {
    const ids = smallOffered().slice(0, 2).map((s) => s.siteId);
    const app = await smallShortlist();
    await app.startFrom('lang=en');
    await app.shortlist.waitForSite(ids[1]!);
    const shortlist = await app.exports.download('Download CSV');
    const [header, ...rows] = csvRows(shortlist.text, ';');
    expect(rows.map((r) => r[header!.indexOf('note')])).toEqual(['', 'ask the owner; "urgent"']);

    const zones = await app.exports.download('Download the zones (CSV)');
    expect(zones.name).toMatch(/^brussels-productive-zones-\d{4}-\d{2}-\d{2}\.csv$/);
    const [zh, ...zr] = csvRows(zones.text, ';');
    expect(zh).toEqual(['zone_id', 'name', 'area_m2', 'source', 'publisher', 'licence', 'source_date']);
    expect(zr.length).toBe(zoneCount);
    expect(zr[0]!.slice(4, 6)).toEqual(['OpenStreetMap contributors', 'ODbL 1.0']);
    const gj = JSON.parse((await app.exports.download('Download the zones (GeoJSON)')).text);
    expect(gj.features[0].properties.licence).toBe('ODbL 1.0');
    expect(app.errors).toEqual([]);
  });
});

describe('wording', () => {
  it('the card says "line 34" for one line and "lines 2, 6" for several', async () => {
    const named = sites.filter((s) => s.nearestStopFr && s.nearestStopLines);
    const one = named.find((s) => !s.nearestStopLines.includes(','))!;
    const many = named.find((s) => s.nearestStopLines.includes(','))!;
    const app = await explorer.shared();
    await app.startFrom(`site=${encodeURIComponent(one.siteId)}`);
    await app.card.waitFor(one.siteId);
    expect(await app.card.fact('Nearest stop')).toBe(`${one.nearestStopFr} (line ${one.nearestStopLines})`);
    await app.followLink(`site=${encodeURIComponent(many.siteId)}`);
    await app.card.waitFor(many.siteId);
    expect(await app.card.fact('Nearest stop')).toBe(`${many.nearestStopFr} (lines ${many.nearestStopLines.split(',').join(', ')})`);
  });
});
