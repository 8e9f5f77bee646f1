/**
 * The presenter's name and contact printed on every site sheet: typed once in the print view and kept in local
 * storage. Nothing here throws: blocked or full storage and damaged data just mean an empty block.
 */
import type { KeyValueStore } from '../i18n/i18n.ts';

/** Who presents the sheets. */
export interface Presenter {
  name: string;
  contact: string;
}

/** Storage key (versioned value). */
export const presenterKey = 'bxl-explorer.presenter';

/** Limits of the presenter block. */
export const presenterLimits = {
  /** Most characters kept per field: one line on the sheet. */
  maxChars: 120,
};

const none: Presenter = { name: '', contact: '' };

/** One line of at most maxChars, whatever was stored or typed. */
function clean(v: unknown): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, presenterLimits.maxChars) : '';
}

/** The browser's local storage, or undefined where reading it throws (privacy mode, sandboxed frame). */
export function browserStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The remembered presenter; empty fields when nothing (readable) is stored. */
export function loadPresenter(store: KeyValueStore | undefined): Presenter {
  try {
    const raw: unknown = JSON.parse(store?.getItem(presenterKey) ?? 'null');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...none };
    const o = raw as Record<string, unknown>;
    return { name: clean(o.name), contact: clean(o.contact) };
  } catch {
    return { ...none };
  }
}

/** Remembers the presenter; false when the browser refuses (the block still prints for this session). */
export function savePresenter(store: KeyValueStore | undefined, p: Presenter): boolean {
  if (!store) return false;
  try {
    store.setItem(presenterKey, JSON.stringify({ version: 1, name: clean(p.name), contact: clean(p.contact) }));
    return true;
  } catch {
    return false;
  }
}

/** "Name · contact" for the sheet, '' when both are empty. */
export function presenterText(p: Presenter): string {
  return [clean(p.name), clean(p.contact)].filter(Boolean).join(' · ');
}
