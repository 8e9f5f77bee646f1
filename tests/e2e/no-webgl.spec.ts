/** A browser without WebGL: the page says the map cannot be drawn, yet the layers load, a sector ranks the sites as the core does and the passing sites export. */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExplorer } from './harness.ts';
import { loadOracle, type Oracle } from './oracle.ts';

const explorer = useExplorer({ browserArgs: ['--disable-webgl', '--disable-3d-apis'] });
let oracle: Oracle;
beforeAll(async () => {
  oracle = await loadOracle();
});
const csvRows = (text: string, sep: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: sep, newline: '\r\n', skipEmptyLines: true }).data;

describe('without WebGL', () => {
  it('says the map cannot be drawn, yet loads every layer, ranks the sites for a sector and exports the passing ones', async () => {
    const app = await explorer.newTab();
    await app.openWithoutMap(explorer.url);
    expect(await app.alert()).toContain('WebGL');

    // given the layers loaded without a map
    await app.waitForLayersReady();
    expect(await app.isMapReady()).toBe(false);
    expect(await app.layerStatus('Candidate sites')).toBe(String(oracle.sites.length));
    for (const name of await app.layerNames()) expect(await app.layerStatus(name), name).toMatch(/^[\d,.\s  ]+$/);

    // when a sector is picked, then the list ranks the sites as the core does
    await app.scoring.chooseSector('Construction');
    const expected = oracle.expected('construction');
    await app.scoring.waitForPassCount(expected.passText);
    const shown = await app.scoring.shownRankedSiteIds();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected.ids.slice(0, shown.length));

    // and the CSV of every passing site holds those sites, in rank order
    await app.exports.chooseScope('passing');
    const file = await app.exports.download('Download CSV');
    const [header, ...rows] = csvRows(file.text, ';');
    expect(rows.map((r) => r[header!.indexOf('site_id')])).toEqual(expected.ids);
    expect(rows.map((r) => r[header!.indexOf('rank')])).toEqual(expected.ids.map((_, i) => String(i + 1)));
    expect(app.errors).toEqual([]);
  });
});
