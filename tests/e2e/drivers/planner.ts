/**
 * The planner view as a planner uses it: switch to it, pick an indicator, sort the municipality table, open a
 * municipality's sheet (waiting until the map has fitted it), read the choropleth legend, download the table and
 * print the sheet. Waits on the app's signals: <html data-planner-drawn> and <html data-map-fitted>.
 */
import type { Page } from 'playwright-core';
import { buffer } from 'node:stream/consumers';

/** One row of the municipality table: its NIS code, name and cells by column id. */
export interface TableRow {
  nis: string;
  name: string;
  cells: Record<string, string>;
}

/** The planner view of one tab. */
export class PlannerPanel {
  constructor(private readonly page: Page) {}

  /** Switch to the planner view and wait until its table is filled and the map has drawn the choropleth. */
  async open(): Promise<void> {
    await this.page.locator('.mode-planner').click();
    await this.waitForTable();
    await this.waitForMapColours();
  }

  /** Wait until the table lists its municipalities. */
  async waitForTable(): Promise<void> {
    await this.page.locator('.pl-table tbody tr').first().waitFor();
  }

  /** Wait until the map has drawn the choropleth of the current indicator and selection (the app's key). */
  async waitForMapColours(): Promise<string> {
    const handle = await this.page.waitForFunction(() => {
      const key = document.documentElement.dataset.plannerDrawn;
      const ind = document.querySelector<HTMLSelectElement>('.pl-picker select')?.value;
      return key && ind && key.startsWith(`${ind}:`) ? key : false;
    });
    return (await handle.jsonValue()) as string;
  }

  /** Choose the indicator in the picker; waits until the legend and the map show it. */
  async chooseIndicator(id: string): Promise<void> {
    await this.page.locator('.pl-picker select').selectOption(id);
    await this.page.locator(`[data-scope="municipalities"].choropleth-legend[data-indicator="${id}"]`).waitFor();
    await this.waitForMapColours();
  }

  /** Sort the table by a column until its header says `descending`. */
  async sortDescending(column: string): Promise<void> {
    const th = this.page.locator(`.pl-table th[data-col="${column}"]`);
    for (let i = 0; i < 3 && (await th.getAttribute('aria-sort')) !== 'descending'; i++) await th.locator('button.pl-sort').click();
    if ((await th.getAttribute('aria-sort')) !== 'descending') throw new Error(`the ${column} column does not sort descending`);
  }

  /** The table's municipality rows, top to bottom. */
  rows(): Promise<TableRow[]> {
    return this.page.locator('.pl-table tbody tr').evaluateAll((trs) => {
      const cols = [...document.querySelectorAll('.pl-table thead th')].map((th) => th.getAttribute('data-col') ?? '');
      return trs.map((tr) => ({
        nis: tr.getAttribute('data-nis') ?? '',
        name: tr.querySelector('.pl-name')?.textContent ?? '',
        cells: Object.fromEntries([...tr.children].map((c, i) => [cols[i] ?? String(i), c.textContent ?? ''])),
      }));
    });
  }

  /** The region row's cells by column id. */
  regionRow(): Promise<Record<string, string>> {
    return this.page.locator('.pl-region-row').evaluate((tr) => {
      const cols = [...document.querySelectorAll('.pl-table thead th')].map((th) => th.getAttribute('data-col') ?? '');
      return Object.fromEntries([...tr.children].map((c, i) => [cols[i] ?? String(i), c.textContent ?? '']));
    });
  }

  /** Click a municipality's name in the table; waits until its sheet shows and the map has fitted it. */
  async openMunicipality(nis: string): Promise<void> {
    await this.page.locator(`button.pl-name[data-nis="${nis}"]`).click();
    await this.waitForSheet(nis);
  }

  /**
   * Wait until the sheet of `nis` shows and the map has fitted it (<html data-map-fitted>), and the URL carries a
   * camera: the app writes `map=` after the move's end, which can come after the map's idle.
   */
  async waitForSheet(nis: string): Promise<void> {
    await this.page.locator(`.pl-sheet[data-nis="${nis}"]`).waitFor();
    await this.page.waitForFunction((n) => document.documentElement.dataset.mapFitted === n && location.hash.includes('map='), nis);
  }

  /** What the open sheet says. */
  async sheet(): Promise<{ nis: string; title: string; text: string; losses: number; statusBars: number }> {
    const s = this.page.locator('.pl-sheet');
    return {
      nis: (await s.getAttribute('data-nis')) ?? '',
      title: ((await s.locator('.pl-sheet-name').textContent()) ?? '').trim(),
      text: (await s.textContent()) ?? '',
      losses: await s.locator('.pl-loss').count(),
      statusBars: await s.locator('svg').count(),
    };
  }

  /** The legend's title and class lines. */
  async legend(): Promise<{ indicator: string; title: string; classes: string[] }> {
    const l = this.page.locator('.choropleth-legend[data-scope="municipalities"]');
    return {
      indicator: (await l.getAttribute('data-indicator')) ?? '',
      title: ((await l.locator('.pl-legend-title').textContent()) ?? '').trim(),
      classes: (await l.locator('li').allTextContents()).map((s) => s.trim()),
    };
  }

  /** Download the table as CSV: the file's name and text. */
  async downloadCsv(): Promise<{ name: string; text: string }> {
    const [d] = await Promise.all([this.page.waitForEvent('download'), this.page.locator('button.pl-download').click()]);
    return { name: d.suggestedFilename(), text: (await buffer(await d.createReadStream())).toString('utf8') };
  }

  /** Open the print view of the open sheet and return how many A4 pages its PDF has. */
  async printedPages(): Promise<number> {
    await this.page.locator('.pl-sheet .pl-print').click();
    await this.page.locator('.pl-print-view').waitFor();
    const pdf = await this.page.pdf({ format: 'A4', printBackground: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  }

  /** Bars of the chart a keyboard can reach (focusable elements inside its SVG). */
  focusableBars(): Promise<number> {
    return this.page.locator('.planner-view svg [tabindex="0"]').count();
  }

  /** Focus the first chart bar and press Enter, as a keyboard user would. */
  async openFirstBarByKeyboard(): Promise<void> {
    await this.page.locator('.planner-view svg [tabindex="0"]').first().focus();
    await this.page.keyboard.press('Enter');
  }
}
