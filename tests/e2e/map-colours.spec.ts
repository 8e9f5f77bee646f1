/**
 * What the map draws, checked colour by colour at known sites: a site's status colour with no sector, the score
 * ramp colour of its score with one, the fail grey when it fails the sector's gates, the hover highlight. Each
 * colour is compared with the palette's (src/core/colour/palette.ts) blended at the layer's opacity over what lies
 * under the site, read with the sites layer off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { failColour, statusColours, statusLook } from '../../src/core/colour/palette.ts';
import type { ExplorerPage } from './drivers/explorer.ts';
import { blend, channelDistance, hexRgb, rampColour, type Rgb } from './colour.ts';
import { sitePlaces, type SitePlace } from './fixtures.ts';
import { useExplorer } from './harness.ts';
import { loadOracle, type Expected } from './oracle.ts';

const explorer = useExplorer();
/** Per-channel tolerance (8-bit rounding of software WebGL). */
const tolerance = 5;
/** Fill opacity of a scored site, of a failing one, and of the hovered or selected one (src/map/layers/siteScores.ts). */
const opacity = { passing: 0.6, failing: 0.25, active: 0.85 };
let construction: Expected;
let top: SitePlace;
let occupied: SitePlace;

beforeAll(async () => {
  const oracle = await loadOracle();
  construction = oracle.expected('construction');
  const occupiedIds = oracle.sites.filter((s) => s.status === 'occupied').map((s) => s.siteId);
  const places = await sitePlaces([construction.ids[0]!, ...occupiedIds]);
  top = places.get(construction.ids[0]!)!;
  // the occupied site with the most room inside it: its centre pixel is far from any outline
  occupied = occupiedIds.map((id) => places.get(id)!).sort((a, b) => b.clearanceM - a.clearanceM)[0]!;
});

/** The map at zoom 17 centred on a site with only `layer` on (e.g. 'region': nothing but the basemap at the site). */
const linkTo = (site: SitePlace, layer: string) => `map=17.00/${site.lat.toFixed(6)}/${site.lng.toFixed(6)}/0&layers=${layer}`;

/**
 * What lies under a site (only the region outline on, far from it) and what the map draws there with only the sites
 * layer on; each state comes from a link, and the tab waits until the map has drawn it (`startFrom`).
 */
async function underAndDrawn(site: SitePlace): Promise<{ app: ExplorerPage; under: Rgb; drawn: Rgb }> {
  const app = await explorer.shared();
  await app.startFrom(linkTo(site, 'region'));
  const under = await app.map.colourAt(site.lng, site.lat);
  await app.startFrom(linkTo(site, 'sites'));
  return { app, under, drawn: await app.map.colourAt(site.lng, site.lat) };
}

/** Expect `drawn` to be `expected` and, so the check can fail, `expected` to differ clearly from `other`. */
function expectColour(drawn: Rgb, expected: Rgb, other: Rgb, what: string): void {
  expect(channelDistance(expected, other), `${what}: the colour checked must differ from ${other}`).toBeGreaterThan(3 * tolerance);
  expect(channelDistance(drawn, expected), `${what}: drawn ${drawn}, expected ${expected.map(Math.round)}`).toBeLessThanOrEqual(tolerance);
}

describe('map colours', () => {
  it('with no sector an occupied site is drawn in the occupied colour; once a sector rejects it, in the fail grey', async () => {
    // given the map on an occupied site, no sector chosen
    const { app, under, drawn } = await underAndDrawn(occupied);
    // then it is drawn in the occupied colour at the occupied opacity
    const occupiedColour = blend(under, hexRgb(statusColours.occupied), statusLook.occupied.fillOpacity);
    expectColour(drawn, occupiedColour, under, 'occupied site');

    // when the user picks Construction, whose gates let no occupied land through
    await app.map.afterScoresDrawn(() => app.scoring.chooseSector('Construction'));
    // then the site fades to the fail grey
    const grey = blend(under, hexRgb(failColour), opacity.failing);
    expectColour(await app.map.colourAt(occupied.lng, occupied.lat), grey, occupiedColour, 'failing site');
    expect(app.errors).toEqual([]);
  });

  it('with a sector the top-ranked site is drawn in the ramp colour of its score, and darker when its row is hovered', async () => {
    // given the map on the site the core ranks first for Construction
    const { app, under } = await underAndDrawn(top);
    const score = construction.score(top.siteId);
    expect(score).not.toBeNull();
    // when the user picks Construction
    await app.map.afterScoresDrawn(() => app.scoring.chooseSector('Construction'));
    // then the list ranks that site first and the map draws it in the ramp colour of its score
    expect(await app.scoring.rankedSiteIds(1)).toEqual([top.siteId]);
    const scored = blend(under, rampColour(score!), opacity.passing);
    expectColour(await app.map.colourAt(top.lng, top.lat), scored, under, 'top-ranked site');

    // when the user points at its row in the list, the map highlights it
    await app.scoring.hoverRankedSite(top.siteId);
    const hovered = blend(under, rampColour(score!), opacity.active);
    expect(channelDistance(hovered, scored), 'the highlight must differ from the plain colour').toBeGreaterThan(3 * tolerance);
    await app.map.waitForColourAt(top.lng, top.lat, hovered, tolerance);
    expect(app.errors).toEqual([]);
  });
});
