/** Names on the map as a user reads them: street names from zoom 14 and stop names from zoom 16, in the UI language; a legend that says which dot is which. */
import { describe, expect, it } from 'vitest';
import type { ExplorerPage } from './drivers/explorer.ts';
import { useExplorer } from './harness.ts';

const explorer = useExplorer();

/** Pictures of the same view in French, in Dutch, then in French again, each once the map has drawn it. */
async function picturesFrNlFr(app: ExplorerPage): Promise<[Buffer, Buffer, Buffer]> {
  await app.switchLanguageOnMap('FR');
  const fr = await app.map.picture();
  await app.switchLanguageOnMap('NL');
  const nl = await app.map.picture();
  await app.switchLanguageOnMap('FR');
  return [fr, nl, await app.map.picture()];
}

// Around the Bourse / Beurs: streets and stops whose French and Dutch names differ. Only the layer under test is on,
// so the one thing the language can change in the picture is the names the map draws.
const bourse = { lat: 50.848, lng: 4.349 };
const at = (zoom: number) => `map=${zoom.toFixed(2)}/${bourse.lat.toFixed(5)}/${bourse.lng.toFixed(5)}/0`;

describe('map labels', () => {
  it('draws street names from zoom 14, in the UI language', async () => {
    const app = await explorer.shared();
    await app.startFrom(`${at(14.5)}&layers=roads&lang=nl`);
    await app.map.settled(); // the streets are loaded and drawn: the first switch below draws them afresh
    const [fr, nl, frAgain] = await picturesFrNlFr(app);
    expect(Buffer.compare(fr, frAgain)).toBe(0); // the same view in the same language draws the same picture
    expect(Buffer.compare(fr, nl)).not.toBe(0); // so a difference is the street names changing language
    expect(app.errors).toEqual([]);
  });

  it('draws stop names from zoom 16 only, in the UI language', async () => {
    const app = await explorer.shared();
    await app.startFrom(`${at(15.5)}&layers=transit-stops&lang=nl`);
    await app.map.settled();
    const [fr15, nl15] = await picturesFrNlFr(app);
    expect(Buffer.compare(fr15, nl15)).toBe(0); // no stop names at zoom 15.5: the dots alone
    await app.map.moveTo({ zoom: 16.5, ...bourse });
    const [fr, nl, frAgain] = await picturesFrNlFr(app);
    expect(Buffer.compare(fr, frAgain)).toBe(0);
    expect(Buffer.compare(fr, nl)).not.toBe(0);
    expect(app.errors).toEqual([]);
  });

  it('says which dot of the STIB stops legend is metro, tram and bus, with the layer off or on', async () => {
    const app = await explorer.shared();
    await app.startFrom();
    expect(await app.isLayerOn('STIB stops')).toBe(false);
    expect(await app.legendLabels('STIB stops')).toEqual(['Metro', 'Tram', 'Bus']);
    expect(await app.legendLabels('STIB lines')).toEqual(['Metro', 'Tram', 'Bus']);
    await app.toggleLayer('STIB stops');
    expect(await app.legendLabels('STIB stops')).toEqual(['Metro', 'Tram', 'Bus']);
    await app.switchLanguage('NL');
    expect(await app.legendLabels('MIVB-haltes')).toEqual(['Metro', 'Tram', 'Bus']);
  });
});
