/**
 * Entry point kept for specs written against the former single driver file: the drivers now live in ./drivers/
 * (launch, explorer with its map, card, scoring, shortlist, compare, exports and print drivers) and specs get them
 * through `useExplorer()` in ./harness.ts.
 */
import { newProfile, type Browser, type ProfileOptions } from './drivers/launch.ts';
import { ExplorerPage } from './drivers/explorer.ts';

export { chromiumArgs, chromiumPath, launch, type Browser } from './drivers/launch.ts';
export { ExplorerPage } from './drivers/explorer.ts';
export { boxesOverlap, type Box } from './drivers/map.ts';

/** A fresh page in a new profile (context) with a language preference; the caller closes it (the harness does). */
export async function newExplorer(browser: Browser, locale = 'en-GB', viewport = { width: 1200, height: 800 }, o: ProfileOptions = {}): Promise<ExplorerPage> {
  const context = await newProfile(browser, { ...o, locale, viewport });
  return new ExplorerPage(await context.newPage());
}
