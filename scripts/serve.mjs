// Serves the built app (dist/) on localhost, as a phone would get it from a
// static host: gzip, long caching for hashed assets, and the app shell for
// any route the files do not cover. No dependencies, so `npm start` stays fast.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';


const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The path decoded, or null for a malformed one (/%E0%A4%A): that is the client's mistake, not a crash. */
function decodePath(urlPath) {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

async function fileFor(root, urlPath) {
  const decoded = decodePath(urlPath);
  if (decoded === null) return null;
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidates = [join(root, safe), join(root, safe, 'index.html'), join(root, `${safe}.html`)];
  for (const path of candidates) {
    if (!path.startsWith(root)) continue;
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/** A static server for a built app folder; used by `npm start` and by tests that need their own copy. */
export function createStaticServer(root) {
  // An error answering one request must never stop the server for the rest.
  return createServer((req, res) => {
    answer(root, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Server error');
    });
  });
}

async function answer(root, req, res) {
  {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (decodePath(url.pathname) === null) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: the address is not valid');
    return;
  }
  let path = await fileFor(root, url.pathname);
  const status = 200;
  if (!path) {
    // Unknown asset: 404. Unknown route: the empty shell (or index.html in an
    // unprerendered build), which shows the right screen or "not found".
    if (extname(url.pathname)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    path = (await fileFor(root, '/shell.html')) ?? join(root, 'index.html');
  }
  const body = await readFile(path);
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const hashed = path.includes(`${join(root, 'assets')}`);
  const headers = {
    'content-type': type,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const gzipOk = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
  if (gzipOk) {
    res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    res.end(gzipSync(body));
  } else {
    res.writeHead(status, headers);
    res.end(body);
  }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? 'dist');
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  createStaticServer(root).listen(port, host, () => {
    console.log(`Regain is being served at http://${host}:${port}/`);
    console.log('Press Ctrl+C to stop.');
  });
}
