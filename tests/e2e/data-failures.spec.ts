/**
 * The app facing broken data: a corrupted layer file, a bad basemap archive, a missing layer others depend on, a
 * bad manifest entry, no sites at all, and markup inside a site's name. Each build is served with those files
 * replaced, not copied.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExplorerPage } from './drivers/explorer.ts';
import { clickableSite, corruptedLayer, manifestEdited, sitesWithName, type SitePlace } from './fixtures.ts';
import { useExplorer } from './harness.ts';

const explorer = useExplorer();
const count = /^[\d,]+$/;
let site: SitePlace;

describe('broken files, each costing only itself', () => {
  // One build with four independent faults: a Villo! file cut and padded with garbage, a basemap archive that is
  // not one, no region outline, and markup in a site's name. Each test reads what the app says about one of them.
  const evil = '<img src=x onerror=alert(1)>';
  let app: ExplorerPage;
  beforeAll(async () => {
    site = await clickableSite();
    const sites = await sitesWithName(site.siteId, evil);
    app = await explorer.openDamaged(
      { 'geodata/villo.fgb': corruptedLayer('villo'), 'geodata/basemap/water.pmtiles': 'garbage'.repeat(40), 'geodata/region.fgb': null, 'geodata/sites.fgb': sites },
      '#layers=sites,productive-zones,villo,canal,no2-surface',
      { keep: true },
    );
    await app.waitForLayers();
  });

  it('reports a corrupted layer file while the rest works', async () => {
    expect(await app.layerStatus('Villo!')).toMatch(/unavailable: not a FlatGeobuf file/);
    expect(await app.layerStatus('Canal')).toMatch(count);
    expect(await app.layerStatus('Candidate sites')).toMatch(count);
  });

  it('drops a corrupt basemap archive with a notice naming it; the data layers still draw', async () => {
    const notices = await app.dataNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('basemap/water.pmtiles');
    expect(await app.layerStatus('Candidate sites')).toMatch(count);
    expect(await app.layerStatus('Canal')).toMatch(count);
  });

  it('without the region outline, the NO2 surface says what it lacks instead of loading forever', async () => {
    expect(await app.layerStatus('Region boundary')).toMatch(/file missing/);
    expect(await app.layerStatus('NO2 surface (interpolated)')).toMatch(/needs the region outline, which could not be loaded/);
    expect(await app.layerStatus('NO2 measurements')).toMatch(count);
  });

  it('shows a site name containing markup as text', async () => {
    await app.followLink(`map=17/${site.lat}/${site.lng}/0&site=${encodeURIComponent(site.siteId)}`);
    await app.card.waitFor(site.siteId);
    expect(await app.card.title()).toBe(evil);
    expect(await app.imageCount()).toBe(0);
  });

  it('raises no page error on the way', () => {
    expect(app.errors).toEqual([]);
  });
});

describe('a bad manifest entry, no sites', () => {
  it('skips one bad manifest entry, loads the rest and says which layer was skipped and why', async () => {
    const manifest = manifestEdited((m) => {
      m.layers.find((l) => l.id === 'canal')!.file = ' http://evil.example/canal.fgb';
      delete m.layers.find((l) => l.id === 'villo')!.id;
    });
    const app = await explorer.openDamaged({ 'geodata/manifest.json': manifest }, '#layers=sites,productive-zones,canal,villo', { until: 'panels' });
    await app.waitForLayers();
    expect(await app.layerStatus('Candidate sites')).toMatch(count);
    expect(await app.layerStatus('Rail stations')).toMatch(count);
    expect(await app.layerStatus('Canal')).toMatch(/skipped/);
    const notices = (await app.dataNotices()).join('\n');
    expect(notices).toMatch(/Canal.*manifest\.json.*canal\.file/);
    expect(notices).toMatch(/layers\[\d+\]/);
    expect(notices).not.toMatch(/layers\[\d+\]\.file/);
    expect(app.errors).toEqual([]);
  });

  it('without sites, picking a sector says no sites could be loaded and why', async () => {
    const app = await explorer.openDamaged({ 'geodata/sites.fgb': null }, '', { until: 'panels' });
    await app.waitForLayers();
    await app.scoring.chooseSector('Construction');
    expect(await app.scoring.problem()).toMatch(/No sites could be loaded: .*sites\.fgb/);
    expect(app.errors).toEqual([]);
  });
});
