import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../i18n/i18n.ts';
import { loadPresenter, presenterKey, presenterLimits, presenterText, savePresenter } from './presenter.ts';

const memory = (): KeyValueStore & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const broken: KeyValueStore = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('presenter block', () => {
  it('remembers the name and contact typed once', () => {
    const s = memory();
    expect(loadPresenter(s)).toEqual({ name: '', contact: '' });
    expect(savePresenter(s, { name: 'Ana Peeters', contact: 'ana@example.be' })).toBe(true);
    expect(loadPresenter(s)).toEqual({ name: 'Ana Peeters', contact: 'ana@example.be' });
    expect(JSON.parse(s.data.get(presenterKey)!)).toMatchObject({ version: 1 });
  });

  it('never throws: blocked or full storage, no storage, damaged or hostile data', () => {
    expect(loadPresenter(broken)).toEqual({ name: '', contact: '' });
    expect(savePresenter(broken, { name: 'x', contact: '' })).toBe(false);
    expect(loadPresenter(undefined)).toEqual({ name: '', contact: '' });
    expect(savePresenter(undefined, { name: 'x', contact: '' })).toBe(false);
    const s = memory();
    for (const bad of ['{', 'null', '[]', '{"version":1,"name":{"x":1},"contact":7}']) {
      s.data.set(presenterKey, bad);
      expect(loadPresenter(s)).toEqual({ name: '', contact: '' });
    }
  });

  it('keeps the text short and on one line', () => {
    const s = memory();
    s.data.set(presenterKey, JSON.stringify({ version: 1, name: `a\nb${'c'.repeat(500)}`, contact: ' tel ' }));
    const p = loadPresenter(s);
    expect(p.name.length).toBe(presenterLimits.maxChars);
    expect(p.name.startsWith('a b')).toBe(true);
    expect(p.contact).toBe('tel');
  });

  it('joins name and contact for the sheet', () => {
    expect(presenterText({ name: 'Ana', contact: 'ana@example.be' })).toBe('Ana · ana@example.be');
    expect(presenterText({ name: '', contact: '02 123 45 67' })).toBe('02 123 45 67');
    expect(presenterText({ name: ' ', contact: '' })).toBe('');
  });
});
