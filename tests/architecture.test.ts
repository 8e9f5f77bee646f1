/**
 * The layering rule of .dependency-cruiser.cjs can fail: on a small tree that breaks each rule once, dependency-cruiser
 * (through its API, with the project's own configuration) names every break; on src/ it finds none.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// CommonJS, as the depcruise CLI loads it (this also lets it set up its .tsx reading)
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration;

/** Violations found in `paths` under `baseDir`, as "rule: from → to" (a cycle once, at its first module). */
async function violations(baseDir: string, paths: string[]): Promise<string[]> {
  const { output } = await cruise(paths, { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } });
  const result = output as ICruiseResult;
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

/** One file per entry (path → content), written under a fresh temporary directory. */
function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layering-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// Allowed imports, one per kind of edge the layering permits: none of these may be reported.
const allowed: Record<string, string> = {
  'src/core/model.ts': 'export const x = 1;\n',
  'src/core/model.test.ts': "import { x } from './model.ts';\nexport const y = x;\n",
  'src/i18n/words.ts': "import { x } from '../core/model.ts';\nexport const w = x;\n",
  'src/data/load.ts': "import { x } from '../core/model.ts';\nimport { w } from '../i18n/words.ts';\nexport const d = x + w;\n",
  'src/state/slice.ts': "import { d } from '../data/load.ts';\nexport const s = d;\n",
  'src/map/layer.ts': "import maplibre from 'maplibre-gl';\nimport { s } from '../state/slice.ts';\nexport const m = [maplibre, s];\n",
  'src/ui/Panel.tsx': "import { s } from '../state/slice.ts';\nexport function Panel() {\n  return <p class=\"panel\">{s}</p>;\n}\n",
  'src/app/App.tsx': "import { m } from '../map/layer.ts';\nimport { Panel } from '../ui/Panel.tsx';\nexport function App() {\n  return <div>{m.length}<Panel /></div>;\n}\n",
  'src/main.tsx': "import { App } from './app/App.tsx';\nexport const main = <App />;\n",
  'node_modules/maplibre-gl/package.json': '{ "name": "maplibre-gl", "version": "0.0.0", "main": "index.js" }\n',
  'node_modules/maplibre-gl/index.js': 'module.exports = {};\n',
};

// Each file breaks one rule (the comment says which); a type-only import counts like any other.
const forbidden: Record<string, string> = {
  'src/core/pure.ts': "import { s } from '../state/slice.ts';\nexport const bad = s;\n", // core-imports-only-core
  'src/core/words.test.ts': "import { w } from '../i18n/words.ts';\nexport const bad = w;\n", // core-imports-only-core, from a test
  'src/data/fetcher.ts': "import { s } from '../state/slice.ts';\nexport const bad = s;\n", // data-not-above-data
  'src/state/panelState.ts': "import type { Panel } from '../ui/Panel.tsx';\nexport type Bad = typeof Panel;\n", // state-not-above-state
  'src/map/legend.ts': "import { Panel } from '../ui/Panel.tsx';\nexport const bad = Panel;\n", // map-not-ui
  'src/ui/MapBox.tsx': "import maplibre from 'maplibre-gl';\nimport { m } from '../map/layer.ts';\nexport const MapBox = () => <div>{[maplibre, m].length}</div>;\n", // ui-not-map, only-map-imports-maplibre
  'src/ui/Scores.tsx': "import type { App } from '../app/App.tsx';\nexport const Scores = (p: { app: typeof App }) => <p>{String(p.app)}</p>;\n", // nothing-imports-app (type only)
  'src/i18n/stateful.ts': "import { s } from '../state/slice.ts';\nexport const bad = s;\n", // i18n-is-a-leaf
  'src/state/ping.ts': "import { pong } from './pong.ts';\nexport const ping = () => pong;\n", // no-circular
  'src/state/pong.ts': "import { ping } from './ping.ts';\nexport const pong = () => ping;\n", // no-circular
  'src/state/typo.ts': "import { nothing } from './nowhere.ts';\nexport const bad = nothing;\n", // not-to-unresolvable
};

describe('layering rules (.dependency-cruiser.cjs)', () => {
  let dir = '';
  beforeAll(() => {
    dir = writeTree({ ...allowed, ...forbidden });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports every forbidden import of the fixture tree, and nothing the layering allows', async () => {
    expect(await violations(dir, ['src'])).toEqual([
      'core-imports-only-core: src/core/pure.ts → src/state/slice.ts',
      'core-imports-only-core: src/core/words.test.ts → src/i18n/words.ts',
      'data-not-above-data: src/data/fetcher.ts → src/state/slice.ts',
      'i18n-is-a-leaf: src/i18n/stateful.ts → src/state/slice.ts',
      'map-not-ui: src/map/legend.ts → src/ui/Panel.tsx',
      'no-circular: src/state/ping.ts → src/state/pong.ts',
      'not-to-unresolvable: src/state/typo.ts → ./nowhere.ts',
      'nothing-imports-app: src/ui/Scores.tsx → src/app/App.tsx',
      'only-map-imports-maplibre: src/ui/MapBox.tsx → node_modules/maplibre-gl/index.js',
      'state-not-above-state: src/state/panelState.ts → src/ui/Panel.tsx',
      'ui-not-map: src/ui/MapBox.tsx → src/map/layer.ts',
    ]);
  });

  it('finds nothing to report in the allowed part alone', async () => {
    const clean = writeTree(allowed);
    try {
      expect(await violations(clean, ['src'])).toEqual([]);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });

  it('finds no violation in src/', async () => {
    expect(await violations(root, ['src'])).toEqual([]);
  });
});
