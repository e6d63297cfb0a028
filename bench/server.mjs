// The benchmark's static server: the repository root as files, plus generated
// feeds under /__bench/feeds/, counting every request so that the bench can
// tell how many times a page fetched its feed. Nothing is cached between
// runs (`no-store`), so each page load measures a first visit. Text is sent
// gzipped (level 9, as `npm run size` counts it) to a browser that accepts it,
// as a web server or CDN sends scripts.
import {createServer} from 'node:http';
import {gzipSync} from 'node:zlib';
import {readFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {fileURLToPath} from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts the server on a free port of 127.0.0.1. `feeds` maps a path such as
 * `/__bench/feeds/networks-100.json` to the JSON text it serves.
 */
export async function startServer(root, feeds) {
  const base = fileURLToPath(root);
  const requests = new Map();
  /** Gzipped bodies by path: each file is compressed once. */
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const {pathname} = new URL(request.url, 'http://localhost');
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    const headers = {'cache-control': 'no-store'};
    let body = feeds.get(pathname);
    if (body === undefined) {
      // decodeURIComponent and the `..` check keep requests inside the root.
      const path = decodeURIComponent(pathname).replace(/\/$/, '/index.html');
      if (path.split('/').includes('..')) {
        response.writeHead(403, headers).end();
        return;
      }
      try {
        body = await readFile(base + path.slice(1));
      } catch {
        response.writeHead(404, headers).end();
        return;
      }
    }
    const type = TYPES[extname(pathname)];
    headers['content-type'] = type ?? 'application/octet-stream';
    if (
      type &&
      !type.startsWith('image/png') &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      if (!gzipped.has(pathname)) gzipped.set(pathname, gzipSync(body, {level: 9}));
      body = gzipped.get(pathname);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** How many requests a path has had since the last reset. */
    count: (path) => requests.get(path) ?? 0,
    /** Every path requested since the last reset, once each. */
    paths: () => [...requests.keys()],
    reset: () => requests.clear(),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
