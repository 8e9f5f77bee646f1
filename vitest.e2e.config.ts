import { defineConfig } from 'vitest/config';

// End-to-end specs drive Debian's Chromium against the built app (dist/, or E2E_DIST), one file at a time because
// two cores cannot render several software-WebGL maps at once, all in one process (isolate: false) so that they
// share one browser, one server and the tabs of tests that start from a link (tests/e2e/harness.ts). Every wait
// inside a test is on the app's own signals and limited to 30 s; a test as a whole, and a spec's setup, get 60 s.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
