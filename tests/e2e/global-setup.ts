/** Checks that the built app and its data exist before any browser starts. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  const dist = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html')) || !existsSync(resolve(dist, 'geodata/manifest.json'))) {
    throw new Error(
      'End-to-end tests need the built app with its data in dist/ (dist/index.html and dist/geodata/manifest.json). ' +
        'Run `npm run test:e2e` (it builds the data and the app first), or `npm run data && npx vite build`.',
    );
  }
  if (!existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) {
    throw new Error('Chromium not found at /usr/bin/chromium: install it with `apt-get install -y chromium` (never `npx playwright install`).');
  }
}
