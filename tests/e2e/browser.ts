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
  async open(baseUrl: string, hash = ''): Promise<void> {
    await this.page.goto(`${baseUrl}index.html${hash}`);
    await this.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
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

  // --- scoring panel (issue 4) ---

  /** Pick a sector by its visible name in the sector picker. */
  async chooseSector(name: string): Promise<void> {
    await this.page.getByLabel('Sector', { exact: true }).selectOption({ label: name });
  }

  /** The picker's selected option text (e.g. "Construction" or "Custom (based on Construction)"). */
  async sectorShown(): Promise<string> {
    return this.page.locator('#sector-picker').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  /** Site ids of the first `n` rows of the ranked list, waiting until the list shows at least one. */
  async rankedSiteIds(n = 10): Promise<string[]> {
    await this.page.locator('.ranked-row').first().waitFor();
    return this.page.locator('.ranked-row').evaluateAll((els, k) => els.slice(0, k).map((e) => (e as HTMLElement).dataset.siteId ?? ''), n);
  }

  /** Wait until the list's first rows differ from `previous`. */
  async waitForRankingChange(previous: string[]): Promise<void> {
    await this.page.waitForFunction((prev) => [...document.querySelectorAll<HTMLElement>('.ranked-row')].slice(0, prev.length).map((e) => e.dataset.siteId).join() !== prev.join(), previous, { timeout: 10_000 });
  }

  /** "N of M sites pass" and the main reason sites fail, as shown. */
  async passSummary(): Promise<{ count: string; reason: string }> {
    const count = (await this.page.locator('.pass-count').textContent()) ?? '';
    const reason = (await this.page.locator('.main-fail').count()) ? ((await this.page.locator('.main-fail').textContent()) ?? '') : '';
    return { count, reason };
  }

  private async openDetails(cls: string): Promise<void> {
    const d = this.page.locator(`details.${cls}`);
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').click();
  }

  /** Set a criterion's weight slider with the keyboard (Home, then → `value` times). */
  async setWeight(criterion: string, value: number): Promise<void> {
    await this.openDetails('scoring-weights');
    const slider = this.page.getByLabel(`Weight of ${criterion}`, { exact: true });
    await slider.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < value; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** Type a gate bound into its labelled field and leave it (empty string = no limit). */
  async setGate(label: string, value: string): Promise<void> {
    await this.openDetails('scoring-gates');
    const field = this.page.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Tab');
  }

  /** Tick or untick "Include occupied land and land leaving production" beside the pass count. */
  async includeNotOnOffer(on: boolean): Promise<void> {
    const box = this.page.getByTestId('include-not-on-offer');
    if ((await box.isChecked()) !== on) await box.click();
  }

  /** Site ids of every ranked row shown (the list pages by 50). */
  async shownRankedSiteIds(): Promise<string[]> {
    await this.page.locator('.ranked-row').first().waitFor();
    return this.page.locator('.ranked-row').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.siteId ?? ''));
  }

  /** Wait until the pass count reads `text`. */
  async waitForPassCount(text: string): Promise<void> {
    await this.page.waitForFunction((t) => document.querySelector('.pass-count')?.textContent === t, text, { timeout: 10_000 });
  }

  /** The card's status, evidence, address and 2013 sections as text. */
  async cardSections(): Promise<{ status: string; evidence: string; address: string; past: string }> {
    await this.card().waitFor();
    const text = async (id: string) => ((await this.card().getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ').trim();
    return { status: await text('site-status'), evidence: await text('site-evidence'), address: await text('site-address'), past: await text('site-2013') };
  }

  /** Texts of the card's elements in document order, to check what it leads with. */
  async cardTestIdsInOrder(): Promise<string[]> {
    return this.card().locator('[data-testid]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid ?? ''));
  }

  /** Open the ranked row of a site (by keyboard: focus, Enter). */
  async openRankedSite(siteId: string): Promise<void> {
    await this.page.locator(`.ranked-row[data-site-id="${siteId}"] .ranked-open`).focus();
    await this.page.keyboard.press('Enter');
  }
}

/** A fresh page in a new context with a language preference. */
export async function newExplorer(browser: Browser, locale = 'en-GB'): Promise<ExplorerPage> {
  const context = await browser.newContext({ locale, viewport: { width: 1200, height: 800 } });
  return new ExplorerPage(await context.newPage());
}

export type { Browser, Page };
