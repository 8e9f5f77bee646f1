import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const mutators = 'set|add|delete|clear|push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin';

/**
 * Module-level mutable state in a source file, found from its text: a top-level `let`/`var`, or a top-level `const`
 * that the file writes into (`x.a = …`, `x[i] = …`, or for a Map, Set or array `x.set(…)`, `x.push(…)`…). Top level =
 * declared without indentation, which is how every module here is written; state on a factory's instance is
 * indented, so it passes.
 */
function moduleState(source: string): string[] {
  const found: string[] = [];
  const consts: { name: string; container: boolean }[] = [];
  for (const line of source.split('\n')) {
    const m = /^(?:export )?(let|var|const) (\w+)[^=]*=\s*(.*)/.exec(line);
    if (!m) continue;
    if (m[1] === 'const') consts.push({ name: m[2]!, container: /^(?:new (?:Weak)?(?:Map|Set)\b|new \w*Array\b|\[)/.test(m[3]!) });
    else found.push(`${m[1]} ${m[2]}`);
  }
  const access = String.raw`(?:\.\w+|\[[^\]\n]*\])`;
  for (const { name, container } of consts) {
    const assigned = new RegExp(String.raw`(?<![\w.])${name}${access}+\s*(?:[-+*/%|&]?=(?!=)|\+\+|--)`);
    const called = new RegExp(String.raw`(?<![\w.])${name}${access}*\.(?:${mutators})\(`);
    if (assigned.test(source) || (container && called.test(source))) found.push(`const ${name} (written to)`);
  }
  return found;
}

/** Every non-test TypeScript file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('module-level state in src/map', () => {
  it('finds none: every layer keeps its state on the instance its factory returns, per map', () => {
    const dir = import.meta.dirname;
    const files = sources(dir);
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => moduleState(readFileSync(f, 'utf8')).map((s) => `${relative(dir, f)}: ${s}`));
    expect(found).toEqual([]);
  });

  it('would catch the module-level caches a layer used to keep', () => {
    const before = [
      'const applied = new Map<string, { score: number }>();',
      'let version = 0;',
      'const current: Record<string, string | null> = { hover: null };',
      'export function apply(id: string): void {',
      "  applied.set(id, { score: 1 });",
      '  version++;',
      "  current['hover'] = id;",
      '}',
    ].join('\n');
    expect(moduleState(before)).toEqual(['let version', 'const applied (written to)', 'const current (written to)']);
  });

  it('lets constants and per-instance state through', () => {
    const after = [
      "const ramp = ['interpolate', ['linear']];",
      'export function createLayer() {',
      '  const applied = new Map<string, number>();',
      '  let version = 0;',
      '  return { apply: (id: string) => { applied.set(id, ++version); return ramp.length; } };',
      '}',
    ].join('\n');
    expect(moduleState(after)).toEqual([]);
  });
});
