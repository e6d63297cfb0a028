// Test-server middleware for test/hardening/: serves feed bodies a test made
// up (byte for byte, however broken) and stages the network faults a real
// municipal server or connection produces. fixture-server.mjs, which runs
// first, counts these requests too (see requestCount in test/helpers.ts).
//
//   POST /__hostile/echo/ID          stores the request body; answers 204
//   GET  /__hostile/echo/ID          that body, as application/json
//   /__hostile/flaky/N/CODE/NAME     CODE for the first N requests of this URL
//                                    (with Retry-After: ?after=…), then NAME
//   /__hostile/html/NAME             NAME's JSON as text/html: a CMS error page
//   /__hostile/cut/NAME              half of NAME, then the connection drops
//   /__hostile/stall/MS/NAME         headers and half of NAME, the rest after MS ms
//   /__hostile/redirect?to=URL       301 to URL (another origin in the tests)
//   /__hostile/closed-port           {"port": n}: a local port nothing listens on
//
// NAME is a feed in test/fixtures/feeds/, without its `.json`: the test runner
// marks every path with an extension `max-age=31536000` once we have answered,
// and the browser would then keep even a 503 for a year.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import {setTimeout as sleep} from 'node:timers/promises';

const FEEDS = new URL('../fixtures/feeds/', import.meta.url);
/** Stored echo bodies; a test run stores a few thousand small feeds at most. */
const bodies = new Map();
const served = new Map();

const feed = (name) => readFile(new URL(`${name}.json`, FEEDS), 'utf8');

/** A port that was free a moment ago: connections to it are refused. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export async function hostileServer(ctx, next) {
  const match = /^\/__hostile\/([\w-]+)(?:\/(.*))?$/.exec(ctx.path);
  if (!match) return next();
  const [, route, rest = ''] = match;
  ctx.set('Cache-Control', 'no-store');
  switch (route) {
    case 'echo': {
      if (ctx.method === 'POST') {
        bodies.set(rest, await readBody(ctx.req));
        ctx.status = 204;
        return;
      }
      if (!bodies.has(rest)) return next();
      ctx.type = 'application/json';
      ctx.body = bodies.get(rest);
      return;
    }
    case 'flaky': {
      const [times, code, file] = rest.split('/');
      const count = (served.get(ctx.url) ?? 0) + 1;
      served.set(ctx.url, count);
      if (count <= Number(times)) {
        ctx.status = Number(code);
        if (ctx.query.after) ctx.set('Retry-After', String(ctx.query.after));
        ctx.body = '';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await feed(file);
      return;
    }
    case 'html': {
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>Sidan saknas</title><p>${await feed(rest)}</p>`;
      return;
    }
    case 'cut':
    case 'stall': {
      const [ms, file] = route === 'stall' ? rest.split('/') : [0, rest];
      const body = Buffer.from(await feed(file));
      const half = body.subarray(0, body.length >> 1);
      ctx.respond = false;
      const {res} = ctx;
      res.writeHead(200, {
        'cache-control': 'no-store',
        'content-type': 'application/json',
        'content-length': body.length,
      });
      res.write(half);
      if (route === 'cut') {
        // Let the first half reach the browser, then drop the connection mid-body.
        await sleep(50);
        res.socket?.destroy();
        return;
      }
      await sleep(Math.min(Number(ms), 30_000));
      if (!res.destroyed) res.end(body.subarray(half.length));
      return;
    }
    case 'redirect': {
      ctx.status = 301;
      ctx.redirect(String(ctx.query.to));
      return;
    }
    case 'closed-port': {
      ctx.body = {port: await closedPort()};
      return;
    }
    default:
      return next();
  }
}
