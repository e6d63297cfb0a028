// Test-server middleware that lets tests see the browser's HTTP cache at work:
// it serves fixture feeds the way we recommend publishers serve theirs (an
// ETag and `Cache-Control: no-cache`, so every load revalidates), answers 304
// when the browser's If-None-Match still matches, and counts both answers.
//
//   /__etag/NAME?…        → test/fixtures/feeds/NAME.json with ETag and no-cache,
//                           or 304 Not Modified when If-None-Match matches
//   /__etag-stats?url=U   → {"200": n, "304": m}: answers so far for path+query U
//
// The path has no extension on purpose: the test runner's own middleware marks
// every path with one `max-age=31536000` after we answer, and a year-long
// freshness would let the browser skip the revalidation we want to observe.
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';

const FEEDS = new URL('../fixtures/feeds/', import.meta.url);
const answers = new Map();

/** Whether an If-None-Match header names `etag` (weak comparison, as for GET). */
function matches(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

export async function cacheServer(ctx, next) {
  if (ctx.path === '/__etag-stats') {
    const counts = answers.get(ctx.query.url) ?? {200: 0, 304: 0};
    ctx.set('Cache-Control', 'no-store');
    ctx.body = counts;
    return;
  }
  const name = /^\/__etag\/([\w-]+)$/.exec(ctx.path)?.[1];
  if (!name) return next();
  let body;
  try {
    body = await readFile(new URL(`${name}.json`, FEEDS));
  } catch {
    ctx.status = 404;
    ctx.body = '';
    return;
  }
  const counts = answers.get(ctx.url) ?? {200: 0, 304: 0};
  answers.set(ctx.url, counts);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', 'no-cache');
  if (matches(ctx.get('If-None-Match'), etag)) {
    counts[304]++;
    ctx.status = 304;
    return;
  }
  counts[200]++;
  ctx.type = 'application/json';
  ctx.body = body;
}
