// Serves the built renderer (dist/renderer) with a path-traversal guard and cache headers. Node only.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from './guard';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path to a file inside root, or undefined if it would escape root. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = path.resolve(root, relative);
  const rootResolved = path.resolve(root);
  if (full !== rootResolved && !full.startsWith(rootResolved + path.sep)) return undefined;
  return full;
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse, headOnly: boolean): void {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return plain(res, 400, 'bad path');
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(file);
  } catch {
    stat = undefined;
  }
  if (!stat || !stat.isFile()) {
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      return plain(res, 503, 'The renderer is not built yet: run `npm run build` (npm start does it for you).');
    }
    return plain(res, 404, 'not found');
  }
  const ext = path.extname(file).toLowerCase();
  const isHtml = ext === '.html';
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Content-Length', stat.size);
  // Vite puts a content hash in every asset name, so those may be cached forever; the page never is.
  res.setHeader('Cache-Control', isHtml ? 'no-store' : urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (isHtml) res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  if (headOnly) return void res.end();
  fs.createReadStream(file).pipe(res);
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(text);
}
