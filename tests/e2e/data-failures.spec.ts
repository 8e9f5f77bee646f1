/** The app facing broken data: a bad basemap archive, a bad manifest entry, a missing layer others depend on. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newExplorer, type Browser } from './browser.ts';
import { copyDist } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Serve a copy of the build damaged by `damage`, run `use` on it, clean up. */
async function withDamagedCopy(damage: (geodata: string) => void, use: (url: string) => Promise<void>): Promise<void> {
  const copy = copyDist();
  damage(join(copy.dir, 'geodata'));
  const server = await serveStatic(copy.dir);
  try {
    await use(server.url);
  } finally {
    await server.close();
    copy.cleanup();
  }
}

const count = /^[\d,]+$/;

describe('data failures', () => {
  it('drops a corrupt basemap archive with a notice naming it; the data layers still draw', async () => {
    await withDamagedCopy(
      (geodata) => writeFileSync(join(geodata, 'basemap', 'water.pmtiles'), 'garbage'.repeat(40)),
      async (url) => {
        const app = await newExplorer(browser);
        await app.open(url, '#layers=sites,productive-zones,canal');
        await app.waitForLayers();
        expect(await app.layerStatus('Candidate sites')).toMatch(count);
        expect(await app.layerStatus('Canal')).toMatch(count);
        const notices = await app.dataNotices();
        expect(notices).toHaveLength(1);
        expect(notices[0]).toContain('basemap/water.pmtiles');
        expect(app.errors).toEqual([]);
        await app.page.context().close();
      },
    );
  });

  it('skips one bad manifest entry, loads the rest and says which layer was skipped and why', async () => {
    await withDamagedCopy(
      (geodata) => {
        const file = join(geodata, 'manifest.json');
        const m = JSON.parse(readFileSync(file, 'utf8')) as { layers: { id?: string; file: string }[] };
        const canal = m.layers.find((l) => l.id === 'canal')!;
        canal.file = ' http://evil.example/canal.fgb';
        const villo = m.layers.findIndex((l) => l.id === 'villo');
        delete m.layers[villo]!.id;
        writeFileSync(file, JSON.stringify(m));
      },
      async (url) => {
        const app = await newExplorer(browser);
        await app.open(url, '#layers=sites,productive-zones,canal,villo');
        await app.waitForLayers();
        expect(await app.layerStatus('Candidate sites')).toMatch(count);
        expect(await app.layerStatus('Rail stations')).toMatch(count);
        expect(await app.layerStatus('Canal')).toMatch(/skipped/);
        const notices = (await app.dataNotices()).join('\n');
        expect(notices).toMatch(/Canal.*manifest\.json.*canal\.file/);
        expect(notices).toMatch(/layers\[\d+\]/);
        expect(notices).not.toMatch(/layers\[\d+\]\.file/);
        expect(app.errors).toEqual([]);
        await app.page.context().close();
      },
    );
  });

  it('without the region outline, the NO2 surface says what it lacks instead of loading forever', async () => {
    await withDamagedCopy(
      (geodata) => rmSync(join(geodata, 'region.fgb')),
      async (url) => {
        const app = await newExplorer(browser);
        await app.open(url, '#layers=sites,productive-zones,no2-surface');
        await app.waitForLayers();
        expect(await app.layerStatus('Region boundary')).toMatch(/file missing/);
        expect(await app.layerStatus('NO2 surface (interpolated)')).toMatch(/needs the region outline, which could not be loaded/);
        expect(await app.layerStatus('NO2 measurements')).toMatch(count);
        expect(app.errors).toEqual([]);
        await app.page.context().close();
      },
    );
  });

  it('without sites, picking a sector says no sites could be loaded and why', async () => {
    await withDamagedCopy(
      (geodata) => rmSync(join(geodata, 'sites.fgb')),
      async (url) => {
        const app = await newExplorer(browser);
        await app.open(url);
        await app.waitForLayers();
        await app.chooseSector('Construction');
        expect(await app.scoringProblem()).toMatch(/No sites could be loaded: .*sites\.fgb/);
        expect(app.errors).toEqual([]);
        await app.page.context().close();
      },
    );
  });
});
