/**
 * The only module importing playwright-core: launches Debian's Chromium with software WebGL and
 * wraps the explorer page in user-level actions.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';

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
  /** Messages the page logged with console.error (the browser's own CSP warnings land here). */
  readonly consoleErrors: string[] = [];
  private lastResponse: Response | null = null;
  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && this.consoleErrors.push(m.text())));
    page.on('dialog', (d) => {
      this.errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  }

  /** Open the app (optionally with a hash) and wait for the first idle with zones and sites drawn. */
  async open(baseUrl: string, hash = ''): Promise<void> {
    this.lastResponse = await this.page.goto(`${baseUrl}index.html${hash}`);
    // a fatal alert means the map will never be ready: fail now, with its text
    await this.page.waitForSelector('html[data-map-ready="true"], .fatal', { state: 'attached', timeout: 90_000 });
    if (await this.page.locator('.fatal').count()) throw new Error(`the map did not start: ${await this.page.locator('.fatal').textContent()}`);
  }

  /** A header of the page's own HTTP response (from the last `open`). */
  async documentHeader(name: string): Promise<string | undefined> {
    return (await this.lastResponse?.allHeaders())?.[name.toLowerCase()];
  }

  /** The Content-Security-Policy written in the page's <meta>, '' when none. */
  async metaPolicy(): Promise<string> {
    const meta = this.page.locator('meta[http-equiv="Content-Security-Policy"]');
    return (await meta.count()) ? ((await meta.getAttribute('content')) ?? '') : '';
  }

  /** Notices about data the app had to leave out (skipped manifest entries, basemap archives). */
  dataNotices(): Promise<string[]> {
    return this.page.locator('.data-notices li').allTextContents();
  }

  /** What the scoring panel says when it has nothing to rank. */
  async scoringProblem(): Promise<string> {
    const p = this.page.locator('.scoring-panel .data-problem');
    await p.waitFor({ timeout: 10_000 });
    return (await p.textContent()) ?? '';
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

  // --- state, storage and links (hardening) ---

  /** The message a gate field gives for a value it did not apply ('' when none). */
  async gateFieldError(label: string): Promise<string> {
    const field = this.page.getByLabel(label, { exact: true });
    if ((await field.getAttribute('aria-invalid')) !== 'true') return '';
    const id = await field.getAttribute('aria-errormessage');
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }

  /** A gate field's text as shown. */
  gateFieldValue(label: string): Promise<string> {
    return this.page.getByLabel(label, { exact: true }).inputValue();
  }

  /** A criterion's weight as its slider shows it. */
  weightValue(criterion: string): Promise<string> {
    return this.page.getByLabel(`Weight of ${criterion}`, { exact: true }).inputValue();
  }

  /** The notice about parts of the opened link that were ignored ('' when none is shown). */
  async linkNotice(): Promise<string> {
    const n = this.page.getByTestId('link-notice');
    return (await n.count()) ? ((await n.locator('.link-notice-text').textContent()) ?? '') : '';
  }

  /** Wait for the link notice to show (after opening or pasting a link). */
  async waitForLinkNotice(): Promise<string> {
    await this.page.getByTestId('link-notice').waitFor();
    return this.linkNotice();
  }

  /** Close the link notice with its dismiss button. */
  async dismissLinkNotice(): Promise<void> {
    await this.page.getByTestId('link-notice').getByRole('button', { name: 'Dismiss' }).click();
    await this.page.getByTestId('link-notice').waitFor({ state: 'detached' });
  }

  /** Paste a link (hash only) into the address bar of the open tab. */
  async pasteHash(hash: string): Promise<void> {
    await this.page.evaluate((h) => (location.hash = h), hash);
  }

  /** What the scoring panel says in place of the ranking ('' when the list is shown). */
  async rankingMessage(): Promise<string> {
    const m = this.page.getByTestId('no-weights');
    return (await m.count()) ? ((await m.textContent()) ?? '') : '';
  }

  /** Number of rows in the ranked list and of stability labels in it. */
  async rankedCounts(): Promise<{ rows: number; labels: number }> {
    return { rows: await this.page.locator('.ranked-row').count(), labels: await this.page.locator('.ranked-stability').count() };
  }

  /** Text of the shortlist's status messages. */
  async shortlistNotices(): Promise<string> {
    return (await this.page.locator('.sl-notices').textContent()) ?? '';
  }

  /** Site ids on the shortlist, in order. */
  shortlistIds(): Promise<string[]> {
    return this.page.locator('.sl-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
  }

  /** A shortlist note as its field shows it. */
  shortlistNote(siteId: string): Promise<string> {
    return this.page.locator(`.sl-item[data-site-id="${siteId}"] .sl-note`).inputValue();
  }

  /** Open a site by link and press the star on its card; waits until it is listed. */
  async starFromCard(siteId: string): Promise<void> {
    await this.pasteHash(`site=${encodeURIComponent(siteId)}`);
    await this.page.locator(`.site-card[data-site-id="${siteId}"]`).waitFor();
    await this.page.locator('.site-card .star').click();
    await this.page.locator(`.sl-item[data-site-id="${siteId}"]`).waitFor();
  }

  /** Raw text under a local-storage key, read past any getItem override (null when absent). */
  storedText(key: string): Promise<string | null> {
    return this.page.evaluate((k) => (Object.prototype.hasOwnProperty.call(localStorage, k) ? String(localStorage[k]) : null), key);
  }

  /** Put raw text under a local-storage key, then reload the app and wait for the map. */
  async storeAndReload(key: string, text: string): Promise<void> {
    await this.page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [key, text] as const);
    await this.reload();
  }

  /** Reload the page and wait for the map. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 90_000 });
  }

  /** From the next load on, reading keys starting with `prefix` throws (as some privacy modes do) while writing works. */
  async breakStorageReads(prefix: string): Promise<void> {
    await this.page.context().addInitScript((p) => {
      const get = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        if (key.startsWith(p)) throw new DOMException('blocked', 'SecurityError');
        return get.call(this, key);
      };
    }, prefix);
  }

  // --- polish: one score rounding, words for gates, print sheet, exports ---

  /** Score of a site as its ranked row shows it (waits for the row). */
  async rankedScore(siteId: string): Promise<string> {
    const row = this.page.locator(`.ranked-row[data-site-id="${siteId}"] .ranked-score`);
    await row.waitFor();
    return ((await row.textContent()) ?? '').trim();
  }

  /** Press the star of a ranked row; waits until the site is on the shortlist. */
  async starRankedSite(siteId: string): Promise<void> {
    await this.page.locator(`.ranked-row[data-site-id="${siteId}"] .ranked-star`).click();
    await this.page.locator(`.sl-item[data-site-id="${siteId}"]`).waitFor();
  }

  /** Score of a site as its shortlist row shows it. */
  async shortlistScore(siteId: string): Promise<string> {
    return ((await this.page.locator(`.sl-item[data-site-id="${siteId}"] .sl-score`).textContent()) ?? '').trim();
  }

  /** Points beside the bars of the card's score breakdown ("+6,6"). */
  async cardBreakdownPoints(): Promise<string[]> {
    await this.card().locator('.breakdown-points').first().waitFor();
    return this.card().locator('.breakdown-points').allTextContents();
  }

  /** The card's fact for a label (e.g. "Nearest stop"), '' when it shows none. */
  cardFact(label: string): Promise<string> {
    return this.card().locator('dt').evaluateAll((dts, l) => dts.find((d) => d.textContent === l)?.nextElementSibling?.textContent ?? '', label);
  }

  /** Open the print view of the shortlist and wait for its sheets. */
  async openShortlistSheets(): Promise<void> {
    await this.page.locator('.print-open').click();
    await this.page.locator('.print-sheet').first().waitFor();
  }

  /** Close the print view (its toolbar's last button). */
  async closeSheets(): Promise<void> {
    await this.page.locator('.print-toolbar button').last().click();
    await this.page.locator('.print-sheet').first().waitFor({ state: 'detached' });
  }

  /** Type the presenter's name and contact in the print view's toolbar. */
  async typePresenter(name: string, contact: string): Promise<void> {
    await this.page.locator('.print-toolbar .presenter-name').fill(name);
    await this.page.locator('.print-toolbar .presenter-contact').fill(contact);
  }

  /** The presenter fields as the print view shows them. */
  async presenterFields(): Promise<{ name: string; contact: string }> {
    return { name: await this.page.locator('.print-toolbar .presenter-name').inputValue(), contact: await this.page.locator('.print-toolbar .presenter-contact').inputValue() };
  }

  /** What each printed sheet says: site id, text, sector rows, source lines, presenter, and its sketch's streets. */
  sheets(): Promise<{ siteId: string; text: string; sectors: Record<string, string[]>; sources: string[]; presenter: string; roads: number; streetNames: string[] }[]> {
    return this.page.locator('.print-sheet').evaluateAll((els) =>
      els.map((el) => ({
        siteId: el.getAttribute('data-site-id') ?? '',
        text: el.textContent ?? '',
        sectors: Object.fromEntries([...el.querySelectorAll('.ps-sectors tr')].map((tr) => [tr.getAttribute('data-sector') ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')])),
        sources: [...el.querySelectorAll('.ps-sources li')].map((li) => li.textContent ?? ''),
        presenter: el.querySelector('.ps-presenter')?.textContent ?? '',
        roads: el.querySelectorAll('svg.site-sketch .sketch-road').length,
        streetNames: [...el.querySelectorAll('svg.site-sketch .sketch-street')].map((t) => t.textContent ?? ''),
      })),
    );
  }

  /** Pages of the PDF that "Print / Save as PDF" makes of the open print view (A4). */
  async pdfPageCount(): Promise<number> {
    const pdf = await this.page.pdf({ format: 'A4', printBackground: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  }

  /** Tick the given shortlisted sites and open the comparison. */
  async compareShortlisted(siteIds: string[]): Promise<void> {
    for (const id of siteIds) await this.page.locator(`.sl-item[data-site-id="${id}"] .sl-pick`).check();
    await this.page.locator('.compare-open').click();
    await this.page.locator('.compare-table').waitFor();
  }

  /** Cells of a compare row (by its key, e.g. `score:construction`), one per site. */
  compareCells(row: string): Promise<string[]> {
    return this.page.locator(`.compare-table tr[data-row="${row}"] td`).allTextContents();
  }

  /** Open the export section, pick its scope by label (regex) and download with a button; the file's name and text. */
  async exportFile(scope: RegExp | null, button: string): Promise<{ name: string; text: string }> {
    const d = this.page.locator('details.export-details');
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').click();
    if (scope) await this.page.getByLabel(scope).check();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button, exact: true }).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
  }

  /** Each dataset of "About the data": layer id, heading, title, publisher, licence, date and note. */
  async aboutDatasets(): Promise<{ id: string; text: string; note: string }[]> {
    const d = this.page.locator('details.about-details');
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').click();
    return this.page.locator('.about li[data-layer]').evaluateAll((els) => els.map((li) => ({ id: li.getAttribute('data-layer') ?? '', text: li.textContent ?? '', note: li.querySelector('.note')?.textContent ?? '' })));
  }

  /** Open the ranked row of a site (by keyboard: focus, Enter). */
  async openRankedSite(siteId: string): Promise<void> {
    await this.page.locator(`.ranked-row[data-site-id="${siteId}"] .ranked-open`).focus();
    await this.page.keyboard.press('Enter');
  }

  // --- map labels, legend and phone layout ---

  /** Do something, then wait for the map's next idle after it (its counter on <html data-map-idle> moves on). */
  async thenMapIdle(action: () => Promise<unknown>): Promise<void> {
    const idles = () => this.page.evaluate(() => Number(document.documentElement.dataset.mapIdle ?? 0));
    const before = await idles();
    await action();
    await this.page.waitForFunction((b) => Number(document.documentElement.dataset.mapIdle ?? 0) > b, before, { timeout: 60_000 });
  }

  /** Switch the UI language and wait until the map has finished drawing in it (<html data-map-lang>). */
  async switchLanguageOnMap(code: 'FR' | 'NL' | 'EN'): Promise<void> {
    await this.switchLanguage(code);
    await this.page.waitForSelector(`html[data-map-lang="${code.toLowerCase()}"]`, { state: 'attached', timeout: 60_000 });
  }

  /** Texts of the labelled legend symbols of a layer row (e.g. Metro, Tram, Bus), shown whether the layer is on or off. */
  legendLabels(label: string): Promise<string[]> {
    return this.row(label).locator('.legend-items li').allTextContents().then((t) => t.map((s) => s.trim()));
  }

  /** Screen box of the first element matching a selector, null when absent or not shown. */
  async box(selector: string): Promise<Box | null> {
    const l = this.page.locator(selector).first();
    return (await l.count()) && (await l.isVisible()) ? l.boundingBox() : null;
  }

  /** Names and screen boxes of the municipality labels a user can see (inside the map, not hidden). */
  async shownCommuneLabels(): Promise<{ name: string; box: Box }[]> {
    await this.page.waitForFunction(() => document.querySelectorAll('.commune-label').length > 0, undefined, { timeout: 30_000 });
    return this.page.locator('.commune-label').evaluateAll((els) => {
      const map = document.querySelector('#map')!.getBoundingClientRect();
      return els
        .filter((e) => getComputedStyle(e).visibility !== 'hidden' && getComputedStyle(e).display !== 'none' && Number(getComputedStyle(e).opacity) > 0)
        .map((e) => ({ name: e.textContent ?? '', r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.right > map.left && r.left < map.right && r.bottom > map.top && r.top < map.bottom)
        .map(({ name, r }) => ({ name, box: { x: r.x, y: r.y, width: r.width, height: r.height } }));
    });
  }

  /** Open or close the side panel with its button (phones). */
  async togglePanel(): Promise<void> {
    await this.page.locator('.panel-toggle').click();
  }
}

/** A rectangle on screen, CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A fresh page in a new context with a language preference. */
export async function newExplorer(browser: Browser, locale = 'en-GB', viewport = { width: 1200, height: 800 }): Promise<ExplorerPage> {
  const context = await browser.newContext({ locale, viewport });
  return new ExplorerPage(await context.newPage());
}

export type { Browser, Page };
