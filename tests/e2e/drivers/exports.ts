/** The export section: scope (shortlist or every passing site), separator, and the downloads it gives. */
import { buffer } from 'node:stream/consumers';
import type { Page } from 'playwright-core';

/** A downloaded file: the name the browser suggests and its text. */
export interface Download {
  name: string;
  text: string;
}

/** The export section of the panel. */
export class ExportPanel {
  constructor(private readonly page: Page) {}

  private async openSection(): Promise<void> {
    const d = this.page.locator('details.export-details');
    if (!(await d.evaluate((el) => (el as HTMLDetailsElement).open))) await d.locator('summary').click();
  }

  /** Choose what to export: the shortlist, or every site passing the filters. */
  async chooseScope(scope: 'shortlist' | 'passing'): Promise<void> {
    await this.openSection();
    await this.page.getByLabel(scope === 'passing' ? /All sites passing the filters/ : /^\s*Shortlist/).check();
  }

  /** How many sites the "every passing site" choice says it holds. */
  async passingCount(): Promise<number> {
    await this.openSection();
    const scope = this.page.getByLabel(/All sites passing the filters/);
    const label = (await this.page.locator('.export-panel label', { has: scope }).textContent()) ?? '';
    return Number(/\((\d+)\)/.exec(label)?.[1]);
  }

  /** Choose the CSV separator by its label (e.g. 'comma ,'). */
  async chooseSeparator(label: string): Promise<void> {
    await this.openSection();
    await this.page.getByLabel(label).check();
  }

  /** Press a download button by its exact name (e.g. 'Download CSV'); the file's name and text. */
  async download(button: string): Promise<Download> {
    await this.openSection();
    const [d] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button, exact: true }).click()]);
    // read as a stream, which works over the connection to the run's browser; Buffer keeps a byte-order mark as text
    return { name: d.suggestedFilename(), text: (await buffer(await d.createReadStream())).toString('utf8') };
  }
}
