/** The scoring panel: sector picker, weights, gates, the pass count and the ranked list. */
import type { Page } from 'playwright-core';

/** The scoring panel and its ranked list. */
export class ScoringPanel {
  constructor(private readonly page: Page) {}

  private rows() {
    return this.page.locator('.ranked-row');
  }

  private row(siteId: string) {
    return this.page.locator(`.ranked-row[data-site-id="${siteId}"]`);
  }

  private async openDetails(cls: string): Promise<void> {
    const d = this.page.locator(`details.${cls}`);
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').click();
  }

  /** Pick a sector by its visible name in the sector picker. */
  async chooseSector(name: string): Promise<void> {
    await this.page.getByLabel('Sector', { exact: true }).selectOption({ label: name });
  }

  /** Pick "None": sites are coloured by status again; waits until the ranked list is gone. */
  async chooseNoSector(): Promise<void> {
    await this.chooseSector('None (colour sites by status)');
    await this.rows().first().waitFor({ state: 'detached' });
  }

  /** The picker's selected option text (e.g. "Construction" or "Custom (based on Construction)"). */
  sectorShown(): Promise<string> {
    return this.page.locator('#sector-picker').evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
  }

  /** Press "Reset to sector defaults" and wait until the picker no longer says "Custom". */
  async resetToSectorDefaults(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset to sector defaults' }).click();
    await this.page.waitForFunction(() => !(document.querySelector('#sector-picker') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent?.startsWith('Custom'));
  }

  /** Site ids of the first `n` rows of the ranked list, waiting until the list shows at least one. */
  async rankedSiteIds(n = 10): Promise<string[]> {
    await this.rows().first().waitFor();
    return this.rows().evaluateAll((els, k) => els.slice(0, k).map((e) => (e as HTMLElement).dataset.siteId ?? ''), n);
  }

  /** Site ids of every ranked row shown (the list pages by 50). */
  shownRankedSiteIds(): Promise<string[]> {
    return this.rankedSiteIds(Infinity);
  }

  /** Wait until the list's first rows differ from `previous`. */
  async waitForRankingChange(previous: string[]): Promise<void> {
    await this.page.waitForFunction((prev) => [...document.querySelectorAll<HTMLElement>('.ranked-row')].slice(0, prev.length).map((e) => e.dataset.siteId).join() !== prev.join(), previous);
  }

  /** "N of M sites pass" and the main reason sites fail, as shown. */
  async passSummary(): Promise<{ count: string; reason: string }> {
    const count = (await this.page.locator('.pass-count').textContent()) ?? '';
    const fail = this.page.locator('.main-fail');
    return { count, reason: (await fail.count()) ? ((await fail.textContent()) ?? '') : '' };
  }

  /** Wait until the pass count reads `text`. */
  async waitForPassCount(text: string): Promise<void> {
    await this.page.waitForFunction((t) => document.querySelector('.pass-count')?.textContent === t, text);
  }

  /** Set a criterion's weight slider with the keyboard (Home, then → `value` times). */
  async setWeight(criterion: string, value: number): Promise<void> {
    await this.openDetails('scoring-weights');
    const slider = this.page.getByLabel(`Weight of ${criterion}`, { exact: true });
    await slider.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < value; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** A criterion's weight as its slider shows it. */
  async weightValue(criterion: string): Promise<string> {
    await this.openDetails('scoring-weights');
    return this.page.getByLabel(`Weight of ${criterion}`, { exact: true }).inputValue();
  }

  /** Type a gate bound into its labelled field and leave it (empty string = no limit). */
  async setGate(label: string, value: string): Promise<void> {
    await this.openDetails('scoring-gates');
    const field = this.page.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Tab');
  }

  /** A gate field's text as shown. */
  async gateFieldValue(label: string): Promise<string> {
    await this.openDetails('scoring-gates');
    return this.page.getByLabel(label, { exact: true }).inputValue();
  }

  /** The message a gate field gives for a value it did not apply ('' when none). */
  async gateFieldError(label: string): Promise<string> {
    const field = this.page.getByLabel(label, { exact: true });
    if ((await field.getAttribute('aria-invalid')) !== 'true') return '';
    const id = await field.getAttribute('aria-errormessage');
    return id ? ((await this.page.locator(`[id="${id}"]`).textContent()) ?? '') : '';
  }

  /** Tick or untick "Include occupied land and land leaving production" beside the pass count. */
  async includeNotOnOffer(on: boolean): Promise<void> {
    const box = this.page.getByTestId('include-not-on-offer');
    if ((await box.isChecked()) !== on) await box.click();
  }

  /** What the panel says in place of the ranking ('' when the list is shown). */
  async rankingMessage(): Promise<string> {
    const m = this.page.getByTestId('no-weights');
    return (await m.count()) ? ((await m.textContent()) ?? '') : '';
  }

  /** Wait until the panel says it needs a weight instead of ranking; resolves with what it says. */
  async waitForRankingMessage(): Promise<string> {
    await this.page.getByTestId('no-weights').waitFor();
    return this.rankingMessage();
  }

  /** Number of rows in the ranked list and of stability labels in it. */
  async rankedCounts(): Promise<{ rows: number; labels: number }> {
    return { rows: await this.rows().count(), labels: await this.page.locator('.ranked-stability').count() };
  }

  /** What the panel says when it has nothing to rank (no sites loaded). */
  async problem(): Promise<string> {
    const p = this.page.locator('.scoring-panel .data-problem');
    await p.waitFor();
    return (await p.textContent()) ?? '';
  }

  /** Score of a site as its ranked row shows it (waits for the row). */
  async rankedScore(siteId: string): Promise<string> {
    const score = this.row(siteId).locator('.ranked-score');
    await score.waitFor();
    return ((await score.textContent()) ?? '').trim();
  }

  /** Press the star of a ranked row; waits until the site is on the shortlist. */
  async starRankedSite(siteId: string): Promise<void> {
    await this.row(siteId).locator('.ranked-star').click();
    await this.page.locator(`.sl-item[data-site-id="${siteId}"]`).waitFor();
  }

  /** Open the ranked row of a site by keyboard (focus, Enter). */
  async openRankedSite(siteId: string): Promise<void> {
    await this.row(siteId).locator('.ranked-open').focus();
    await this.page.keyboard.press('Enter');
  }

  /** Point at a ranked row with the mouse (the map highlights its site). */
  async hoverRankedSite(siteId: string): Promise<void> {
    await this.row(siteId).locator('.ranked-open').hover();
  }

  /** Wait until keyboard focus is on the ranked row of `siteId` (e.g. back from its card). */
  async waitForFocusOnRow(siteId: string): Promise<void> {
    await this.page.waitForFunction((id) => (document.activeElement?.closest('.ranked-row') as HTMLElement | null)?.dataset.siteId === id, siteId);
  }
}
