import { describe, expect, it } from 'vitest';
import { resolveGeodataPath } from './paths.ts';

const base = 'https://maps.example.be/app/geodata/';

describe('resolveGeodataPath', () => {
  it('accepts plain relative paths under the geodata base', () => {
    expect(resolveGeodataPath('sites.fgb', base)).toEqual({ ok: true, url: 'https://maps.example.be/app/geodata/sites.fgb' });
    expect(resolveGeodataPath('basemap/water.pmtiles', base)).toEqual({ ok: true, url: 'https://maps.example.be/app/geodata/basemap/water.pmtiles' });
    expect(resolveGeodataPath('./region.fgb', base)).toMatchObject({ ok: true, url: 'https://maps.example.be/app/geodata/region.fgb' });
  });

  const hostile: [string, string][] = [
    ['leading space before a URL', ' http://evil.example/x.fgb'],
    ['trailing space', 'sites.fgb '],
    ['absolute URL', 'https://evil.example/x.fgb'],
    ['same host, outside geodata', 'https://maps.example.be/app/index.html'],
    ['protocol-relative', '//evil.example/x.fgb'],
    ['tab before protocol-relative', '\t//evil.example/x.fgb'],
    ['newline inside', 'sites\n.fgb'],
    ['NUL byte', 'sites.fgb\u0000.png'],
    ['DEL character', 'sites\u007f.fgb'],
    ['backslash traversal', '..\\..\\secret.fgb'],
    ['backslash host', '\\\\evil.example\\x.fgb'],
    ['backslash inside', 'basemap\\water.pmtiles'],
    ['plain ..', '../secret.fgb'],
    ['.. in the middle', 'basemap/../../secret.fgb'],
    ['.. that stays under the base', 'basemap/../sites.fgb'],
    ['percent-encoded ..', '%2e%2e/secret.fgb'],
    ['upper-case percent-encoded ..', '%2E%2E/%2E%2E/secret.fgb'],
    ['half-encoded ..', '.%2e/secret.fgb'],
    ['double-encoded ..', '%252e%252e/secret.fgb'],
    ['encoded slash and ..', 'basemap%2f..%2fsecret.fgb'],
    ['encoded backslash', '..%5csecret.fgb'],
    ['malformed percent-encoding', 'sites%zz.fgb'],
    ['root-relative', '/etc/passwd'],
    ['javascript: URL', 'javascript:alert(1)'],
    ['data: URL', 'data:application/octet-stream,abc'],
    ['query string', 'sites.fgb?x=1'],
    ['fragment', 'sites.fgb#x'],
    ['the directory itself', '.'],
    ['empty', ''],
  ];
  for (const [what, path] of hostile)
    it(`refuses ${what}: ${JSON.stringify(path)}`, () => {
      const r = resolveGeodataPath(path, base);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.why).toMatch(/\w/);
    });

  it('accepts an absolute URL that stays under the base, and refuses the same from another origin', () => {
    expect(resolveGeodataPath('/app/geodata/sites.fgb', base)).toMatchObject({ ok: true });
    expect(resolveGeodataPath('http://maps.example.be/app/geodata/sites.fgb', base)).toMatchObject({ ok: false });
    expect(resolveGeodataPath('https://maps.example.be:8443/app/geodata/sites.fgb', base)).toMatchObject({ ok: false });
  });

  it('does not let a sibling directory sharing the prefix through', () => {
    expect(resolveGeodataPath('/app/geodata-old/sites.fgb', base)).toMatchObject({ ok: false });
  });
});
