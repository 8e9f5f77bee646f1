/** The explorer on a phone (390×844): map first, a panel button, and controls, attribution, card and municipality names that do not cover one another. */
import { beforeAll, describe, expect, it } from 'vitest';
import { phone } from './drivers/launch.ts';
import { boxesOverlap, type Box } from './drivers/map.ts';
import { clickableSite, type SitePlace } from './fixtures.ts';
import { useExplorer } from './harness.ts';

const explorer = useExplorer();
/** The first test opens this tab: it is a fresh load; the others start from a link on it. */
const frenchPhone = { locale: 'fr-BE', viewport: phone };
let site: SitePlace;
beforeAll(async () => {
  site = await clickableSite();
});

/** Names of the pairs of labels whose boxes overlap. */
function overlapping(labels: { name: string; box: Box }[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (boxesOverlap(labels[i]!.box, labels[j]!.box)) out.push(`${labels[i]!.name} / ${labels[j]!.name}`);
  return out;
}

describe('on a phone', () => {
  it('a fresh load shows the map first, the panel button in the browser language, and municipality names that do not overlap from the whole region to a closer view', async () => {
    // given a phone whose browser prefers French, on a fresh load (the map frames the whole region: no camera in the link yet)
    const app = await explorer.shared(frenchPhone);
    expect(await app.hash()).not.toContain('map=');
    expect(await app.layout.isPanelShown()).toBe(false);
    expect(await app.layout.isMapShown()).toBe(true);
    expect(await app.layout.panelButtonName()).toBe('Panneau');
    await app.map.settled();
    const region = await app.map.shownCommuneLabels();
    expect(overlapping(region)).toEqual([]);
    expect(region.length).toBeGreaterThanOrEqual(8); // fewer names at this scale, not none

    // when the user opens the panel with its button, then closes it
    await app.layout.togglePanel();
    expect(await app.layout.isLayerRowShown('Sites candidats')).toBe(true);
    await app.layout.togglePanel();
    expect(await app.layout.isPanelShown()).toBe(false);

    // when the map moves closer, and when the names are in Dutch (longer), they still do not overlap
    await app.map.moveTo({ zoom: 12.3, lat: 50.845, lng: 4.36 });
    const closer = await app.map.shownCommuneLabels();
    expect(overlapping(closer)).toEqual([]);
    expect(closer.length).toBeGreaterThanOrEqual(3);
    await app.layout.togglePanel(); // the language switch is in the panel
    await app.switchLanguageOnMap('NL');
    await app.layout.togglePanel();
    expect(overlapping(await app.map.shownCommuneLabels())).toEqual([]);
  });

  it('the panel button, the scale and the attribution do not cover one another', async () => {
    const app = await explorer.shared(frenchPhone);
    await app.startFrom();
    await app.layout.showPanel(false);
    await app.waitForLayers(); // the attribution grows as the layers arrive
    const [button, attribution, scale] = [await app.layout.box('panel button'), await app.layout.box('attribution'), await app.layout.box('scale')];
    expect(button && attribution && scale).toBeTruthy();
    expect(boxesOverlap(button!, attribution!)).toBe(false);
    expect(boxesOverlap(scale!, attribution!)).toBe(false);
    expect(boxesOverlap(button!, scale!)).toBe(false);
    // the whole attribution stays on screen
    expect(attribution!.x).toBeGreaterThanOrEqual(0);
    expect(attribution!.x + attribution!.width).toBeLessThanOrEqual(phone.width + 0.5);
    expect(attribution!.y + attribution!.height).toBeLessThanOrEqual(phone.height + 0.5);
    // with the panel open, its button stays clear of the panel
    await app.layout.togglePanel();
    const [open, panel] = [await app.layout.box('panel button'), await app.layout.box('panel')];
    expect(open && panel && !boxesOverlap(open, panel)).toBe(true);
  });

  it('a site card leaves the zoom controls and the panel button free', async () => {
    const app = await explorer.shared(frenchPhone);
    await app.startFrom(`map=17/${site.lat}/${site.lng}/0`);
    await app.layout.showPanel(false);
    await app.map.clickCentre();
    expect(await app.card.waitFor()).toBe(site.siteId);
    const [card, zoom, button] = [await app.layout.box('card'), await app.layout.box('zoom controls'), await app.layout.box('panel button')];
    expect(card && zoom && button).toBeTruthy();
    expect(boxesOverlap(card!, zoom!)).toBe(false);
    expect(boxesOverlap(card!, button!)).toBe(false);
    expect(card!.width).toBeGreaterThan(250); // still a readable card
  });
});
