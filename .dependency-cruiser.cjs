/**
 * One-way layering of src/ (core ← data ← state ← map | ui ← app; i18n a leaf over core), checked by
 * `npm run lint:deps` and, on a fixture tree that breaks it, by tests/architecture.test.ts.
 * Tests (`*.test.ts`) sit beside their code and follow the rules of their folder: no rule exempts them.
 */

// TypeScript 7 has no JavaScript API, which dependency-cruiser (≤ 18) needs to read .ts files, so it reads them
// with swc instead. Its swc reader parses every file as plain TypeScript; switch JSX on for .tsx files, else the
// components fail to parse. Same module object as the one dependency-cruiser imports (CommonJS), so this reaches it.
const swc = require('@swc/core');
if (!swc.parseFileSync.tsxAware) {
  const parseFileSync = swc.parseFileSync;
  swc.parseFileSync = Object.assign((file, options) => parseFileSync(file, String(file).endsWith('.tsx') ? { ...options, tsx: true } : options), { tsxAware: true });
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'src/core is pure logic shared by the pipeline and the browser: it knows nothing of the layers above, nor of i18n.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/core/' },
    },
    {
      name: 'core-no-ui-libraries',
      comment: 'src/core stays pure: no maplibre-gl, no preact.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: 'node_modules/(maplibre-gl|preact|@preact|pmtiles)/' },
    },
    {
      name: 'data-not-above-data',
      comment: 'src/data loads layers; it does not know the state, the map, the UI or the app.',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(state|map|ui|app)/' },
    },
    {
      name: 'state-not-above-state',
      comment: 'src/state is pure state, updaters, codecs and selectors, read by the map and the UI alike.',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: '^src/(map|ui|app)/' },
    },
    {
      name: 'pure-layers-no-preact',
      comment: 'core, data, state and i18n are plain TypeScript: components and hooks live in ui and app.',
      severity: 'error',
      from: { path: '^src/(core|data|state|i18n)/' },
      to: { path: 'node_modules/(preact|@preact)/' },
    },
    {
      name: 'map-not-ui',
      comment: 'map and ui are siblings: what both need lives in state or core.',
      severity: 'error',
      from: { path: '^src/map/' },
      to: { path: '^src/ui/' },
    },
    {
      name: 'ui-not-map',
      comment: 'map and ui are siblings: what both need lives in state or core.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/map/' },
    },
    {
      name: 'only-map-imports-maplibre',
      comment: 'src/map is the only code that talks to maplibre-gl.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/map/' },
      to: { path: 'node_modules/maplibre-gl/' },
    },
    {
      name: 'nothing-imports-app',
      comment: 'src/app wires everything together; only the app itself and the entry (src/main.tsx) import it.',
      severity: 'error',
      from: { pathNot: '^src/(app/|main\\.tsx$)' },
      to: { path: '^src/app/' },
    },
    {
      name: 'i18n-is-a-leaf',
      comment: 'Anything may import src/i18n, so it imports nothing but core.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/(i18n|core)/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes the layering meaningless and the load order fragile.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve would slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // swc, not tsc: see the top of this file. Type-only imports count: a type from app in ui is still ui → app.
    parser: 'swc',
    tsPreCompilationDeps: true,
    // packages are seen (the rules on maplibre-gl and preact need them) but not walked into
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/' },
    moduleSystems: ['es6'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
