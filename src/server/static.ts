/**
 * The dashboard: files of the web build (src/web/dist) when it exists, index.html for unknown
 * non-API paths; otherwise a small page saying how to build it. Paths never leave the directory.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.topojson': 'application/json',
};

export const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Brink</title></head>
<body><h1>Brink</h1>
<p>The API is running (see <a href="/openapi.json">/openapi.json</a>). The dashboard is not built yet:
run <code>npm run build:web</code> and reload.</p></body></html>
`;

/** The file under `root` a URL path names, or null (outside the root, missing, a directory). */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, '.' + normalize('/' + decoded));
  if (full !== base && !full.startsWith(base + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function serveWeb(root: string) {
  return (c: Context): Response => {
    const has = existsSync(join(root, 'index.html'));
    if (!has) return c.html(NO_BUILD_PAGE);
    const file = resolveStatic(root, c.req.path) ?? join(root, 'index.html');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(readFileSync(file), 200, { 'Content-Type': type, 'Cache-Control': cache });
  };
}
