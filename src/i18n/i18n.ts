/** Language choice and message lookup; no DOM access except through the injected environment. */
import { en, fr, nl, type MessageKey } from './dict.ts';
import { lazyMessages } from './lazyMessages.ts';

export const languages = ['fr', 'nl', 'en'] as const;
/** One UI language. */
export type Lang = (typeof languages)[number];

const dicts: Record<Lang, Partial<Record<MessageKey, string>>> = { fr, nl, en };
const storageKey = 'bile.lang';

/** True when the value is a supported language code. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** First supported language among the browser's preferences ('fr-BE' → 'fr'), or French (the region's majority). */
export function languageFromNavigator(prefs: readonly string[] | undefined): Lang {
  for (const p of prefs ?? []) {
    const code = p.toLowerCase().split('-')[0];
    if (isLang(code)) return code;
  }
  return 'fr';
}

/** Minimal storage surface, so tests can pass a fake and a blocked localStorage does not break the app. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Remembered language, if storage works and holds a valid one. */
export function rememberedLanguage(store: KeyValueStore | undefined): Lang | undefined {
  try {
    const v = store?.getItem(storageKey);
    return isLang(v) ? v : undefined;
  } catch {
    return undefined; // storage disabled (privacy mode, sandboxed iframe)
  }
}

/** Remember the language; silently does nothing when storage is unavailable. */
export function rememberLanguage(store: KeyValueStore | undefined, lang: Lang): void {
  try {
    store?.setItem(storageKey, lang);
  } catch {
    // storage full or disabled: the choice lasts for the session only
  }
}

/** Language to start with: remembered choice, else the browser's. */
export function initialLanguage(store: KeyValueStore | undefined, prefs: readonly string[] | undefined): Lang {
  return rememberedLanguage(store) ?? languageFromNavigator(prefs);
}

/** Message in the language, with `{name}` placeholders filled from params (as plain text). */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string>): string {
  // a key of a view whose messages are not registered yet reads as the key: visible in tests, never blank
  const s = dicts[lang][key] ?? lazyMessages[lang][key] ?? key;
  if (!params) return s;
  return s.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
}

/** Pick the FR or NL value of a bilingual pair; English uses French (the data has no English names). */
export function pickName(lang: Lang, nameFr: string | undefined, nameNl: string | undefined): string {
  const primary = lang === 'nl' ? nameNl : nameFr;
  const other = lang === 'nl' ? nameFr : nameNl;
  return (primary && primary.trim()) || (other && other.trim()) || '';
}

/** `label` followed by a colon as the language writes it: French puts a no-break space before it. */
export function withColon(lang: Lang, label: string): string {
  return lang === 'fr' ? `${label}\u00a0:` : `${label}:`;
}

/** Browser locale tag for number formatting. */
export function locale(lang: Lang): string {
  return lang === 'fr' ? 'fr-BE' : lang === 'nl' ? 'nl-BE' : 'en-GB';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number formatter for the language with at most `maxFractionDigits` decimals; built once (lists format on every hover). */
export function numberFormat(lang: Lang, maxFractionDigits = 3): Intl.NumberFormat {
  const key = `${lang}:${maxFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxFractionDigits })));
  return f;
}

export type { MessageKey } from './dict.ts';
