/**
 * Starting Debian's Chromium (software WebGL) and opening browser profiles: with the other drivers, the only code
 * that imports playwright-core.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (or CHROMIUM_PATH). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, software WebGL (SwiftShader), nothing that reaches the network on its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Start a headless Chromium; `extraArgs` e.g. ['--disable-webgl'] to test degraded browsers. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

/** Start a headless Chromium that test processes reach by its WebSocket address (one for the whole run). */
export async function launchShared(): Promise<{ wsEndpoint: string; close(): Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs });
  return { wsEndpoint: server.wsEndpoint(), close: () => server.close() };
}

/** Connect to the Chromium started by `launchShared`. */
export function connect(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** A storage fault the browser profile starts with (some privacy modes, a full quota). */
export type StorageFault =
  /** `window.localStorage` itself throws. */
  | { kind: 'blocked' }
  /** Writing `key` throws QuotaExceededError; other keys work. */
  | { kind: 'full'; key: string }
  /** Reading keys starting with `prefix` throws SecurityError while writing works. */
  | { kind: 'unreadable'; prefix: string };

/** How a fresh browser profile starts: language, window size, what is in its local storage, storage faults. */
export interface ProfileOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  /** Local storage of the app's origin before the first load (key → raw text): no load-then-reload to seed it. */
  storage?: Record<string, string>;
  /** Origin the `storage` belongs to, e.g. http://127.0.0.1:4567 (the harness passes the server's). */
  origin?: string;
  storageFault?: StorageFault;
}

/** The desktop window every spec uses unless it says otherwise. */
export const desktop = { width: 1200, height: 800 };
/** A phone held upright (390×844 CSS pixels). */
export const phone = { width: 390, height: 844 };

/** A new, empty browser profile (context) set up as `o` says; the caller closes it. */
export async function newProfile(browser: Browser, o: ProfileOptions = {}): Promise<BrowserContext> {
  const storage = Object.entries(o.storage ?? {});
  if (storage.length && !o.origin) throw new Error('seeding local storage needs the origin of the app');
  const context = await browser.newContext({
    locale: o.locale ?? 'en-GB',
    viewport: o.viewport ?? desktop,
    ...(storage.length ? { storageState: { cookies: [], origins: [{ origin: o.origin!, localStorage: storage.map(([name, value]) => ({ name, value })) }] } } : {}),
  });
  if (o.storageFault) await addStorageFault(context, o.storageFault);
  return context;
}

/** From the next page load on, local storage fails as `fault` says. */
export async function addStorageFault(context: BrowserContext, fault: StorageFault): Promise<void> {
  if (fault.kind === 'blocked')
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
  else if (fault.kind === 'full')
    await context.addInitScript((k) => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === k) throw new DOMException('full', 'QuotaExceededError');
        set.call(this, key, value);
      };
    }, fault.key);
  else
    await context.addInitScript((p) => {
      const get = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        if (key.startsWith(p)) throw new DOMException('blocked', 'SecurityError');
        return get.call(this, key);
      };
    }, fault.prefix);
}

export type { Browser, BrowserContext };
