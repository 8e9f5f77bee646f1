import { join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';
const dist = join(resolve(import.meta.dirname, '..'), process.env.DIST ?? 'dist');
const server = await serveStatic(dist);
const browser = await launch();
{ const c = await browser.newContext({ viewport: { width: 1200, height: 800 } }); const p = await c.newPage(); await p.goto(server.url + 'index.html'); await p.waitForFunction(() => document.documentElement.dataset.layersReady === 'true', undefined, { polling: 'raf' }); await p.waitForTimeout(1500); await c.close(); }
const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'en-GB' });
const page = await ctx.newPage();
await browser.startTracing(page, { path: '/tmp/diag/trace.json', categories: ['blink.user_timing', 'toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'] });
await page.goto(server.url + 'index.html');
await page.waitForFunction(() => document.documentElement.dataset.layersReady === 'true', undefined, { timeout: 120000, polling: 'raf' });
await page.waitForTimeout(1500);
await browser.stopTracing();
await browser.close(); await server.close();
