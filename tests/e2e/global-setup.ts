/**
 * Before any browser starts: checks that the built app, its data and Chromium exist, then starts the run's one
 * Chromium and one static server over the build, handed to every spec through `inject` (see harness.ts), and stops
 * them once all specs have run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumPath, launchShared } from './drivers/launch.ts';
import { distDir } from './fixtures.ts';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket address of the run's Chromium. */
    e2eBrowser: string;
    /** Base URL of the static server over the build under test (ends with '/'). */
    e2eUrl: string;
  }
}

/** Check the build and Chromium; start the shared browser and server; resolve with their teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(resolve(distDir, 'index.html')) || !existsSync(resolve(distDir, 'geodata/manifest.json'))) {
    throw new Error(
      `End-to-end tests need the built app with its data in ${distDir} (index.html and geodata/manifest.json). ` +
        'Run `npm run test:e2e` (it builds the data and the app first), or `npm run data && npx vite build`.',
    );
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (never \`npx playwright install\`).`);
  }
  const [browser, served] = await Promise.all([launchShared(), serveStatic(distDir)]);
  project.provide('e2eBrowser', browser.wsEndpoint);
  project.provide('e2eUrl', served.url);
  return async () => {
    await Promise.allSettled([browser.close(), served.close()]);
  };
}
