import { describe, expect, it } from 'vitest';
import { decodeHash, encodeHash, hashPairs, parseView } from './hash.ts';
import { initialState, update, sharedOf, type AppState } from './state.ts';
import { defaultVisible, toggleIds } from './toggles.ts';
import { encodeShortlistParam } from './shortlistShare.ts';

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
  it('unknown layer ids fall back to the default layers when none is known, and are reported', () => {
    const d = decodeHash('#layers=foo');
    expect(d.visible).toBeUndefined();
    expect(update(initialState('en'), { type: 'applyShared', shared: d }).visible).toEqual(defaultVisible);
    expect(d.ignored).toEqual([{ key: 'layers', part: 'layers=foo', reason: 'unknown' }]);
    expect(decodeHash('#layers=sites,foo,bar').ignored).toEqual([{ key: 'layers', part: 'layers=foo,bar', reason: 'unknown' }]);
    expect(decodeHash('#layers=').ignored).toEqual([]);
    expect(decodeHash('#layers=,,nope&site=').ignored).toEqual([{ key: 'layers', part: 'layers=nope', reason: 'unknown' }]);
  });
  it('falls back per key, reporting what was ignored in the sector, language, view and unknown keys', () => {
    const d = decodeHash('#map=99/1/2&lang=de&layers=sites&sector=construction*statuses-nope*metro-100*areaM2-5000_10&future=1');
    expect(d.visible).toEqual(['sites']);
    expect(d.scoring?.sector).toBe('construction');
    expect(d.scoring?.weights.metro).toBe(5);
    expect(d.ignored).toEqual([
      { key: 'map', part: 'map=99/1/2', reason: 'unknown' },
      { key: 'lang', part: 'lang=de', reason: 'unknown' },
      { key: 'sector', part: 'statuses-nope', reason: 'unknown' },
      { key: 'sector', part: 'metro-100', reason: 'above-max' },
      { key: 'sector', part: 'areaM2-5000_10', reason: 'inverted' },
      { key: 'future', part: 'future=1', reason: 'unknown' },
    ]);
    expect(decodeHash('#sector=bakery').ignored).toEqual([{ key: 'sector', part: 'sector=bakery', reason: 'unknown' }]);
    expect(decodeHash(encodeHash(sharedOf(initialState('nl')))).ignored).toEqual([]);
  });
  it('an oversized or cut shortlist is reported, and the rest of the link still applies', () => {
    const big = decodeHash(`#sl=1.${'A'.repeat(9000)}&sector=health&lang=nl`);
    expect(big.scoring?.sector).toBe('health');
    expect(big.lang).toBe('nl');
    expect(big.ignored).toEqual([{ key: 'sl', part: 'sl', reason: 'shortlist' }]);
    const sl = encodeShortlistParam([{ siteId: 'osm-1', note: 'n', addedAt: '' }, { siteId: 'osm-2', note: '', addedAt: '' }]).param;
    expect(decodeHash(`#sl=${sl}`).ignored).toEqual([]);
    expect(decodeHash(`#sl=${sl.slice(0, -1)}`).ignored).toEqual([{ key: 'sl', part: 'sl', reason: 'shortlist' }]);
    const huge = decodeHash(`#sector=health&future=${'x'.repeat(20_000)}`);
    expect(huge.scoring?.sector).toBe('health');
    expect(huge.ignored).toEqual([{ key: 'future', part: 'future', reason: 'unknown' }]);
  });
  it('keeps the ignored parts in the state until dismissed; a link without problems clears them', () => {
    const s1 = update(initialState('en'), { type: 'applyShared', shared: decodeHash('#layers=foo') });
    expect(s1.linkIgnored).toHaveLength(1);
    expect(update(s1, { type: 'applyShared', shared: { lang: 'fr' } }).linkIgnored).toBe(s1.linkIgnored);
    const s2 = update(s1, { type: 'dismissLinkNotice' });
    expect(s2.linkIgnored).toEqual([]);
    expect(update(s2, { type: 'dismissLinkNotice' })).toBe(s2);
    expect(update(s1, { type: 'applyShared', shared: decodeHash('#layers=sites') }).linkIgnored).toEqual([]);
  });
  it('carries the planner view through a link: mode, indicator and municipality; a link without it closes the view', () => {
    const open = update(initialState('nl'), { type: 'planner', action: { type: 'open', on: true } });
    const chosen = update(update(open, { type: 'planner', action: { type: 'indicator', id: 'lostHa' } }), { type: 'planner', action: { type: 'select', nis: '21004' } });
    const hash = encodeHash(sharedOf(chosen));
    expect(hash).toContain('planner=lostHa/21004');
    const restored = update(initialState('en'), { type: 'applyShared', shared: decodeHash(hash) });
    expect(restored.planner).toMatchObject({ on: true, indicator: 'lostHa', nis: '21004' });
    expect(update(restored, { type: 'applyShared', shared: decodeHash('#lang=fr') }).planner.on).toBe(false);
    const bad = decodeHash('#planner=bogus/21004');
    expect(bad.planner).toMatchObject({ on: true, indicator: 'productiveHa', nis: '21004' });
    expect(bad.ignored?.[0]).toMatchObject({ key: 'planner', reason: 'unknown' });
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
