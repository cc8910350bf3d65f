#!/usr/bin/env node
// Serves build/web on 127.0.0.1 with Node's http module only: GET and HEAD, fixed content types,
// no directory listings, and never a file outside the served folder ("..": it cannot climb above it).
//
// Usage: node scripts/serve.mjs [--port 8080] [--root build/web]   (--port 0 picks a free port)
// Tests import serve() to run it in-process on a free port.

import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const project_root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const kTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Maps a URL path to a file under root, or null when it is outside root or not a file. */
function resolve_file(root, url_path) {
  let decoded;
  try {
    decoded = decodeURIComponent(url_path.split('?')[0].split('#')[0]);
  } catch {
    return null; // malformed %-escape
  }
  if (decoded.includes('\0')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/**
 * Starts the server. Resolves to {server, url} once it listens.
 * @param {{root?: string, port?: number, host?: string}} options
 */
export function serve({ root = path.join(project_root, 'build/web'), port = 8080, host = '127.0.0.1' } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed\n');
      return;
    }
    const file = resolve_file(base, req.url || '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': kTypes[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg('--port', '8080'));
  const root = path.resolve(arg('--root', path.join(project_root, 'build/web')));
  serve({ root, port })
    .then(({ url }) => console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${url}  (Ctrl+C to stop)`))
    .catch((err) => {
      console.error(`serve: ${err.message}`);
      process.exit(1);
    });
}
