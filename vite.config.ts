import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { createReadStream, existsSync, statSync, cpSync } from 'node:fs';
import { join, resolve, normalize, sep } from 'node:path';

const geodataDir = resolve(import.meta.dirname, 'geodata');

/** Strict policy for the built app, as written in its <meta>: no inline script, no eval; wasm only for flatgeobuf's zstd. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Browsers ignore `frame-ancestors` in a <meta> (and log an error for it): it only works as an HTTP header. */
export const frameAncestors = "frame-ancestors 'none'";

const mime: Record<string, string> = {
  '.json': 'application/json',
  '.fgb': 'application/octet-stream',
  '.pmtiles': 'application/octet-stream',
};

/** Serves geodata/ at /geodata/ in dev and preview (with Range support for PMTiles), copies it into dist/ at build. */
function geodata(): Plugin {
  const serve = (req: { url?: string; headers: Record<string, string | string[] | undefined> }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = (req.url ?? '').split('?')[0] ?? '';
    const m = /(?:^|\/)geodata\/(.+)$/.exec(url);
    if (!m?.[1]) return next();
    const file = normalize(join(geodataDir, decodeURIComponent(m[1])));
    if (!file.startsWith(geodataDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    const size = statSync(file).size;
    const ext = file.slice(file.lastIndexOf('.'));
    res.setHeader('Content-Type', mime[ext] ?? 'application/octet-stream');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Cache-Control', 'no-cache');
    const range = typeof req.headers.range === 'string' ? /bytes=(\d*)-(\d*)/.exec(req.headers.range) : null;
    if (range) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
      res.setHeader('Content-Length', String(end - start + 1));
      createReadStream(file, { start, end }).pipe(res);
    } else {
      res.setHeader('Content-Length', String(size));
      createReadStream(file).pipe(res);
    }
  };
  return {
    name: 'geodata',
    configureServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', frameAncestors); // dev keeps Vite's inline HMR client: only this part
        next();
      });
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        res.setHeader('Content-Security-Policy', `${contentSecurityPolicy}; ${frameAncestors}`);
        if (existsSync(join(server.config.build.outDir, 'geodata'))) return next();
        serve(req, res, next);
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.server) return html; // dev keeps Vite's inline HMR client
        return html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        );
      },
    },
    writeBundle(options) {
      if (existsSync(geodataDir) && options.dir) cpSync(geodataDir, join(options.dir, 'geodata'), { recursive: true });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [preact(), geodata()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          return undefined;
        },
      },
    },
  },
  // the geodata worker (src/workers/) starts as a module worker: built as ES too, it can load flatgeobuf's split-off chunks
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
