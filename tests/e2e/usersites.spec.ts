/**
 * The user's own sites end to end: draw a plot near the canal and find it ranked with every metric on its card;
 * import a zipped Lambert 72 Shapefile and a CSV of points that land where they should, are ranked, survive a
 * reload, export and print; bad files each say what was wrong and the app keeps working.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toLambert72 } from '../../src/core/geo/proj.ts';
import { placeMetricKeys } from '../../src/core/types.ts';
import { esriPrj, metresBetween, squareRing } from '../../src/core/usersites/test-fixtures.ts';
import { makeDbf, makeShp, makeZip } from '../../src/data/import/test-fixtures.ts';
import { sitePlaces, type SitePlace } from './fixtures.ts';
import { useExplorer } from './harness.ts';
import { loadOracle } from './oracle.ts';

const explorer = useExplorer();
/** A spot well inside a site the construction profile ranks, near the canal: user sites drawn there pass its gates. */
let spot: SitePlace;
beforeAll(async () => {
  const oracle = await loadOracle();
  const ranked = oracle.expected('construction').ids.filter((id) => oracle.site(id).distCanalM < 400);
  const places = await sitePlaces(ranked);
  spot = [...places.values()].sort((a, b) => b.clearanceM - a.clearanceM)[0]!;
  expect(spot.clearanceM, 'a ranked site near the canal with room for a 40 m plot').toBeGreaterThan(30);
});
/** Corners of a square of about 2·halfM metres around the spot (lng/lat). */
const square = (halfM: number): [number, number][] => {
  const dLng = halfM / (111_320 * Math.cos((spot.lat * Math.PI) / 180));
  const dLat = halfM / 111_320;
  return [
    [spot.lng - dLng, spot.lat - dLat],
    [spot.lng + dLng, spot.lat - dLat],
    [spot.lng + dLng, spot.lat + dLat],
    [spot.lng - dLng, spot.lat + dLat],
  ];
};
/** The CSV columns of the export as objects (`;` separator, decimal comma). */
const csvRows = (text: string): Record<string, string>[] => {
  const [head, ...lines] = text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const cols = head!.split(';');
  return lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [cols[i]!, v.replace(/^"|"$/g, '')])));
};
const num = (s: string | undefined) => Number(String(s).replace(',', '.'));

describe('your own sites', () => {
  it('draws a plot near the canal, names it, and finds it ranked for a sector with every metric on its card', async () => {
    const app = await explorer.open(`#map=17/${spot.lat}/${spot.lng}/0`);
    const drawn = await app.userSites.draw(square(20), 'Quai <b>test</b>');
    expect(drawn.ok, drawn.text).toBe(true);
    const [id] = await app.userSites.ids();
    expect(await app.userSites.names()).toEqual(['Quai <b>test</b>']); // markup shown as text
    await app.scoring.chooseSector('Construction');
    expect(await app.scoring.shownRankedSiteIds()).toContain(id);
    await app.scoring.openRankedSite(id!);
    await app.card.waitFor(id);
    expect(await app.card.title()).toContain('Quai <b>test</b>');
    const metrics = await app.page.locator('.site-card > .site-metrics li[data-metric]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-metric'), e.textContent ?? '']));
    expect(metrics.map(([k]) => k)).toEqual([...placeMetricKeys]);
    for (const [k, text] of metrics) expect(text, k!).not.toMatch(/NaN|undefined|—$/);
    // the network figures are the pipeline's: the card says they are not computed for the user's own sites
    expect(await app.page.locator('.site-card [data-testid="site-access"]').getAttribute('data-computed')).toBe('false');
    expect(app.errors).toEqual([]);
  });

  it('imports a zipped Lambert 72 Shapefile and a CSV of points: in place, ranked, kept after a reload, exported and printed', async () => {
    const app = await explorer.open(`#map=15/${spot.lat}/${spot.lng}/0`);
    // a 50 m square around the spot, written in Lambert 72 metres with GDAL's .prj
    const centre = toLambert72([spot.lng, spot.lat]);
    const { shp, shx } = makeShp(5, [{ type: 'polygon', rings: [squareRing(centre, 25)] }]);
    const dbf = makeDbf([{ name: 'NAME', type: 'C', length: 40 }, { name: 'REF', type: 'C', length: 10 }], [['Atelier Lambert', 'A-17']]);
    const zip = Buffer.from(makeZip({ 'plots.shp': shp, 'plots.shx': shx, 'plots.dbf': dbf, 'plots.prj': esriPrj.lambert72 }));
    const shpImport = await app.userSites.importFile('plots.zip', zip);
    expect(shpImport.ok, shpImport.text).toBe(true);
    const csv = `name;lon;lat;owner\nPoint canal;${String(spot.lng.toFixed(6)).replace('.', ',')};${String(spot.lat.toFixed(6)).replace('.', ',')};ACME\n`;
    const csvImport = await app.userSites.importFile('points.csv', csv, { area: '2500' });
    expect(csvImport.ok, csvImport.text).toBe(true);
    expect(await app.userSites.names()).toEqual(['Atelier Lambert', 'Point canal']);
    const ids = await app.userSites.ids();

    await app.scoring.chooseSector('Construction');
    const ranked = await app.scoring.shownRankedSiteIds();
    for (const id of ids) expect(ranked).toContain(id);

    await app.reload();
    expect(await app.userSites.names()).toEqual(['Atelier Lambert', 'Point canal']);
    await app.scoring.chooseSector('Construction');
    await app.scoring.rankedSiteIds();

    // they land where the files say: their points within 5 m of the spot, in the export
    await app.exports.chooseScope('passing');
    const file = await app.exports.download('Download CSV');
    const rows = csvRows(file.text).filter((r) => ids.includes(r.site_id ?? r.siteId ?? ''));
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      const lon = num(Object.entries(r).find(([k]) => k.startsWith('lon'))?.[1]);
      const lat = num(Object.entries(r).find(([k]) => k.startsWith('lat'))?.[1]);
      expect(metresBetween([lon, lat], [spot.lng, spot.lat])).toBeLessThan(5);
    }
    expect(file.text).toContain('A-17'); // the file's id column comes back
    expect(file.text).toContain('ACME'); // and its other columns

    for (const id of ids) await app.scoring.starRankedSite(id);
    await app.print.openForShortlist();
    const sheets = await app.print.sheets();
    expect(sheets.map((s) => s.siteId)).toEqual(ids);
    expect(sheets[0]!.title).toContain('Atelier Lambert');
    expect(await app.print.pdfPageCount()).toBe(2);
    expect(app.errors).toEqual([]);
  });

  it('each bad file says what was wrong, nothing is lost, and the app keeps working', async () => {
    const app = await explorer.open();
    const good = `name;lon;lat\nKept;${String(spot.lng.toFixed(6)).replace('.', ',')};${String(spot.lat.toFixed(6)).replace('.', ',')}\n`;
    expect((await app.userSites.importFile('kept.csv', good, { area: '' })).ok).toBe(true);
    const bad: [string, Buffer | string, RegExp][] = [
      ['empty.geojson', '', /empty\.geojson is empty/],
      ['table.json', JSON.stringify({ rows: [{ a: 1 }] }), /table\.json has no geometry/],
      ['nothing.zip', Buffer.from(makeZip({ 'readme.txt': 'no shapefile here' })), /nothing\.zip is a zip file without a Shapefile/],
      ['paris.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Paris' }, geometry: { type: 'Point', coordinates: [2.35, 48.85] } }] }), /paris\.geojson has no feature that can be a site/],
    ];
    for (const [name, bytes, message] of bad) {
      const out = await app.userSites.importFile(name, bytes);
      expect(out.ok, `${name}: ${out.text}`).toBe(false);
      expect(out.text).toMatch(message);
    }
    // over the limit: refused before it is read (a file on disk: the browser driver does not pass such buffers)
    const huge = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'huge.geojson');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 32));
    const tooLarge = await app.userSites.importPath(huge);
    expect(tooLarge.text).toMatch(/huge\.geojson is larger than 50 MB/);
    // coordinates that could be read several ways: the panel asks, the user answers, the sites land
    const ambiguous = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Metres' }, geometry: { type: 'Point', coordinates: toLambert72([spot.lng, spot.lat]) } }] });
    const asked = await app.userSites.importFile('metres.geojson', ambiguous, { crs: 'Belgian Lambert 72 (EPSG:31370), metres', area: '' });
    expect(asked.ok, asked.text).toBe(true);
    expect(await app.userSites.names()).toEqual(['Kept', 'Metres']);
    await app.scoring.chooseSector('Construction');
    await app.scoring.rankedSiteIds();
    expect(app.errors).toEqual([]);
  });
});
