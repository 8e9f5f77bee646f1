import { describe, expect, it } from 'vitest';
import { en, fr, nl } from './dict.ts';
import { plannerEn, plannerFr, plannerNl } from './dictPlanner.ts';
import { userSitesUiEn, userSitesUiFr, userSitesUiNl } from './dictUserSitesUi.ts';
import { initialLanguage, languageFromNavigator, pickName, rememberLanguage, rememberedLanguage, t, withColon, type KeyValueStore } from './i18n.ts';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const broken: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceeded');
  },
};

describe('i18n', () => {
  it('has every key, non-empty, in each language', () => {
    for (const [e, ...others] of [[en, fr, nl], [plannerEn, plannerFr, plannerNl], [userSitesUiEn, userSitesUiFr, userSitesUiNl]] as Record<string, string>[][])
      for (const d of others) expect(Object.keys(d).sort()).toEqual(Object.keys(e!).sort());
    // the lazily loaded views' strings reach t() once their modules load (they are imported above)
    expect(t('nl', 'plHeading')).toBe(plannerNl.plHeading);
    expect(t('fr', 'usDraw')).toBe(userSitesUiFr.usDraw);
    for (const d of [fr, nl]) {
      expect(Object.keys(d).sort()).toEqual(Object.keys(en).sort());
      for (const v of Object.values(d)) expect(v.length).toBeGreaterThan(0);
    }
  });
  it('takes the browser preference', () => {
    expect(languageFromNavigator(['nl-BE', 'fr'])).toBe('nl');
    expect(languageFromNavigator(['de-DE', 'en-US'])).toBe('en');
    expect(languageFromNavigator(['de'])).toBe('fr');
    expect(languageFromNavigator(undefined)).toBe('fr');
  });
  it('remembers the choice and survives broken storage', () => {
    const s = memory();
    rememberLanguage(s, 'nl');
    expect(rememberedLanguage(s)).toBe('nl');
    expect(initialLanguage(s, ['en'])).toBe('nl');
    s.data.set('bile.lang', 'xx');
    expect(initialLanguage(s, ['en'])).toBe('en');
    expect(() => rememberLanguage(broken, 'fr')).not.toThrow();
    expect(initialLanguage(broken, ['nl'])).toBe('nl');
    expect(initialLanguage(undefined, [])).toBe('fr');
  });
  it('fills placeholders and picks names', () => {
    expect(t('en', 'unnamedSite', { status: 'Available', commune: 'Anderlecht' })).toBe('Available site in Anderlecht');
    expect(pickName('nl', 'Ixelles', 'Elsene')).toBe('Elsene');
    expect(pickName('en', 'Ixelles', 'Elsene')).toBe('Ixelles');
    expect(pickName('nl', 'Ixelles', '')).toBe('Ixelles');
  });
});

describe('withColon', () => {
  it('puts a no-break space before the colon in French only', () => {
    expect(withColon('fr', 'Sources des données')).toBe('Sources des données\u00a0:');
    expect(withColon('nl', 'Gegevensbronnen')).toBe('Gegevensbronnen:');
    expect(withColon('en', 'Data sources')).toBe('Data sources:');
  });
});
