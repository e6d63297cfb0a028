// Test-server middleware: counts every request so tests can assert what was
// sent over the network, and stages faults (HTTP errors, slow answers, broken
// bodies) for feeds in test/fixtures/feeds/.
//
//   /__requests?url=U        → {"count": n}: requests so far whose path+query is U
//   /__status/CODE           → an empty answer with that HTTP status
//   /__slow/MS/FILE          → test/fixtures/feeds/FILE after MS milliseconds
//   /__mirror/ANY/dist/FILE  → dist/FILE, as if dist/ had been copied to another path
//   /__logo/NAME.svg         → a small SVG image, whatever NAME: a logo whose
//                              requests the tests count (never requested when
//                              it is on another host than the feed's)
import {readFile} from 'node:fs/promises';
import {setTimeout as sleep} from 'node:timers/promises';

const counts = new Map();
const FEEDS = new URL('../fixtures/feeds/', import.meta.url);

export async function fixtureServer(ctx, next) {
  const {path} = ctx;
  if (path === '/__requests') {
    ctx.body = {count: counts.get(ctx.query.url) ?? 0};
    return;
  }
  counts.set(ctx.url, (counts.get(ctx.url) ?? 0) + 1);
  const status = /^\/__status\/(\d{3})$/.exec(path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = '';
    return;
  }
  const mirror = /^\/__mirror\/[\w/-]+?(\/dist\/[\w.-]+)$/.exec(path);
  if (mirror) {
    ctx.url = mirror[1];
    return next();
  }
  if (/^\/__logo\/[\w-]+\.svg$/.test(path)) {
    ctx.type = 'image/svg+xml';
    ctx.set('Cache-Control', 'no-store');
    ctx.body =
      '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="64"><rect width="160" height="64" fill="#1f4e79"/></svg>';
    return;
  }
  const slow = /^\/__slow\/(\d+)\/([\w.-]+)$/.exec(path);
  if (slow) {
    await sleep(Math.min(Number(slow[1]), 30_000));
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL(slow[2], FEEDS), 'utf8');
    return;
  }
  return next();
}
