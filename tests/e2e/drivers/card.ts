/** The site card: what it says about the selected site, its star, print and close. */
import type { Page } from 'playwright-core';

/** The card of the selected site. */
export class SiteCard {
  constructor(private readonly page: Page) {}

  private root() {
    return this.page.locator('.site-card');
  }

  /** Wait for a card (of `siteId`, when given) to show; resolves with its site id. */
  async waitFor(siteId?: string): Promise<string> {
    const card = siteId ? this.page.locator(`.site-card[data-site-id="${siteId}"]`) : this.root();
    await card.waitFor();
    return (await card.getAttribute('data-site-id')) ?? '';
  }

  /** Site id of the open card, '' when none is open. */
  async siteId(): Promise<string> {
    return (await this.root().count()) ? ((await this.root().getAttribute('data-site-id')) ?? '') : '';
  }

  /** Everything the card says, as text. */
  async text(): Promise<string> {
    return (await this.root().textContent()) ?? '';
  }

  /** The card's heading (the site's name). */
  async title(): Promise<string> {
    return (await this.root().locator('h2').textContent()) ?? '';
  }

  /** The card's status, evidence, address and 2013 sections as text. */
  async sections(): Promise<{ status: string; evidence: string; address: string; past: string }> {
    await this.root().waitFor();
    const text = async (id: string) => ((await this.root().getByTestId(id).textContent()) ?? '').replace(/\s+/g, ' ').trim();
    return { status: await text('site-status'), evidence: await text('site-evidence'), address: await text('site-address'), past: await text('site-2013') };
  }

  /** Wait until the card's status section says `text` (e.g. after a language switch). */
  async waitForStatus(text: string): Promise<void> {
    await this.page.waitForFunction((t) => document.querySelector('.site-card [data-testid="site-status"]')?.textContent?.includes(t), text);
  }

  /** The card's sections (test ids) in document order, to check what it leads with. */
  sectionOrder(): Promise<string[]> {
    return this.root().locator('[data-testid]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid ?? ''));
  }

  /** The card's fact for a label (e.g. "Nearest stop"), '' when it shows none. */
  fact(label: string): Promise<string> {
    return this.root().locator('dt').evaluateAll((dts, l) => dts.find((d) => d.textContent === l)?.nextElementSibling?.textContent ?? '', label);
  }

  /** Points beside the bars of the card's score breakdown ("+6,6"). */
  async breakdownPoints(): Promise<string[]> {
    await this.root().locator('.breakdown-points').first().waitFor();
    return this.root().locator('.breakdown-points').allTextContents();
  }

  /** How many criteria the score breakdown shows and how many sectors the "every sector" table lists. */
  async scoreTables(): Promise<{ criteria: number; sectors: number }> {
    return { criteria: await this.root().locator('.breakdown-row').count(), sectors: await this.root().locator('.all-sectors tr').count() };
  }

  /** Press the card's star; waits until the site is on the shortlist. */
  async star(): Promise<void> {
    const id = await this.siteId();
    await this.root().locator('.star').click();
    await this.page.locator(`.sl-item[data-site-id="${id}"]`).waitFor();
  }

  /** Whether the card's star is pressed. */
  async isStarred(): Promise<boolean> {
    return (await this.root().locator('.star').getAttribute('aria-pressed')) === 'true';
  }

  /** Open the print view of this site alone. */
  async print(): Promise<void> {
    await this.root().locator('.print-site').click();
    await this.page.locator('.print-sheet').first().waitFor();
  }

  /** Close the card with the Escape key and wait until it is gone. */
  async closeWithEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.root().waitFor({ state: 'detached' });
  }
}
