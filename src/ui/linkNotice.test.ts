import { describe, expect, it } from 'vitest';
import { linkNoticeText } from './linkNotice.ts';

describe('link notice', () => {
  it('counts and lists what was ignored, weights above the range once', () => {
    expect(
      linkNoticeText('en', [
        { key: 'layers', part: 'layers=foo', reason: 'unknown' },
        { key: 'sector', part: 'metro-100', reason: 'above-max' },
        { key: 'sector', part: 'canal-9', reason: 'above-max' },
      ]),
    ).toBe('2 parts of this link were not understood and were ignored: layers=foo, weights above 5 (set to 5).');
  });
  it('says why a gate range or a shortlist was left out, in one sentence for one part', () => {
    expect(linkNoticeText('en', [{ key: 'sector', part: 'areaM2-5000_10', reason: 'inverted' }])).toBe(
      'One part of this link was not understood and was ignored: areaM2-5000_10 (minimum above maximum).',
    );
    expect(linkNoticeText('en', [{ key: 'sector', part: 'areaM2--50_', reason: 'negative' }])).toContain('areaM2--50_ (negative value)');
    expect(linkNoticeText('en', [{ key: 'sl', part: 'sl', reason: 'shortlist' }])).toContain('the shared shortlist (too long or cut)');
  });
  it('speaks French and Dutch, and shortens very long parts', () => {
    expect(linkNoticeText('fr', [{ key: 'layers', part: 'layers=foo', reason: 'unknown' }])).toBe(
      'Une partie de ce lien n’a pas été comprise et a été ignorée : layers=foo.',
    );
    expect(linkNoticeText('nl', [{ key: 'a', part: 'a=1', reason: 'unknown' }, { key: 'b', part: 'b=2', reason: 'unknown' }])).toBe(
      '2 delen van deze link werden niet begrepen en genegeerd: a=1, b=2.',
    );
    expect(linkNoticeText('en', [{ key: 'x', part: `x=${'y'.repeat(200)}`, reason: 'unknown' }]).length).toBeLessThan(140);
    expect(linkNoticeText('en', [])).toBe('');
  });
});
