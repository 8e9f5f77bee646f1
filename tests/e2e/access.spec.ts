/** Access by the networks: a selected site shows its 30-minute transit reach and truck route; the card explains both. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessReach } from '../../src/core/access/types.ts';
import { reachRamp } from '../../src/core/colour/palette.ts';
import { hexRgb } from './colour.ts';
import { distDir } from './fixtures.ts';
import { useExplorer } from './harness.ts';
import { loadOracle, type SiteProperties } from './oracle.ts';

const explorer = useExplorer();
let reach: AccessReach;
/** A site with a motorway route and a large 30-minute reach, and a point in the middle of its route. */
let site: SiteProperties;
let routePoint: [number, number];
beforeAll(async () => {
  reach = JSON.parse(readFileSync(join(distDir, 'geodata', 'access-reach.json'), 'utf8')) as AccessReach;
  const oracle = await loadOracle();
  const withRoute = oracle.sites.filter((s) => {
    const r = reach.sites[s.siteId]?.motorwayRoute;
    return r?.type === 'LineString' && r.coordinates.length > 6 && s.employedResidents30MinTransit > 50_000;
  });
  site = withRoute.sort((a, b) => b.truckMinToMotorway - a.truckMinToMotorway)[Math.floor(withRoute.length / 2)]!;
  const line = reach.sites[site.siteId]!.motorwayRoute as unknown as { coordinates: [number, number][] };
  routePoint = line.coordinates[Math.floor(line.coordinates.length / 2)]!;
});

describe('access by the networks', () => {
  it('selecting a site draws the sectors it reaches within 30 minutes and its truck route to the motorway', async () => {
    const app = await explorer.open(`#map=15/${routePoint[1]}/${routePoint[0]}/0&site=${site.siteId}`);
    await app.page.waitForFunction((id) => document.documentElement.dataset.reachDrawn === id, site.siteId);
    const legend = app.page.locator('.reach-legend');
    expect(await legend.locator('.reach-legend-classes li').count()).toBe(3);
    expect(await legend.locator('.reach-legend-route').textContent()).toContain('2013');
    // the route is drawn where the file says it goes
    await app.map.waitForColourAt(routePoint[0], routePoint[1], hexRgb(reachRamp.route), 60);
    // no site selected, nothing drawn
    await app.card.closeWithEscape();
    await legend.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
  });

  it('the card lists the network figures with the model caveat in French, Dutch and English', async () => {
    const app = await explorer.open(`#lang=en&site=${site.siteId}`);
    await app.card.waitFor(site.siteId);
    for (const [lang, words] of [
      ['EN', /timetable/i],
      ['FR', /horaire/i],
      ['NL', /dienstregeling/i],
    ] as const) {
      if (lang !== 'EN') await app.switchLanguage(lang);
      const access = app.page.locator('.site-card [data-testid="site-access"]');
      expect(await access.getAttribute('data-computed')).toBe('true');
      const items = await access.locator('li[data-metric]').evaluateAll((els) => els.map((e) => e.getAttribute('data-metric')));
      expect(items).toEqual(expect.arrayContaining(['employedResidents30MinTransit', 'residents30MinTransit', 'truckMinToMotorway', 'roadKmToMotorway', 'roadKmToCanalQuay']));
      const text = (await access.textContent()) ?? '';
      expect(text).toMatch(words);
      expect(text).toContain('2013');
      expect(text).not.toMatch(/NaN|undefined/);
      expect(app.errors).toEqual([]);
    }
  });

  it('the sectors are fetched once for the selected site and the planner view', async () => {
    const app = await explorer.open(`#site=${site.siteId}`);
    await app.card.waitFor(site.siteId);
    await app.page.waitForFunction((id) => document.documentElement.dataset.reachDrawn === id, site.siteId);
    await app.planner.open();
    await app.planner.chooseIndicator('lostHa'); // drawn: the view has everything it asked for
    expect(app.timesFetched('sectors.fgb')).toBe(1);
    expect(app.timesFetched('land-losses.fgb')).toBe(1);
    expect(app.errors).toEqual([]);
  });
});
