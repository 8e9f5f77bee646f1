/** The print view: one A4 sheet per site, the presenter fields in its toolbar, and the PDF it prints to. */
import type { Page } from 'playwright-core';

/** What one printed sheet says. */
export interface Sheet {
  siteId: string;
  title: string;
  text: string;
  /** The sheet's score for the current sector, '' when the site fails it. */
  score: string;
  /** The gates the site fails for the current sector, in words ('' when it passes). */
  gates: string;
  note: string;
  /** Cells of each sector row, by sector id. */
  sectors: Record<string, string[]>;
  sources: string[];
  presenter: string;
  sketches: number;
  roads: number;
  streetNames: string[];
}

/** The print view. */
export class PrintView {
  constructor(private readonly page: Page) {}

  private sheetsLocator() {
    return this.page.locator('.print-sheet');
  }

  /** Open the print view of the whole shortlist and wait for its sheets. */
  async openForShortlist(): Promise<void> {
    await this.page.locator('.print-open').click();
    await this.sheetsLocator().first().waitFor();
  }

  /** Close the print view (its toolbar's last button) and wait until the sheets are gone. */
  async close(): Promise<void> {
    await this.page.locator('.print-toolbar button').last().click();
    await this.sheetsLocator().first().waitFor({ state: 'detached' });
  }

  /** Whether the print view is open. */
  async isOpen(): Promise<boolean> {
    return (await this.sheetsLocator().count()) > 0;
  }

  /** Label of the toolbar's close button (in the UI language). */
  async closeLabel(): Promise<string> {
    return ((await this.page.locator('.print-toolbar button').last().textContent()) ?? '').trim();
  }

  /** Type the presenter's name and contact in the toolbar. */
  async typePresenter(name: string, contact: string): Promise<void> {
    await this.page.locator('.print-toolbar .presenter-name').fill(name);
    await this.page.locator('.print-toolbar .presenter-contact').fill(contact);
  }

  /** The presenter fields as the toolbar shows them. */
  async presenterFields(): Promise<{ name: string; contact: string }> {
    return { name: await this.page.locator('.print-toolbar .presenter-name').inputValue(), contact: await this.page.locator('.print-toolbar .presenter-contact').inputValue() };
  }

  /** What each sheet says, in order. */
  sheets(): Promise<Sheet[]> {
    return this.sheetsLocator().evaluateAll((els) =>
      els.map((el) => ({
        siteId: el.getAttribute('data-site-id') ?? '',
        title: el.querySelector('h2')?.textContent ?? '',
        text: el.textContent ?? '',
        score: el.querySelector('.ps-score')?.textContent ?? '',
        gates: el.querySelector('.ps-gates')?.textContent ?? '',
        note: el.querySelector('.ps-note')?.textContent ?? '',
        sectors: Object.fromEntries([...el.querySelectorAll('.ps-sectors tr')].map((tr) => [tr.getAttribute('data-sector') ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')])),
        sources: [...el.querySelectorAll('.ps-sources li')].map((li) => li.textContent ?? ''),
        presenter: el.querySelector('.ps-presenter')?.textContent ?? '',
        sketches: el.querySelectorAll('svg.site-sketch').length,
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
}
