// A static file server for end-to-end tests: serves a bundle folder under a
// sub-path (default /explorer/) on 127.0.0.1, with no SPA fallback, so the
// tests prove the bundle works from a sub-path on a plain static host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

/** Starts the server; resolves to { url, close, served, tamper }. With `production`, it serves like the
 *  README's nginx setup: the precompressed .br/.gz copies when the browser accepts them, and
 *  long-lived caching for content-hashed files (no-cache for the rest). With `noCacheHeaders`,
 *  it sends no cache-control at all, in either mode (a bare host; the default is no-store). `served` lists every
 *  file sent, as { path, bytes }, so a test can count what a visit transferred. `tamper` is a map
 *  from a path (relative to the bundle) to what to send instead: a Buffer, or a number (that HTTP
 *  status, no body), to test how the page takes a corrupt or missing file. */
export function serve(dir, prefix = '/explorer/', { production = false, noCacheHeaders = false } = {}) {
  const root = path.resolve(dir);
  const served = [];
  const tamper = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404).end('not under ' + prefix); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found'); return;
    }
    if (tamper.has(rel)) {
      const instead = tamper.get(rel);
      if (typeof instead === 'number') { res.writeHead(instead).end(); return; }
      served.push({ path: rel, bytes: instead.length });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' }).end(instead);
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    let body = file;
    if (production) {
      headers['cache-control'] = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css|bin)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
      const accepts = String(req.headers['accept-encoding'] || '');
      const encoding = [['br', '.br'], ['gzip', '.gz']].find(([e, ext]) => accepts.includes(e) && fs.existsSync(file + ext));
      if (encoding) { body = file + encoding[1]; headers['content-encoding'] = encoding[0]; headers.vary = 'accept-encoding'; }
    }
    if (noCacheHeaders) delete headers['cache-control'];
    served.push({ path: rel, bytes: fs.statSync(body).size });
    res.writeHead(200, headers);
    fs.createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((r) => server.close(r)), served, tamper });
  }));
}
