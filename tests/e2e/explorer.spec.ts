/** The map explorer: every layer listed and counted, a layer toggled on and off the map, a site's card, links and Back. */
import { beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/core/colour/palette.ts';
import { channelDistance, hexRgb } from './colour.ts';
import { clickableSite, loneStation, type SitePlace } from './fixtures.ts';
import { useExplorer } from './harness.ts';

const explorer = useExplorer();
const count = /^[\d,]+$/;
/** Per-channel tolerance of a pixel check (software rendering, antialiasing). */
const tolerance = 6;
let site: SitePlace;
let station: { lng: number; lat: number };
beforeAll(async () => {
  [site, station] = await Promise.all([clickableSite(), loneStation('villo')]);
});

describe('map explorer', () => {
  it('lists and counts every layer; Villo! toggled on draws its yellow dot at a station, toggled off removes it', async () => {
    // given the explorer on a Villo! station, the layer off
    const app = await explorer.shared();
    await app.startFrom(`map=16.00/${station.lat.toFixed(5)}/${station.lng.toFixed(5)}/0`);
    const names = await app.layerNames();
    expect(names).toEqual(expect.arrayContaining(['Productive zones (OSM industrial land use)', 'Candidate sites', 'STIB stops', 'STIB lines', 'Rail stations', 'Rail sidings', 'Canal', 'Regional cycle routes', 'Villo!', 'NO2 measurements', 'NO2 surface (interpolated)', 'Municipalities', 'Your sites']));
    expect(names).toHaveLength(18);
    for (const n of names) expect(await app.layerStatus(n), n).toMatch(count);
    const yellow = hexRgb(palette.villo);
    expect(channelDistance(await app.map.colourAt(station.lng, station.lat), yellow), 'the station must not look Villo!-yellow before the layer is on').toBeGreaterThan(4 * tolerance);

    // when the user ticks Villo!, then the station is drawn in the Villo! colour, and the link and the attribution follow
    await app.toggleLayer('Villo!');
    expect(await app.isLayerOn('Villo!')).toBe(true);
    await app.map.waitForColourAt(station.lng, station.lat, yellow, tolerance);
    await app.waitForHash('villo');
    expect(await app.map.attribution()).toContain('Bruxelles Mobilité');

    // when the user unticks it, the yellow dot goes
    await app.toggleLayer('Villo!');
    expect(await app.isLayerOn('Villo!')).toBe(false);
    await app.map.waitForColourAwayFrom(station.lng, station.lat, yellow, 4 * tolerance);
    expect(app.errors).toEqual([]);
  });

  it('clicking a site opens its card with its metrics; switching to Dutch changes the labels', async () => {
    const app = await explorer.shared();
    await app.startFrom(`map=17/${site.lat}/${site.lng}/0`);
    await app.map.clickCentre();
    expect(await app.card.waitFor()).toBe(site.siteId);
    const text = await app.card.text();
    expect(text).toMatch(/Metro: (\d+ m|[\d.]+ km|unknown)/);
    expect(text).toMatch(/NO2: [\d.]+ µg\/m³, (above|below)/);
    expect(text).toContain('Area');
    await app.waitForHash(`site=${encodeURIComponent(site.siteId)}`);

    await app.switchLanguage('NL');
    expect(await app.layerNames()).toContain('Kandidaat-sites');
    expect(await app.card.text()).toContain('Oppervlakte');
    await app.waitForLayers();
    expect(await app.map.communeLabels()).toContain('Elsene');
    await app.card.closeWithEscape();
    expect(app.errors).toEqual([]);
  });

  it('a copied URL restores the view, the layers and the selection; back works', async () => {
    const view = `map=14.50/${site.lat.toFixed(5)}/${site.lng.toFixed(5)}/20`;
    const app = await explorer.open(`#${view}&layers=sites,villo,communes&lang=nl&site=${encodeURIComponent(site.siteId)}`);
    expect(await app.isLayerOn('Villo!')).toBe(true);
    expect(await app.isLayerOn('Kandidaat-sites')).toBe(true);
    expect(await app.isLayerOn('Wegen (OSM 2013)')).toBe(false);
    expect(await app.card.waitFor()).toBe(site.siteId);
    expect(await app.hash()).toContain(view);
    await app.toggleLayer('Villo!');
    expect(await app.isLayerOn('Villo!')).toBe(false);
    await app.waitForHash('villo', true);
    await app.goBackTo('villo');
    expect(await app.isLayerOn('Villo!')).toBe(true);
  });

  it('a malformed hash falls back to defaults without an error', async () => {
    const app = await explorer.open('#map=abc/%E0%A4%A&layers=,,nope&lang=xx&site=');
    // no known layer id in the link: the default layers, as the README promises
    expect(await app.isLayerOn('Candidate sites')).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
