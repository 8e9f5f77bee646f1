/**
 * The one fixture every spec calls. The run has one Chromium and one static server over the build (started in
 * global-setup.ts); spec files run one after another in one process (`isolate: false`), so they also share the
 * tabs kept open for tests that start from a link. Every profile a test opens is closed after that test, even when
 * it fails; a failed test also drops the shared tabs, so the next one starts clean.
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { connect, launch, newProfile, type Browser, type BrowserContext, type ProfileOptions } from './drivers/launch.ts';
import { ExplorerPage, type Until } from './drivers/explorer.ts';
import { distDir } from './fixtures.ts';
import { servePreview, serveStatic, type Overrides, type Served } from './server.ts';

/** How long any single wait of a driver may take (the app's own signals arrive within seconds, even on a busy machine). */
export const waitLimitMs = 30_000;

/** What a spec gets from `useExplorer`: the served app and tabs on it. */
export interface Explorer {
  /** Base URL of the served build (ends with '/'). */
  readonly url: string;
  /** A fresh profile and tab on the app, not yet opened (storage seeded, faults set, as `o` says). */
  newTab(o?: ProfileOptions): Promise<ExplorerPage>;
  /** A fresh profile and tab with the app opened at `hash`, once the map is usable. */
  open(hash?: string, o?: ProfileOptions): Promise<ExplorerPage>;
  /** Like `open`, but waits only for the side panel, not the map: for tests of the panels, storage and links. */
  openPanels(hash?: string, o?: ProfileOptions): Promise<ExplorerPage>;
  /**
   * A tab kept open across tests (and spec files) for tests whose whole state a link carries: each one starts with
   * `app.startFrom(link)` instead of a new page load. One per profile options, opened at the first call. Tests
   * that star sites, change storage or need a fresh load use `open`.
   */
  shared(o?: ProfileOptions): Promise<ExplorerPage>;
  /**
   * A fresh tab on the build served with some files replaced (bytes) or missing (null), opened at `hash` (waiting
   * for the map, or `until: 'panels'`): closed after the test, or with `keep` (when opened in a `beforeAll`, for
   * tests that only read it) after the file.
   */
  openDamaged(overrides: Overrides, hash?: string, o?: { keep?: boolean; until?: Until }): Promise<ExplorerPage>;
}

interface Tab {
  context: BrowserContext;
  app: ExplorerPage;
}

/** What lives as long as the test process: the connection to the run's Chromium and the shared tabs. */
const run: { browser?: Promise<Browser>; tabs: Map<string, Promise<Tab>> } = { tabs: new Map() };

/** Close the shared tabs (after a failure, or when the connection is lost). */
async function dropSharedTabs(): Promise<void> {
  const tabs = [...run.tabs.values()];
  run.tabs.clear();
  await Promise.allSettled(tabs.map(async (t) => (await t).context.close()));
}

/** The run's Chromium, connected once per process. */
function runBrowser(): Promise<Browser> {
  run.browser ??= connect(inject('e2eBrowser')).then((b) => {
    b.on('disconnected', () => {
      run.browser = undefined;
      run.tabs.clear();
    });
    return b;
  });
  return run.browser;
}

/**
 * Hooks for a spec file: the run's browser and server (or, with `browserArgs`, e.g. ['--disable-webgl'], a
 * Chromium of its own; with `server: 'preview'`, `vite preview` and the project's headers), and the closing of
 * what each test opened.
 */
export function useExplorer(o: { server?: 'static' | 'preview'; browserArgs?: string[] } = {}): Explorer {
  const own = { browser: undefined as Browser | undefined, server: undefined as Served | undefined };
  let browser: Browser | undefined;
  let url: string | undefined;
  const contexts: BrowserContext[] = [];
  const servers: Served[] = [];
  const kept: { close(): Promise<void> }[] = [];
  const mine = !!o.browserArgs || o.server === 'preview'; // a file with its own browser or server shares no tabs

  beforeAll(async () => {
    [own.browser, own.server] = await Promise.all([o.browserArgs ? launch(o.browserArgs) : undefined, o.server === 'preview' ? servePreview(distDir) : undefined]);
    browser = own.browser ?? (await runBrowser());
    url = own.server?.url ?? inject('e2eUrl');
  });
  afterEach(async ({ task }) => {
    const failed = task.result?.state === 'fail' || (task.result?.errors?.length ?? 0) > 0;
    await Promise.allSettled([...contexts.splice(0).map((c) => c.close()), ...servers.splice(0).map((s) => s.close()), failed ? dropSharedTabs() : undefined]);
  });
  afterAll(async () => {
    await Promise.allSettled(kept.splice(0).map((k) => k.close()));
    await Promise.allSettled([own.browser?.close(), own.server?.close()]);
  });

  const need = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`${what} is not ready: call useExplorer() at the top of the spec file`);
    return x;
  };
  const tab = async (p: ProfileOptions, base: string): Promise<Tab> => {
    const context = await newProfile(need(browser, 'the browser'), { origin: new URL(base).origin, ...p });
    context.setDefaultTimeout(waitLimitMs);
    return { context, app: new ExplorerPage(await context.newPage()) };
  };
  const page = async (p: ProfileOptions = {}): Promise<ExplorerPage> => {
    const t = await tab(p, need(url, 'the server'));
    contexts.push(t.context);
    return t.app;
  };
  return {
    get url() {
      return need(url, 'the server');
    },
    newTab: page,
    async open(hash = '', p = {}) {
      const app = await page(p);
      await app.open(need(url, 'the server'), hash);
      return app;
    },
    async openPanels(hash = '', p = {}) {
      const app = await page(p);
      await app.open(need(url, 'the server'), hash, 'panels');
      return app;
    },
    async shared(p = {}) {
      if (mine) throw new Error('shared tabs live on the run\'s browser and server: use open() in this spec');
      const key = JSON.stringify(p);
      let t = run.tabs.get(key);
      if (!t) {
        const base = need(url, 'the server');
        t = tab(p, base).then(async (x) => (await x.app.open(base), x));
        run.tabs.set(key, t);
        t.catch(() => run.tabs.delete(key));
      }
      return (await t).app;
    },
    async openDamaged(overrides, hash = '', d = {}) {
      const s = await serveStatic(distDir, overrides);
      const t = await tab({}, s.url);
      if (d.keep) kept.push(t.context, s);
      else {
        contexts.push(t.context);
        servers.push(s);
      }
      await t.app.open(s.url, hash, d.until);
      return t.app;
    },
  };
}
