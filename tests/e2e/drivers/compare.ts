/** The comparison of 2–4 shortlisted sites: one column per site, the best value of each row marked. */
import type { Page } from 'playwright-core';

/** The compare panel. */
export class ComparePanel {
  constructor(private readonly page: Page) {}

  private table() {
    return this.page.locator('.compare-table');
  }

  /** Tick the given shortlisted sites and open the comparison. */
  async open(siteIds: readonly string[]): Promise<void> {
    for (const id of siteIds) await this.page.locator(`.sl-item[data-site-id="${id}"] .sl-pick`).check();
    await this.page.locator('.compare-open').click();
    await this.table().waitFor();
  }

  /** Whether the comparison is open. */
  async isOpen(): Promise<boolean> {
    return (await this.page.locator('.compare-panel').count()) > 0;
  }

  /** Close the comparison with its close button and wait until it is gone. */
  async close(): Promise<void> {
    await this.page.locator('.compare-panel .close').click();
    await this.page.locator('.compare-panel').waitFor({ state: 'detached' });
  }

  /** Cells of a row (by its key, e.g. `areaM2` or `score:construction`), one per site. */
  cells(row: string): Promise<string[]> {
    return this.table().locator(`tr[data-row="${row}"] td`).allTextContents();
  }

  /** Columns (0 = first site) whose cell of a row is marked best. */
  bestColumns(row: string): Promise<number[]> {
    return this.table()
      .locator(`tr[data-row="${row}"] td`)
      .evaluateAll((tds) => tds.flatMap((td, i) => (td.getAttribute('data-best') === 'true' ? [i] : [])));
  }

  /** Text of the cells of a row drawn as best (what a user reads beside the value). */
  bestCellTexts(row: string): Promise<string[]> {
    return this.table().locator(`tr[data-row="${row}"] td.best`).allTextContents();
  }

  /** Number of rows in the table. */
  rowCount(): Promise<number> {
    return this.table().locator('tbody tr').count();
  }

  /** Number of shapes drawn in the panel's site sketches. */
  sketchShapes(): Promise<number> {
    return this.page.locator('.compare-panel svg.site-sketch path').count();
  }
}
