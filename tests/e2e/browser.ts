/**
 * The only module importing playwright-core: launches Debian's Chromium with software WebGL and
 * wraps the explorer page in user-level actions.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Start a headless Chromium; `extraArgs` e.g. ['--disable-webgl'] to test degraded browsers. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** The explorer as a user sees it. */
export class ExplorerPage {
  readonly errors: string[] = [];
  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('dialog', (d) => {
      this.errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  }

  /** Open the app (optionally with a hash) and wait for the first idle with zones and sites drawn. */
  async open(baseUrl: string, hash = '', opts: { locale?: string } = {}): Promise<void> {
    await this.page.goto(`${baseUrl}index.html${hash}`);
    await this.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
    void opts;
  }

  /** Wait until every layer row shows a count or an error. */
  async waitForLayers(): Promise<void> {
    await this.page.waitForFunction(() => document.querySelectorAll('.layer-row .layer-status').length > 0 && [...document.querySelectorAll('.layer-row .layer-status')].every((e) => !e.textContent?.includes('…')), undefined, { timeout: 90_000 });
  }

  /** Names of the layers in the panel. */
  layerNames(): Promise<string[]> {
    return this.page.locator('.layer-row .layer-name').allTextContents();
  }

  /** Status text of a layer row, by its label. */
  async layerStatus(label: string): Promise<string> {
    return (await this.row(label).locator('.layer-status').textContent()) ?? '';
  }

  private row(label: string) {
    return this.page.locator('.layer-row', { has: this.page.locator('.layer-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&')}$`) }) });
  }

  /** Click a layer's checkbox. */
  async toggleLayer(label: string): Promise<void> {
    await this.row(label).locator('input[type=checkbox]').click();
  }

  isLayerOn(label: string): Promise<boolean> {
    return this.row(label).locator('input[type=checkbox]').isChecked();
  }

  /** Switch the UI language by its button (FR, NL, EN). */
  async switchLanguage(code: 'FR' | 'NL' | 'EN'): Promise<void> {
    await this.page.getByRole('button', { name: code, exact: true }).click();
  }

  /** Click the centre of the map. */
  async clickMapCentre(): Promise<void> {
    const box = await this.page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Wait for the map to be idle again (after a toggle or a move). */
  async waitForIdle(): Promise<void> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  }

  /** PNG of the map canvas. */
  mapPicture(): Promise<Buffer> {
    return this.page.locator('#map canvas').screenshot();
  }

  /** Text of the map's attribution. */
  async attribution(): Promise<string> {
    return (await this.page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
  }

  /** Municipality names drawn on the map. */
  communeLabels(): Promise<string[]> {
    return this.page.locator('.commune-label').allTextContents();
  }

  card() {
    return this.page.locator('.site-card');
  }

  /** Wait until the URL hash contains (or, with `absent`, lacks) a string: the URL follows the state after render. */
  async waitForHash(part: string, absent = false): Promise<void> {
    await this.page.waitForFunction(([p, a]) => location.hash.includes(p as string) !== a, [part, absent] as const, { timeout: 10_000 });
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }
}

/** A fresh page in a new context with a language preference. */
export async function newExplorer(browser: Browser, locale = 'en-GB'): Promise<ExplorerPage> {
  const context = await browser.newContext({ locale, viewport: { width: 1200, height: 800 } });
  return new ExplorerPage(await context.newPage());
}

export type { Browser, Page };
