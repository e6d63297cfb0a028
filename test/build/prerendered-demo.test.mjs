// demo/prerendered.html, after `npm run build` (scripts/prerender-demo.mjs):
// its blocks are prerendered, and what the feed names relatively (the logos)
// points at the demo on whatever host and port serves it (`PORT=… npm start`).
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {test} from 'node:test';

const PAGE = new URL('../../demo/prerendered.html', import.meta.url);

test(
  'the prerendered demo names its logos root-relative, on no host',
  {skip: existsSync(PAGE) ? false : 'demo/prerendered.html is absent: run npm run build'},
  async () => {
    const html = await readFile(PAGE, 'utf8');
    assert.ok(html.includes('<template shadowrootmode="open"'), 'no prerendered block');
    const logos = [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src);
    assert.ok(logos.length >= 4, `only ${logos.length} images`);
    for (const src of logos) assert.match(src, /^\/demo\/feeds\/logos\/[\w-]+\.svg$/);
    assert.doesNotMatch(html, /localhost|demo\.invalid/);
  },
);
