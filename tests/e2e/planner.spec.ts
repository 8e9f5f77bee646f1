/** The planner view end to end: municipalities ranked, a municipality's sheet, the choropleth legend, CSV, print, link. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlannerData } from '../../src/core/planner/types.ts';
import { distDir, readLayer } from './fixtures.ts';
import bbox from '@turf/bbox';
import { useExplorer } from './harness.ts';

const explorer = useExplorer();
let data: PlannerData;
beforeAll(() => {
  data = JSON.parse(readFileSync(join(distDir, 'geodata', 'planner.json'), 'utf8')) as PlannerData;
});
/** The number a table cell shows (thin spaces and thousands separators removed, decimal comma read). */
/** [west, south, east, north] of a feature. */
const bboxOf = (f: Parameters<typeof bbox>[0]) => bbox(f) as [number, number, number, number];
const cellNumber = (s: string) => Number(s.replace(/[\s\u202f\u00a0]/g, '').replace(/[^\d,.-]/g, '').replace(',', '.'));

describe('planner view', () => {
  it('sorts by lost hectares, opens the first municipality: the map fits it, its sheet shows, the link keeps it', async () => {
    const app = await explorer.open();
    await app.planner.open();
    expect(await app.planner.rows()).toHaveLength(19);
    await app.planner.sortDescending('lostHa');
    const rows = await app.planner.rows();
    const lost = rows.map((r) => cellNumber(r.cells.lostHa!));
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    const top = [...data.municipalities].sort((a, b) => b.change2013.lostTotalHa - a.change2013.lostTotalHa)[0]!;
    expect(rows[0]!.nis).toBe(top.nis);

    await app.planner.openMunicipality(top.nis);
    const sheet = await app.planner.sheet();
    expect(sheet.nis).toBe(top.nis);
    expect(sheet.title).toContain(top.nameFr);
    expect(sheet.statusBars).toBeGreaterThan(0);
    // the camera now frames the municipality: closer than the whole region, centred within its extent
    const view = await app.map.view();
    expect(view.zoom).toBeGreaterThan(11); // the whole region fits at about 10.5 in this window
    const [w, s, e, n] = bboxOf((await readLayer(distDir, 'communes')).features.find((f) => f.properties?.nis === top.nis)!);
    expect(view.lng).toBeGreaterThan(w);
    expect(view.lng).toBeLessThan(e);
    expect(view.lat).toBeGreaterThan(s);
    expect(view.lat).toBeLessThan(n);
    expect(await app.page.evaluate(() => location.hash)).toContain(`planner=productiveHa/${top.nis}`);

    await app.reload();
    await app.planner.waitForSheet(top.nis);
    expect((await app.planner.sheet()).nis).toBe(top.nis);
    expect(app.errors).toEqual([]);
  });

  it('the choropleth legend changes with the indicator, with its unit', async () => {
    const app = await explorer.open('#planner=productiveHa');
    await app.planner.waitForTable();
    await app.planner.waitForMapColours();
    const ha = await app.planner.legend();
    expect(ha.indicator).toBe('productiveHa');
    expect(ha.classes[0]).toMatch(/ ha\b/);
    await app.planner.chooseIndicator('no2AllUgM3');
    const no2 = await app.planner.legend();
    expect(no2.indicator).toBe('no2AllUgM3');
    expect(no2.classes[0]).toContain('µg/m³');
    expect(no2.classes).not.toEqual(ha.classes);
    expect(await app.page.evaluate(() => location.hash)).toContain('planner=no2AllUgM3');
    // the chart is keyboard reachable: Enter on a bar opens that municipality's sheet
    expect(await app.planner.focusableBars()).toBe(19);
    await app.planner.openFirstBarByKeyboard();
    await app.page.locator('.pl-sheet').waitFor();
    expect(app.errors).toEqual([]);
  });

  it('the table downloads as CSV with 19 municipalities and a region row', async () => {
    const app = await explorer.openPanels('#planner=lostHa');
    await app.planner.waitForTable();
    const csv = await app.planner.downloadCsv();
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines).toHaveLength(1 + 19 + 1);
    const nisCol = lines[0]!.split(/[;,]/).findIndex((h) => /nis/i.test(h));
    expect(nisCol).toBeGreaterThanOrEqual(0);
    const codes = lines.slice(1, 20).map((l) => l.split(/[;,]/)[nisCol]);
    expect(new Set(codes)).toEqual(new Set(data.municipalities.map((m) => m.nis)));
    expect(lines[20]).toContain(data.region.nis);
    expect(app.errors).toEqual([]);
  });

  it('a municipality sheet prints to one A4 page, in French and in Dutch', async () => {
    const nis = data.municipalities[0]!.nis;
    for (const lang of ['fr', 'nl']) {
      const app = await explorer.open(`#lang=${lang}&planner=lostHa/${nis}`);
      await app.planner.waitForSheet(nis);
      expect(await app.planner.printedPages()).toBe(1);
      const text = await app.page.locator('.pl-print-view').textContent();
      expect(text).toContain(lang === 'fr' ? data.municipalities[0]!.nameFr : data.municipalities[0]!.nameNl);
      // the sources in the sheet's language, not the manifest's English
      expect(text).toMatch(lang === 'fr' ? /Secteurs statistiques 2022/ : /Statistische sectoren 2022/);
      expect(text).not.toMatch(/Statistical sectors|Land that was industrial|Indicators of productive land|computed by comparing/);
      expect(app.errors).toEqual([]);
    }
  });
});
