import { defineConfig } from 'vitest/config';

// Unit tests: pure modules in Node, beside the code; the pipeline integration test and the layering check in tests/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/architecture*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
