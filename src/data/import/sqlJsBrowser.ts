/**
 * sql.js in the browser: its wasm file emitted by Vite (`?url`) and fetched once, on the first GeoPackage import.
 * Only `readImport.ts` imports this, dynamically; Node tests pass their own loader instead.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

let loading: Promise<SqlJsStatic> | undefined;

/** Loads sql.js with its wasm (the app's CSP allows 'wasm-unsafe-eval'); a failed load may be retried. */
export function loadSqlJsInBrowser(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => wasmUrl }).catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}
