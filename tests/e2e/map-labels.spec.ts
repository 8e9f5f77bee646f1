/** Names on the map as a user reads them: street names from zoom 14 and stop names from zoom 16, in the UI language; a legend that says which dot is which. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newExplorer, type Browser, type ExplorerPage } from './browser.ts';
import { distDir } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pictures of the same view in French, in Dutch, then in French again, each once the map has drawn it. */
async function picturesFrNlFr(app: ExplorerPage): Promise<[Buffer, Buffer, Buffer]> {
  await app.switchLanguageOnMap('FR');
  const fr = await app.mapPicture();
  await app.switchLanguageOnMap('NL');
  const nl = await app.mapPicture();
  await app.switchLanguageOnMap('FR');
  return [fr, nl, await app.mapPicture()];
}

// Around the Bourse / Beurs: streets and stops whose French and Dutch names differ. Only the layer under test is on,
// so the one thing the language can change in the picture is the names the map draws.
const bourse = '50.84800/4.34900';

describe('map labels', () => {
  it('draws street names from zoom 14, in the UI language', async () => {
    const app = await newExplorer(browser, 'fr-BE');
    await app.open(server.url, `#map=14.50/${bourse}/0&layers=roads&lang=nl`);
    await app.waitForLayers(); // then the first switch below draws the loaded streets afresh
    const [fr, nl, frAgain] = await picturesFrNlFr(app);
    expect(Buffer.compare(fr, frAgain)).toBe(0); // the same view in the same language draws the same picture
    expect(Buffer.compare(fr, nl)).not.toBe(0); // so a difference is the street names changing language
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('draws stop names from zoom 16 only, in the UI language', async () => {
    const app = await newExplorer(browser, 'fr-BE');
    await app.open(server.url, `#map=15.50/${bourse}/0&layers=transit-stops&lang=nl`);
    await app.waitForLayers();
    const [fr15, nl15] = await picturesFrNlFr(app);
    expect(Buffer.compare(fr15, nl15)).toBe(0); // no stop names at zoom 15.5: the dots alone
    await app.thenMapIdle(() => app.page.evaluate(() => (location.hash = location.hash.replace('map=15.50', 'map=16.50'))));
    const [fr, nl, frAgain] = await picturesFrNlFr(app);
    expect(Buffer.compare(fr, frAgain)).toBe(0);
    expect(Buffer.compare(fr, nl)).not.toBe(0);
    expect(app.errors).toEqual([]);
    await app.page.context().close();
  });

  it('says which dot of the STIB stops legend is metro, tram and bus, with the layer off or on', async () => {
    const app = await newExplorer(browser);
    await app.open(server.url);
    expect(await app.isLayerOn('STIB stops')).toBe(false);
    expect(await app.legendLabels('STIB stops')).toEqual(['Metro', 'Tram', 'Bus']);
    expect(await app.legendLabels('STIB lines')).toEqual(['Metro', 'Tram', 'Bus']);
    await app.toggleLayer('STIB stops');
    expect(await app.legendLabels('STIB stops')).toEqual(['Metro', 'Tram', 'Bus']);
    await app.switchLanguage('NL');
    expect(await app.legendLabels('MIVB-haltes')).toEqual(['Metro', 'Tram', 'Bus']);
    await app.page.context().close();
  });
});
