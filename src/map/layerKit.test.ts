import { describe, expect, it } from 'vitest';
import { escapeHtml } from './layerKit.ts';

describe('escapeHtml', () => {
  it('neutralises markup in attribution strings', () => {
    expect(escapeHtml('© OSM <img src=x onerror=alert(1)> & "co"')).toBe('© OSM &#60;img src=x onerror=alert(1)&#62; &#38; &#34;co&#34;');
  });
});
