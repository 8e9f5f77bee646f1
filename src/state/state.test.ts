import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, hashPairs, parseView } from './hash.ts';
import { initialState, update, sharedOf, type AppState } from './state.ts';
import { toggleIds } from './toggles.ts';

describe('update', () => {
  const s0 = initialState('fr');
  it('toggles layers in catalogue order and returns the same object on no-op', () => {
    const s1 = update(s0, { type: 'toggleLayer', id: 'villo' });
    expect(s1.visible).toContain('villo');
    expect(s1.visible).toEqual(toggleIds.filter((id) => s1.visible.includes(id)));
    expect(update(s1, { type: 'toggleLayer', id: 'villo', on: true })).toBe(s1);
    expect(update(s1, { type: 'toggleLayer', id: 'villo' }).visible).not.toContain('villo');
  });
  it('selects, hovers, sets language and view', () => {
    const s1 = update(s0, { type: 'selectSite', siteId: 'a' });
    expect(s1.selectedSiteId).toBe('a');
    expect(update(s1, { type: 'selectSite', siteId: 'a' })).toBe(s1);
    expect(update(s0, { type: 'hoverSite', siteId: 'b' }).hoveredSiteId).toBe('b');
    expect(update(s0, { type: 'setLang', lang: 'nl' }).lang).toBe('nl');
    const v = { lng: 4.35, lat: 50.85, zoom: 11, bearing: 0 };
    const s2 = update(s0, { type: 'setView', view: v });
    expect(update(s2, { type: 'setView', view: { ...v, lng: 4.350000001 } })).toBe(s2);
  });
  it('applies a shared state over defaults', () => {
    const s1 = update(s0, { type: 'applyShared', shared: { lang: 'en', visible: ['villo', 'sites', 'villo'] } });
    expect(s1.lang).toBe('en');
    expect(s1.visible).toEqual(['sites', 'villo']);
    expect(s1.selectedSiteId).toBeNull();
  });
});

describe('hash', () => {
  it('round-trips the shared state, keeping unknown keys', () => {
    let s: AppState = initialState('nl');
    s = update(s, { type: 'setView', view: { lng: 4.35123, lat: 50.84567, zoom: 12.5, bearing: 30 } });
    s = update(s, { type: 'selectSite', siteId: 'osm-landuse-123&x=1' });
    s = { ...s, extraHash: { future: 'x1' } };
    const h = encodeHash(sharedOf(s));
    expect(h).toMatch(/^#map=12\.50\/50\.84567\/4\.35123\/30&layers=/);
    const back = decodeHash(h);
    expect(back.view).toEqual(s.view);
    expect(back.visible).toEqual(s.visible);
    expect(back.lang).toBe('nl');
    expect(back.selectedSiteId).toBe('osm-landuse-123&x=1');
    expect(back.extraHash).toEqual({ future: 'x1' });
    expect(encodeHash(back)).toBe(h);
  });
  it('ignores invalid values', () => {
    expect(decodeHash('#map=99/1/2&lang=de&layers=nope,sites').view).toBeUndefined();
    expect(decodeHash('#lang=de').lang).toBeUndefined();
    expect(decodeHash('#layers=nope,sites').visible).toEqual(['sites']);
    expect(decodeHash('#layers=').visible).toEqual([]);
    expect(parseView('12/95/4')).toBeUndefined();
    expect(parseView('12/50/4/-90')?.bearing).toBe(270);
    expect(hashPairs('#%E0%A4%A=1&a=%&b=2').get('b')).toBe('2');
  });
  it('never throws on random input (seeded fuzz)', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = '#&=/%,.-_ab01zé<>"\'\\ \u0000\uD800map=layers=lang=site=';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = Math.floor(rnd() * 60);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const d = decodeHash(s);
      expect(() => encodeHash(d)).not.toThrow();
      if (d.view) expect(Number.isFinite(d.view.zoom)).toBe(true);
    }
    expect(() => decodeHash('x'.repeat(100_000))).not.toThrow();
  });
});
