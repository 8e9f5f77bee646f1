/**
 * The explorer page as a user meets it: opening links, the layer panel, language, notices and About the data; the
 * map, card, scoring panel, shortlist, compare, export, print view and the page's layout have their own drivers,
 * reached as properties (`app.map`, `app.card`, `app.scoring`, `app.layout`, …).
 */
import type { Page, Response } from 'playwright-core';
import { addStorageFault, type StorageFault } from './launch.ts';
import { MapCanvas } from './map.ts';
import { PageLayout } from './layout.ts';
import { SiteCard } from './card.ts';
import { ScoringPanel } from './scoring.ts';
import { ShortlistPanel } from './shortlist.ts';
import { ComparePanel } from './compare.ts';
import { ExportPanel } from './exports.ts';
import { PrintView } from './print.ts';
import { PlannerPanel } from './planner.ts';
import { UserSitesPanel } from './userSites.ts';

/** What a page load waits for: the map usable (zones and sites drawn), or only the side panel. */
export type Until = 'map' | 'panels';

/** UI languages, as their buttons read. */
export type LangCode = 'FR' | 'NL' | 'EN';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\!]/g, '\\$&');

/** The explorer in one browser tab. */
export class ExplorerPage {
  /** Uncaught page errors and dialogs: a spec expects none. */
  readonly errors: string[] = [];
  /** Messages the page logged with console.error (the browser's own CSP warnings land here). */
  readonly consoleErrors: string[] = [];
  /** Paths the page and its workers asked the server for, in order. */
  readonly requested: string[] = [];
  readonly map: MapCanvas;
  readonly card: SiteCard;
  readonly scoring: ScoringPanel;
  readonly shortlist: ShortlistPanel;
  readonly compare: ComparePanel;
  readonly exports: ExportPanel;
  readonly print: PrintView;
  readonly planner: PlannerPanel;
  readonly userSites: UserSitesPanel;
  readonly layout: PageLayout;
  private lastResponse: Response | null = null;
  /** The language and camera of the last full load, which `startFrom` returns to. */
  private start: { lang: string; view: string | null } | null = null;

  /** `page` stays public for specs of other parts of the app (e.g. a page that never gets a map). */
  constructor(readonly page: Page) {
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('request', (r) => void this.requested.push(new URL(r.url()).pathname));
    page.on('console', (m) => void (m.type() === 'error' && this.consoleErrors.push(m.text())));
    page.on('dialog', (d) => {
      this.errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    this.map = new MapCanvas(page);
    this.card = new SiteCard(page);
    this.scoring = new ScoringPanel(page);
    this.shortlist = new ShortlistPanel(page);
    this.compare = new ComparePanel(page);
    this.exports = new ExportPanel(page);
    this.print = new PrintView(page);
    this.planner = new PlannerPanel(page);
    this.userSites = new UserSitesPanel(page, this.map);
    this.layout = new PageLayout(page);
  }

  /**
   * Open the app at `baseUrl` (optionally with a hash) and wait until the map is usable (zones and sites drawn), or
   * with `until: 'panels'` only until the side panel lists the layers (tests of panels, storage and links).
   */
  async open(baseUrl: string, hash = '', until: Until = 'map'): Promise<void> {
    await this.openLink(`${baseUrl}index.html${hash}`, until);
  }

  /** Open a full link (e.g. a shared one) as a new page load and wait as `open` does. */
  async openLink(url: string, until: Until = 'map'): Promise<void> {
    // a link differing from the open page only by its hash would not load the page again
    if (this.page.url().split('#')[0] === url.split('#')[0]) await this.page.goto('about:blank');
    this.lastResponse = await this.page.goto(url);
    await this.waitUntil(until);
  }

  /** Open the app without waiting for the map (a browser that cannot draw one). */
  async openWithoutMap(baseUrl: string, hash = ''): Promise<void> {
    this.lastResponse = await this.page.goto(`${baseUrl}index.html${hash}`);
  }

  /** Reload the page and wait as `open` does. */
  async reload(until: Until = 'map'): Promise<void> {
    await this.page.reload();
    await this.waitUntil(until);
  }

  private async waitUntil(until: Until): Promise<void> {
    if (until === 'panels') await this.page.locator('.layer-row').first().waitFor();
    else await this.waitForMapReady();
  }

  private async waitForMapReady(): Promise<void> {
    // a fatal alert means the map will never be ready: fail now, with its text
    await this.page.waitForSelector('html[data-map-ready="true"], .fatal', { state: 'attached' });
    if (await this.page.locator('.fatal').count()) throw new Error(`the map did not start: ${await this.page.locator('.fatal').textContent()}`);
    this.start = await this.page.evaluate(() => ({ lang: document.documentElement.lang, view: /map=[^&]*/.exec(location.hash)?.[0] ?? null }));
  }

  /**
   * Bring an open tab to the state a link describes, as if it had just been opened with it: the link is pasted
   * into the address bar, and this waits until the app has applied it. What the link does not name falls back as
   * for a pasted link: default layers, no site, no sector; the language of the tab's first load; the camera of that
   * load when it was in its link, else the camera stays where it is (name `map=` when the view matters). To be sure
   * a whole new state is shown, the language first flips to another one: the app sets <html lang> in the same
   * render as the rest of the state, and <html data-map-lang> once the map has drawn after applying it (camera,
   * layers and names alike). When the link names a camera or layers, this also waits until every layer is loaded
   * and drawn (`app.map.settled()`). Closes the compare and print views first; the shortlist and storage stay.
   */
  async startFrom(hash = ''): Promise<void> {
    if (!this.start) throw new Error('startFrom needs a tab opened with open() first');
    const parts = hash.replace(/^#/, '').split('&').filter(Boolean);
    const lang = parts.find((p) => p.startsWith('lang='))?.slice(5) ?? this.start.lang;
    if (!parts.some((p) => p.startsWith('lang='))) parts.push(`lang=${lang}`);
    if (!parts.some((p) => p.startsWith('map=')) && this.start.view) parts.push(this.start.view);
    if (await this.compare.isOpen()) await this.compare.close();
    if (await this.print.isOpen()) await this.print.close();
    await this.page.mouse.move(0, 0); // the pointer rests off the map and the lists
    for (const [link, l] of [[`lang=${lang === 'en' ? 'fr' : 'en'}`, lang === 'en' ? 'fr' : 'en'], [parts.join('&'), lang]] as const) {
      await this.followLink(link);
      await this.page.waitForSelector(`html[lang="${l}"][data-map-lang="${l}"]`, { state: 'attached' });
    }
    if (/(^|&)(map|layers)=/.test(hash.replace(/^#/, ''))) await this.map.settled();
  }

  /** Paste a link (hash only) into the address bar of the open tab: the app applies it without reloading. */
  async followLink(hash: string): Promise<void> {
    await this.page.evaluate((h) => (location.hash = h), hash);
  }

  /** Press the browser's Back button and wait until the URL hash contains `part`. */
  async goBackTo(part: string): Promise<void> {
    await this.page.goBack();
    await this.waitForHash(part);
  }

  /** The URL hash as the app keeps it. */
  hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }

  /** Wait until the URL hash contains (or, with `absent`, lacks) a string: the URL follows the state after render. */
  async waitForHash(part: string, absent = false): Promise<void> {
    await this.page.waitForFunction(([p, a]) => location.hash.includes(p as string) !== a, [part, absent] as const);
  }

  /** From the next load on, local storage fails as `fault` says (as some privacy modes do). */
  async storageFails(fault: StorageFault): Promise<void> {
    await addStorageFault(this.page.context(), fault);
  }

  /** A header of the page's own HTTP response (from the last load). */
  async documentHeader(name: string): Promise<string | undefined> {
    return (await this.lastResponse?.allHeaders())?.[name.toLowerCase()];
  }

  /** The Content-Security-Policy written in the page's <meta>, '' when none. */
  async metaPolicy(): Promise<string> {
    const meta = this.page.locator('meta[http-equiv="Content-Security-Policy"]');
    return (await meta.count()) ? ((await meta.getAttribute('content')) ?? '') : '';
  }

  /** Number of <img> elements in the page (markup in data must never become one). */
  imageCount(): Promise<number> {
    return this.page.locator('img').count();
  }

  /** The alert the page shows instead of a map (e.g. no WebGL); waits for it. */
  async alert(): Promise<string> {
    const alert = this.page.getByRole('alert');
    await alert.waitFor();
    return (await alert.textContent()) ?? '';
  }

  // --- layer panel ---

  private row(label: string) {
    return this.page.locator('.layer-row', { has: this.page.locator('.layer-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) });
  }

  /** Wait until every layer row shows a count or an error. */
  async waitForLayers(): Promise<void> {
    await this.page.waitForFunction(() => {
      const s = [...document.querySelectorAll('.layer-row .layer-status')];
      return s.length > 0 && s.every((e) => !e.textContent?.includes('…'));
    });
  }

  /** Names of the layers in the panel. */
  layerNames(): Promise<string[]> {
    return this.page.locator('.layer-row .layer-name').allTextContents();
  }

  /** Status text of a layer row, by its label. */
  async layerStatus(label: string): Promise<string> {
    return (await this.row(label).locator('.layer-status').textContent()) ?? '';
  }

  /**
   * Tick or untick a layer with the keyboard (focus, Space), so the pointer stays where it was and hovers nothing
   * new (`app.map.afterIdle` waits for the map to draw the change).
   */
  async toggleLayer(label: string): Promise<void> {
    await this.row(label).locator('input[type=checkbox]').press('Space');
  }

  /** How many times a file of the data (e.g. 'sectors.fgb') was asked for since this page was opened. */
  timesFetched(file: string): number {
    return this.requested.filter((p) => p.endsWith(`/geodata/${file}`)).length;
  }

  /** Whether a layer's checkbox is ticked. */
  isLayerOn(label: string): Promise<boolean> {
    return this.row(label).locator('input[type=checkbox]').isChecked();
  }

  /** Texts of the labelled legend symbols of a layer row (e.g. Metro, Tram, Bus), shown whether the layer is on or off. */
  async legendLabels(label: string): Promise<string[]> {
    return (await this.row(label).locator('.legend-items li').allTextContents()).map((s) => s.trim());
  }

  /** Notices about data the app had to leave out (skipped manifest entries, basemap archives). */
  dataNotices(): Promise<string[]> {
    return this.page.locator('.data-notices li').allTextContents();
  }

  // --- language ---

  /** Switch the UI language by its button (FR, NL, EN); waits until the page and the URL say so. */
  async switchLanguage(code: LangCode): Promise<void> {
    await this.page.getByRole('button', { name: code, exact: true }).click();
    await this.page.waitForFunction((l) => document.documentElement.lang === l && location.hash.includes(`lang=${l}`), code.toLowerCase());
  }

  /** Switch the UI language and wait until the map has finished drawing in it (<html data-map-lang>). */
  async switchLanguageOnMap(code: LangCode): Promise<void> {
    await this.switchLanguage(code);
    await this.page.waitForSelector(`html[data-map-lang="${code.toLowerCase()}"]`, { state: 'attached' });
  }

  // --- notices about links ---

  /** The notice about parts of the opened link that were ignored ('' when none is shown). */
  async linkNotice(): Promise<string> {
    const n = this.page.getByTestId('link-notice');
    return (await n.count()) ? ((await n.locator('.link-notice-text').textContent()) ?? '') : '';
  }

  /** Wait for the link notice to show (after opening or pasting a link); resolves with its text. */
  async waitForLinkNotice(): Promise<string> {
    await this.page.getByTestId('link-notice').waitFor();
    return this.linkNotice();
  }

  /** Close the link notice with its dismiss button. */
  async dismissLinkNotice(): Promise<void> {
    await this.page.getByTestId('link-notice').getByRole('button', { name: 'Dismiss' }).click();
    await this.page.getByTestId('link-notice').waitFor({ state: 'detached' });
  }

  // --- About the data ---

  /** Each dataset of "About the data": layer id, text and note. */
  async aboutDatasets(): Promise<{ id: string; text: string; note: string }[]> {
    const d = this.page.locator('details.about-details');
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').click();
    await this.page.locator('.about li[data-layer]').first().waitFor(); // the panel loads when first opened
    return this.page.locator('.about li[data-layer]').evaluateAll((els) => els.map((li) => ({ id: li.getAttribute('data-layer') ?? '', text: li.textContent ?? '', note: li.querySelector('.note')?.textContent ?? '' })));
  }

  // --- readiness, with or without a map ---

  /** Wait until every layer the app asked for has loaded or failed (<html data-layers-ready>), with or without a map. */
  async waitForLayersReady(): Promise<void> {
    await this.page.waitForSelector('html[data-layers-ready="true"]', { state: 'attached' });
  }

  /** Whether the map said it is usable (<html data-map-ready>); false in a browser that cannot draw one. */
  async isMapReady(): Promise<boolean> {
    return (await this.page.locator('html[data-map-ready="true"]').count()) > 0;
  }
}
