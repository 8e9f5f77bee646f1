/**
 * "Your sites" as a user meets it: open the fold-out, draw a polygon on the map and name it, import a file through
 * the file button (answering the panel's questions), read the summary or the refusal, list and remove sites.
 * Waits on the app's signals: <html data-drawing> while the map takes the clicks, the panel's summary or alert.
 */
import type { Page } from 'playwright-core';
import type { MapCanvas } from './map.ts';

/** What an import ended with: the summary (`ok`) or the refusal's message. */
export interface ImportOutcome {
  ok: boolean;
  text: string;
}

/** The user-sites fold-out of one tab. */
export class UserSitesPanel {
  constructor(
    private readonly page: Page,
    private readonly map: MapCanvas,
  ) {}

  /** Open the fold-out and wait until its panel is loaded. */
  async open(): Promise<void> {
    const details = this.page.locator('.user-sites-details');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('> summary').click();
    await this.page.locator('.user-sites').waitFor();
  }

  /** The fold-out's title, e.g. "Your sites (2)". */
  async title(): Promise<string> {
    return ((await this.page.locator('.user-sites-details > summary').textContent()) ?? '').trim();
  }

  /** Names of the user's sites, in list order. */
  async names(): Promise<string[]> {
    await this.open();
    return (await this.page.locator('.us-list .us-name').allTextContents()).map((s) => s.trim());
  }

  /** Ids of the user's sites, in list order. */
  async ids(): Promise<string[]> {
    await this.open();
    return this.page.locator('.us-list li[data-site]').evaluateAll((els) => els.map((e) => e.getAttribute('data-site') ?? ''));
  }

  /**
   * Draw a polygon through `corners` (lng/lat, at least three) on the map as a user would: press "Draw a site",
   * click each corner, click the first again to close it, type the name and save; resolves with the summary.
   */
  async draw(corners: readonly (readonly [number, number])[], name: string): Promise<ImportOutcome> {
    await this.open();
    await this.page.locator('.us-draw-button').click();
    await this.page.waitForFunction(() => document.documentElement.dataset.drawing === 'draw');
    for (const [lng, lat] of [...corners, corners[0]!]) {
      const p = await this.map.pointOf(lng, lat);
      await this.page.mouse.click(p.x, p.y);
    }
    const field = this.page.locator('.us-name-form input');
    await field.waitFor();
    await field.fill(name);
    await this.page.locator('.us-name-form .us-primary').click();
    return this.outcome();
  }

  /**
   * Import a file through the file button. `answers` replies to the questions the panel may ask, in order:
   * `crs` picks a coordinate system by its label, `area` types an area for point sites ('' leaves it empty).
   */
  async importFile(name: string, bytes: Buffer | string, answers: { crs?: string; area?: string } = {}): Promise<ImportOutcome> {
    await this.open();
    await this.page.locator('.us-file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes });
    for (;;) {
      await this.page.locator('.us-summary, .us-failed, .us-question').first().waitFor();
      const question = this.page.locator('.us-question');
      if ((await question.count()) === 0) return this.outcome();
      const text = (await question.textContent()) ?? '';
      if (await question.locator('input[type="radio"]').count()) {
        if (!answers.crs) throw new Error(`the panel asks for a coordinate system, and the test gave none: ${text}`);
        await question.getByLabel(answers.crs).check();
        await question.locator('button[type="submit"]').click();
      } else if (await question.locator('input').count()) {
        await question.locator('input').fill(answers.area ?? '');
        await question.locator('button[type="submit"]').click();
      } else throw new Error(`unexpected question: ${text}`);
      await question.first().waitFor({ state: 'detached' }).catch(() => undefined);
    }
  }

  /** Import a file from disk through the file button (for files too large to hand over as a buffer). */
  async importPath(path: string): Promise<ImportOutcome> {
    await this.open();
    await this.page.locator('.us-file-input').setInputFiles(path);
    return this.outcome();
  }

  /** Wait for the import's end and say how it ended. */
  async outcome(): Promise<ImportOutcome> {
    const end = this.page.locator('.us-summary, .us-failed').first();
    await end.waitFor();
    const ok = (await this.page.locator('.us-summary').count()) > 0;
    return { ok, text: ((await end.textContent()) ?? '').trim() };
  }

  /** Remove every site (with the confirm step). */
  async removeAll(): Promise<void> {
    await this.open();
    await this.page.locator('.us-remove-all').click();
    await this.page.locator('.us-confirm .us-danger').click();
    await this.page.locator('.us-list').waitFor({ state: 'detached' });
  }
}
