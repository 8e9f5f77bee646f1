/** The explorer on a phone (390×844): map controls, attribution, panel button, card and municipality names do not cover one another. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxesOverlap, launch, newExplorer, type Box, type Browser } from './browser.ts';
import { clickableSite, distDir } from './fixtures.ts';
import { serveStatic } from './server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const phone = { width: 390, height: 844 };

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Names of the pairs of labels whose boxes overlap. */
function overlapping(labels: { name: string; box: Box }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (boxesOverlap(labels[i]!.box, labels[j]!.box)) out.push(`${labels[i]!.name} / ${labels[j]!.name}`);
  return out;
}

describe('on a phone', () => {
  it('the panel button, the scale and the attribution do not cover one another', async () => {
    const app = await newExplorer(browser, 'en-GB', phone);
    await app.open(server.url);
    await app.waitForLayers();
    const button = await app.box('.panel-toggle');
    const attribution = await app.box('.maplibregl-ctrl-attrib');
    const scale = await app.box('.maplibregl-ctrl-scale');
    expect(button && attribution && scale).toBeTruthy();
    expect(boxesOverlap(button!, attribution!)).toBe(false);
    expect(boxesOverlap(scale!, attribution!)).toBe(false);
    expect(boxesOverlap(button!, scale!)).toBe(false);
    // the whole attribution stays on screen
    expect(attribution!.x).toBeGreaterThanOrEqual(0);
    expect(attribution!.x + attribution!.width).toBeLessThanOrEqual(phone.width + 0.5);
    expect(attribution!.y + attribution!.height).toBeLessThanOrEqual(phone.height + 0.5);
    // with the panel open, its button stays clear of the panel
    await app.togglePanel();
    const open = await app.box('.panel-toggle');
    const panel = await app.box('.side-panel');
    expect(open && panel && !boxesOverlap(open, panel)).toBe(true);
    await app.page.context().close();
  });

  it('a site card leaves the zoom controls and the panel button free', async () => {
    const site = await clickableSite();
    const app = await newExplorer(browser, 'en-GB', phone);
    await app.open(server.url, `#map=17/${site.lat}/${site.lng}/0`);
    await app.clickMapCentre();
    await app.card().waitFor();
    const card = (await app.box('.site-card'))!;
    const zoom = (await app.box('.maplibregl-ctrl-top-right'))!;
    const button = (await app.box('.panel-toggle'))!;
    expect(card && zoom && button).toBeTruthy();
    expect(boxesOverlap(card, zoom)).toBe(false);
    expect(boxesOverlap(card, button)).toBe(false);
    expect(card.width).toBeGreaterThan(250); // still a readable card
    await app.page.context().close();
  });

  it('municipality names do not overlap, from the whole region to a closer view', async () => {
    const app = await newExplorer(browser, 'en-GB', phone);
    await app.open(server.url);
    await app.waitForLayers();
    const region = await app.shownCommuneLabels();
    expect(overlapping(region)).toEqual([]);
    expect(region.length).toBeGreaterThanOrEqual(8); // fewer names at this scale, not none
    await app.thenMapIdle(() => app.page.evaluate(() => (location.hash = 'map=12.30/50.84500/4.36000/0')));
    const closer = await app.shownCommuneLabels();
    expect(overlapping(closer)).toEqual([]);
    expect(closer.length).toBeGreaterThanOrEqual(3);
    // Dutch names are longer: still no overlap
    await app.togglePanel(); // the language switch is in the panel
    await app.switchLanguageOnMap('NL');
    await app.togglePanel();
    expect(overlapping(await app.shownCommuneLabels())).toEqual([]);
    await app.page.context().close();
  });
});
