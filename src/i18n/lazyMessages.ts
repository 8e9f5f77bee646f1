/**
 * Messages of views that load on demand (the planner view, the user-sites panel): their dictionaries register here
 * when their chunk loads, and `t()` reads them after the ones loaded at start. A leaf: imports nothing, so the lazy
 * dictionaries can register without importing `i18n.ts` (which imports every dictionary's keys).
 */

/** Registered messages per language code. */
export const lazyMessages: Record<'fr' | 'nl' | 'en', Record<string, string>> = { fr: {}, nl: {}, en: {} };

/** Register a view's messages in the three languages (keys are typed in dict.ts as `LazyKey`). */
export function addMessages(messages: Record<'fr' | 'nl' | 'en', Record<string, string>>): void {
  for (const l of ['fr', 'nl', 'en'] as const) Object.assign(lazyMessages[l], messages[l]);
}
