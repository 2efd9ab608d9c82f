/**
 * The built dashboard (dist/web), served from memory. The files are read once
 * at startup into a map keyed by URL path, so a request path is only ever a
 * lookup key — never joined onto a file-system path — and traversal tricks
 * (`/../`, `%2e%2e`, backslashes) can only miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Asset {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly type: string;
  readonly etag: string;
  /** Vite fingerprints files under /assets/: their content never changes under the same name. */
  readonly immutable: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Where `npm run build:web` puts the dashboard: <package root>/dist/web, from src/server or dist/server alike. */
export function defaultWebRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');
}

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Every file under `root`, by URL path (`/index.html`, `/assets/index-abc.js`); empty when `root` is absent. */
export function loadAssets(root: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  if (!existsSync(root) || !statSync(root).isDirectory()) return assets;
  for (const path of files(root)) {
    const urlPath = '/' + relative(root, path).split(sep).join('/');
    const body = new Uint8Array(readFileSync(path));
    assets.set(urlPath, {
      body,
      type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      immutable: urlPath.startsWith('/assets/'),
    });
  }
  return assets;
}
