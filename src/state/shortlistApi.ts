/**
 * What the shortlist views read and call: the list with its notices, the shared list waiting for a choice and the
 * print sheet. The contract between the app's shortlist hook (src/app/useShortlist.ts) and the UI, so neither
 * imports the other.
 */
import type { Shortlist, ShortlistAction, ShortlistItem } from './shortlist.ts';
import type { LoadProblem } from './shortlistStorage.ts';

/** Something the user should know about the stored or shared shortlist. */
export type ShortlistNotice =
  | { kind: 'load'; problem: LoadProblem; dropped: number; backedUp: boolean }
  | { kind: 'shortened'; count: number; backupKey?: string }
  | { kind: 'save'; problem: 'full' | 'unavailable' };

/** A shared list waiting for the user's choice. */
export interface SharedOffer {
  items: ShortlistItem[];
  partial: boolean;
}

/** What the shortlist UI needs. */
export interface ShortlistApi {
  list: Shortlist;
  dispatch(action: ShortlistAction): void;
  isStarred(siteId: string): boolean;
  toggle(siteId: string): void;
  notices: ShortlistNotice[];
  dismiss(notice: ShortlistNotice): void;
  /** True while saving is held back to protect unreadable stored data. */
  saveBlocked: boolean;
  /** False when the stored data could not be read at all: it is never overwritten, even on request. */
  canOverwrite: boolean;
  allowOverwrite(): void;
  offer: SharedOffer | null;
  resolveOffer(choice: 'replace' | 'merge' | 'keep'): void;
  /** Full URL of the current page (sector, view…) with the shortlist added; counts of what did not fit. */
  shareUrl(): { url: string; droppedNotes: number; droppedItems: number };
  /** Site ids shown in the print view, or null when it is closed. */
  sheet: string[] | null;
  openSheet(siteIds: string[] | null): void;
}
