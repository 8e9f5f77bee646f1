import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests: pure modules in Node, beside the code; the pipeline integration test and the layering check in tests/.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/architecture*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Vitest's default leaves a core to its own process: one worker on a 2-core machine, where the pipeline runs on
    // the mirror then queue behind each other. Its own process hardly works while the workers do.
    maxWorkers: availableParallelism(),
  },
});
