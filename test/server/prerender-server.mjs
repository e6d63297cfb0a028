// Test-server middleware for test/prerender/: runs `municipal-widgets
// prerender` (its Node API, from the built lib/) on a page the test sends.
//
//   /__prerender?feed=FILE&html=PAGE   PAGE prerendered from test/fixtures/feeds/FILE
import {readFile} from 'node:fs/promises';

const FEEDS = new URL('../fixtures/feeds/', import.meta.url);
const PRERENDER = new URL('../../lib/prerender/prerender.js', import.meta.url);

export async function prerenderServer(ctx, next) {
  if (ctx.path !== '/__prerender') return next();
  const {prerender} = await import(PRERENDER.href);
  const feed = JSON.parse(await readFile(new URL(ctx.query.feed, FEEDS), 'utf8'));
  const {html} = await prerender(String(ctx.query.html), feed, {language: 'en'});
  ctx.type = 'text/html';
  ctx.body = html;
}
