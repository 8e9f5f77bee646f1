import { defineConfig } from 'vitest/config';

// End-to-end specs drive Debian's Chromium against the built app (dist/), one file at a time
// because two cores cannot render several software-WebGL maps at once.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/global-setup.ts'],
  },
});
