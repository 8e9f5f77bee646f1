/** Static servers over a build: a minimal one (Range support for PMTiles, "any static server") and `vite preview`. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** A running server: its base URL (ending with '/') and how to stop it. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Files served in place of the build's, by path under the build (e.g. 'geodata/region.fgb'); null = missing (404). */
export type Overrides = Record<string, Buffer | string | null>;

/** Send `size` bytes read by `body(start, end)`, honouring a Range header; `etag` lets the browser revalidate its copy (304). */
function send(req: IncomingMessage, res: ServerResponse, type: string, size: number, etag: string, body: (start: number, end: number) => void): void {
  const headers: Record<string, string> = { 'Content-Type': type, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-cache', ETag: etag };
  if (req.headers['if-none-match'] === etag && !req.headers.range) return void res.writeHead(304, headers).end();
  const m = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
  if (m) {
    const start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]));
    const end = m[1] && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': String(end - start + 1) });
    body(start, end);
  } else {
    res.writeHead(200, { ...headers, 'Content-Length': String(size) });
    body(0, size - 1);
  }
}

/** Serve `dir` on a free port of 127.0.0.1, with `overrides` replacing or removing some files (no copy of the build). */
export function serveStatic(dir: string, overrides: Overrides = {}): Promise<Served> {
  const root = resolve(dir);
  const replaced = new Map(Object.entries(overrides).map(([path, body]) => [join(root, path), body === null ? null : Buffer.from(body)]));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = types[extname(file)] ?? 'application/octet-stream';
    const bytes = replaced.get(file);
    if (bytes === null || (bytes === undefined && !existsSync(file))) return void res.writeHead(404).end('not found');
    if (bytes) return send(req, res, type, bytes.length, `"r${bytes.length}"`, (start, end) => res.end(bytes.subarray(start, end + 1)));
    const stat = statSync(file);
    send(req, res, type, stat.size, `"${stat.size}-${Math.round(stat.mtimeMs)}"`, (start, end) => createReadStream(file, { start, end }).pipe(res));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // keep-alive sockets of a closed browser must not hold the port
          }),
      });
    }),
  );
}

/** `vite preview` (with the project's vite.config.ts and its headers) over a built `dir`, on a free port. */
export async function servePreview(dir: string): Promise<Served> {
  const { preview } = await import('vite');
  const server = await preview({
    root: resolve(import.meta.dirname, '../..'),
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    build: { outDir: resolve(dir) },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'silent',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url: url.endsWith('/') ? url : `${url}/`, close: () => server.close() };
}
