/**
 * The map canvas as a user sees it: waits on the app's own idle counter (<html data-map-idle>), colours at a place,
 * clicks, the camera written in the URL, municipality names.
 */
import type { Page } from 'playwright-core';
import { channelDistance, decodePng, type Rgb } from '../colour.ts';

/** The camera as the URL's `map=zoom/lat/lng/bearing` says it. */
export interface View {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
}

/** A rectangle on screen, CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** maplibre's tile size: the world is 512·2^zoom CSS pixels wide. */
const tileSize = 512;

/** Where (lng, lat) falls on a canvas of `width`×`height` CSS pixels showing `view` (Web Mercator, no pitch). */
export function project(view: View, width: number, height: number, lng: number, lat: number): { x: number; y: number } {
  const world = tileSize * 2 ** view.zoom;
  const mx = (x: number) => ((x + 180) / 360) * world;
  const my = (y: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (y * Math.PI) / 360)) / Math.PI) / 2) * world;
  const [dx, dy] = [mx(lng) - mx(view.lng), my(lat) - my(view.lat)];
  const b = (view.bearing * Math.PI) / 180;
  return { x: width / 2 + dx * Math.cos(b) + dy * Math.sin(b), y: height / 2 - dx * Math.sin(b) + dy * Math.cos(b) };
}

/** The map part of the explorer. */
export class MapCanvas {
  constructor(private readonly page: Page) {}

  private canvas() {
    return this.page.locator('#map canvas');
  }

  private idles(): Promise<number> {
    return this.page.evaluate(() => Number(document.documentElement.dataset.mapIdle ?? 0));
  }

  /**
   * Wait until every layer has loaded (each row shows a count or an error) and the map has drawn every loaded layer:
   * the app sets <html data-map-layers-drawn> when its draw queue is empty after the map's idle with the last one.
   */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const statuses = [...document.querySelectorAll('.layer-row .layer-status')];
      return (
        statuses.length > 0 &&
        statuses.every((e) => !e.textContent?.includes('…')) &&
        document.documentElement.dataset.mapLayersDrawn === 'true'
      );
    });
  }

  /**
   * Do something that changes the map, then wait for the map's next idle: the app bumps <html data-map-idle> at
   * every maplibre `idle` (all sources loaded, nothing moving). Exact once the map is settled and nothing else is
   * drawing; an action that changes nothing drawn gets no idle and times out, the right failure. Prefer the exact
   * signals where they exist: `afterScoresDrawn`, `ExplorerPage.switchLanguageOnMap`, `ExplorerPage.startFrom`.
   */
  async afterIdle<T>(action: () => Promise<T>): Promise<T> {
    await this.settled();
    const before = await this.idles();
    const out = await action();
    await this.page.waitForFunction((b) => Number(document.documentElement.dataset.mapIdle ?? 0) > b, before);
    return out;
  }

  /**
   * Do something that changes the sites' scores (a sector, a weight, a gate), then wait until the map has drawn the
   * new colours: the app bumps <html data-scores-idle> at the first idle after it applied them.
   */
  async afterScoresDrawn<T>(action: () => Promise<T>): Promise<T> {
    const before = await this.page.evaluate(() => document.documentElement.dataset.scoresIdle ?? '');
    const out = await action();
    await this.page.waitForFunction((b) => (document.documentElement.dataset.scoresIdle ?? '') !== b, before);
    return out;
  }

  /**
   * Wait until the map draws `expected` (each channel within `tolerance`) at a place, looking again at every map
   * idle (<html data-map-idle>): the app may still be handing layers to the map one at a time after a load. Fails
   * with the last colour seen when no idle brings it within the wait limit.
   */
  async waitForColourAt(lng: number, lat: number, expected: Rgb, tolerance: number): Promise<Rgb> {
    return this.waitForColour(lng, lat, (c) => channelDistance(c, expected) <= tolerance, `${expected.map(Math.round)} ±${tolerance}`);
  }

  /** Like `waitForColourAt`, until the colour at a place is at least `distance` away from `avoided` in some channel. */
  async waitForColourAwayFrom(lng: number, lat: number, avoided: Rgb, distance: number): Promise<Rgb> {
    return this.waitForColour(lng, lat, (c) => channelDistance(c, avoided) > distance, `more than ${distance} from ${avoided.map(Math.round)}`);
  }

  private async waitForColour(lng: number, lat: number, ok: (c: Rgb) => boolean, want: string): Promise<Rgb> {
    for (;;) {
      const idles = await this.idles();
      const colour = await this.colourAt(lng, lat);
      if (ok(colour)) return colour;
      await this.page.waitForFunction((b) => Number(document.documentElement.dataset.mapIdle ?? 0) > b, idles).catch(() => {
        throw new Error(`the map drew ${colour} at (${lng}, ${lat}), not ${want}, and drew nothing more`);
      });
    }
  }

  /** PNG of the map canvas (with whatever the page draws over it). */
  picture(): Promise<Buffer> {
    return this.canvas().screenshot();
  }

  /** Click the centre of the map. */
  async clickCentre(): Promise<void> {
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error('no map canvas');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The camera as the app wrote it in the URL (`map=zoom/lat/lng/bearing`). */
  async view(): Promise<View> {
    const hash = await this.page.evaluate(() => location.hash);
    const m = /map=([-\d.]+)\/([-\d.]+)\/([-\d.]+)(?:\/([-\d.]+))?/.exec(hash);
    if (!m) throw new Error(`no map= in the URL: ${hash}`);
    return { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]), bearing: Number(m[4] ?? 0) };
  }

  /** Wait until the camera in the URL is at least at `zoom` (e.g. once the map has flown to a site). */
  async waitForZoomAtLeast(zoom: number): Promise<void> {
    await this.page.waitForFunction((z) => Number(/map=([\d.]+)/.exec(location.hash)?.[1] ?? 0) >= z, zoom);
  }

  /** Page coordinates (CSS pixels) of a place, from the camera in the URL; throws when it is off the canvas. */
  async pointOf(lng: number, lat: number): Promise<{ x: number; y: number }> {
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error('no map canvas');
    const p = project(await this.view(), box.width, box.height, lng, lat);
    if (p.x < 0 || p.y < 0 || p.x >= box.width || p.y >= box.height) throw new Error(`(${lng}, ${lat}) is off the map: ${JSON.stringify(p)}`);
    return { x: box.x + p.x, y: box.y + p.y };
  }

  /** The colour the map draws at a place (one screen pixel); throws when a control or card covers that pixel. */
  async colourAt(lng: number, lat: number): Promise<Rgb> {
    const { x, y } = await this.pointOf(lng, lat);
    const [px, py] = [Math.floor(x), Math.floor(y)];
    const onCanvas = await this.page.evaluate(([a, b]) => document.elementFromPoint(a! + 0.5, b! + 0.5)?.matches('#map canvas') ?? false, [px, py]);
    if (!onCanvas) throw new Error(`something covers the map at (${px}, ${py})`);
    return decodePng(await this.page.screenshot({ clip: { x: px, y: py, width: 1, height: 1 } })).pixel(0, 0);
  }

  /** Move the camera through the URL (as a pasted link would) and wait until the map has drawn the new view. */
  async moveTo(view: Omit<View, 'bearing'> & { bearing?: number }): Promise<void> {
    const part = `map=${view.zoom.toFixed(2)}/${view.lat.toFixed(5)}/${view.lng.toFixed(5)}/${view.bearing ?? 0}`;
    await this.afterIdle(() =>
      this.page.evaluate((p) => {
        const h = location.hash.slice(1);
        location.hash = /map=[^&]*/.test(h) ? h.replace(/map=[^&]*/, p) : [h, p].filter(Boolean).join('&');
      }, part),
    );
  }

  /** Municipality names drawn on the map. */
  communeLabels(): Promise<string[]> {
    return this.page.locator('.commune-label').allTextContents();
  }

  /** Names and screen boxes of the municipality labels a user can see (inside the map, not hidden). */
  async shownCommuneLabels(): Promise<{ name: string; box: Box }[]> {
    await this.page.waitForFunction(() => document.querySelectorAll('.commune-label').length > 0);
    return this.page.locator('.commune-label').evaluateAll((els) => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      return els
        .filter((e) => getComputedStyle(e).visibility !== 'hidden' && getComputedStyle(e).display !== 'none' && Number(getComputedStyle(e).opacity) > 0)
        .map((e) => ({ name: e.textContent ?? '', r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom)
        .map(({ name, r }) => ({ name, box: { x: r.x, y: r.y, width: r.width, height: r.height } }));
    });
  }

  /** Text of the map's attribution. */
  async attribution(): Promise<string> {
    return (await this.page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
  }
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
