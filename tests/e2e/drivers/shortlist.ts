/** The shortlist panel: starred sites, notes, order, its notices, the share link and the offer of a shared list. */
import type { Page } from 'playwright-core';

/** Local-storage key of the shortlist (its backup copy is `${shortlistKey}.backup`). */
export const shortlistKey = 'bxl-explorer.shortlist';

/** A shortlist as this build writes it to local storage (format 1), to start a profile with. */
export function storedShortlist(ids: readonly string[], notes: readonly string[] = []): string {
  return JSON.stringify({ version: 1, items: ids.map((siteId, i) => ({ siteId, note: notes[i] ?? '', addedAt: '2026-11-26T08:00:00Z' })) });
}

/** The shortlist panel. */
export class ShortlistPanel {
  constructor(private readonly page: Page) {}

  private item(siteId: string) {
    return this.page.locator(`.sl-item[data-site-id="${siteId}"]`);
  }

  /** Site ids on the shortlist, in order. */
  ids(): Promise<string[]> {
    return this.page.locator('.sl-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-site-id') ?? ''));
  }

  /** Wait until `siteId` is listed. */
  async waitForSite(siteId: string): Promise<void> {
    await this.item(siteId).waitFor();
  }

  /** Select a site through a link to it (as a pasted link would) and press the star on its card. */
  async starViaCard(siteId: string): Promise<void> {
    await this.page.evaluate((id) => (location.hash = `site=${encodeURIComponent(id)}`), siteId);
    await this.page.locator(`.site-card[data-site-id="${siteId}"]`).waitFor();
    await this.page.locator('.site-card .star').click();
    await this.item(siteId).waitFor();
  }

  /** A note as its field shows it. */
  note(siteId: string): Promise<string> {
    return this.item(siteId).locator('.sl-note').inputValue();
  }

  /** Type a note for a site and leave the field (the note is committed on change). */
  async writeNote(siteId: string, text: string): Promise<void> {
    await this.item(siteId).locator('.sl-note').fill(text);
    await this.item(siteId).locator('.sl-note').press('Tab');
  }

  /** Press a row's "Move up" button. */
  async moveUp(siteId: string): Promise<void> {
    await this.item(siteId).getByRole('button', { name: /Move up/ }).click();
  }

  /** Press a row's "Remove" button and wait until the row is gone. */
  async remove(siteId: string): Promise<void> {
    await this.item(siteId).getByRole('button', { name: /Remove/ }).click();
    await this.item(siteId).waitFor({ state: 'detached' });
  }

  /** Score of a site as its shortlist row shows it. */
  async score(siteId: string): Promise<string> {
    return ((await this.item(siteId).locator('.sl-score').textContent()) ?? '').trim();
  }

  /** Text of the shortlist's notices (storage problems, shortened notes); waits for them to show. */
  async notices(): Promise<string> {
    return (await this.page.locator('.sl-notices').textContent()) ?? '';
  }

  /** Wait until the shortlist's notices say `part`; resolves with all they say. */
  async waitForNotice(part: string): Promise<string> {
    await this.page.waitForFunction((p) => document.querySelector('.sl-notices')?.textContent?.includes(p) ?? false, part);
    return this.notices();
  }

  /** Text of the notice announced as a status (role=status); waits for it to show. */
  async statusNotice(): Promise<string> {
    return (await this.page.locator('.sl-notices[role="status"]').textContent()) ?? '';
  }

  /** Press *Share*; resolves with the link it shows. */
  async share(): Promise<string> {
    await this.page.locator('.share-open').click();
    return this.page.locator('.share-url').inputValue();
  }

  /** The offer to replace the list with a shared one: waits for it and resolves with its text. */
  async waitForOffer(): Promise<string> {
    const offer = this.page.locator('.sl-offer');
    await offer.waitFor();
    return (await offer.textContent()) ?? '';
  }

  /** Whether an offer of a shared list is shown. */
  async hasOffer(): Promise<boolean> {
    return (await this.page.locator('.sl-offer').count()) > 0;
  }

  /** Answer the offer of a shared list: keep mine, or replace it (waits until the offer is gone). */
  async answerOffer(answer: 'keep' | 'replace'): Promise<void> {
    const offer = this.page.locator('.sl-offer');
    await offer.getByRole('button', { name: answer === 'keep' ? 'Keep mine' : 'Replace my shortlist' }).click();
    await offer.waitFor({ state: 'detached' });
  }

  /** Raw text under a local-storage key, read past any getItem override (null when absent). */
  stored(key = shortlistKey): Promise<string | null> {
    return this.page.evaluate((k) => (Object.prototype.hasOwnProperty.call(localStorage, k) ? String(localStorage[k]) : null), key);
  }

  /** Wait until the stored shortlist lists `ids` in this order (when given) and its text contains `contains` (when given). */
  async waitForStored(want: { ids?: readonly string[]; contains?: string }): Promise<void> {
    await this.page.waitForFunction(
      ([k, w]) => {
        const raw = localStorage.getItem(k) ?? '';
        if (w.contains !== undefined && !raw.includes(w.contains)) return false;
        if (!w.ids) return raw !== '';
        try {
          return (JSON.parse(raw) as { items: { siteId: string }[] }).items.map((i) => i.siteId).join() === w.ids.join();
        } catch {
          return false;
        }
      },
      [shortlistKey, want] as const,
    );
  }
}
