/**
 * Manifest file paths are data: each is resolved against the geodata base URL the way the browser will
 * fetch it, and accepted only if it stays inside that directory whatever spelling it uses.
 */

/** The absolute URL a path resolves to, or why it was refused. */
export type ResolvedPath = { ok: true; url: string } | { ok: false; why: string };

// C0 and C1 controls, DEL: the URL parser silently strips or keeps them, so what is checked would differ from what is fetched.
const controlChars = /[\u0000-\u001f\u007f-\u009f]/;

/** Undo percent-encoding layer by layer (a server may decode more than once); undefined when malformed. */
function decodings(path: string): string[] | undefined {
  const out = [path];
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(out[out.length - 1]!);
    } catch {
      return undefined;
    }
    if (next === out[out.length - 1]) break;
    out.push(next);
  }
  return out;
}

/** Resolve `path` against `base` (a directory URL ending with '/'); refuse anything that could leave it. */
export function resolveGeodataPath(path: string, base: string): ResolvedPath {
  if (path === '') return { ok: false, why: 'empty path' };
  if (path !== path.trim()) return { ok: false, why: 'leading or trailing space' };
  const forms = decodings(path);
  if (!forms) return { ok: false, why: 'malformed percent-encoding' };
  for (const f of forms) {
    if (controlChars.test(f)) return { ok: false, why: 'control character' };
    if (f.includes('\\')) return { ok: false, why: 'backslash' };
    if (f.split('/').includes('..')) return { ok: false, why: '".." segment' };
  }
  let url: URL;
  let dir: URL;
  try {
    dir = new URL('./', base);
    url = new URL(path, dir);
  } catch {
    return { ok: false, why: 'not a URL path' };
  }
  // compare protocol and host too: opaque origins ('null', e.g. file: or data:) are all equal as strings
  if (url.origin !== dir.origin || url.protocol !== dir.protocol || url.host !== dir.host) return { ok: false, why: 'outside the geodata origin' };
  if (url.username || url.password) return { ok: false, why: 'credentials in the URL' };
  if (url.search || url.hash || path.includes('?') || path.includes('#')) return { ok: false, why: 'query or fragment' };
  if (!url.pathname.startsWith(dir.pathname) || url.pathname === dir.pathname) return { ok: false, why: `outside ${dir.pathname}` };
  return { ok: true, url: url.href };
}
