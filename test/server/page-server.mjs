// Test-server middleware for test/pages/: serves whole host pages the way a
// strict or hostile site would, so the tests can load them in an iframe.
//
//   /test/pages/fixtures/*.html?csp=strict  that page with the HTTP header
//                                           Content-Security-Policy: STRICT
//   /test/pages/fixtures/*.html?csp=tt      the same, plus require-trusted-types-for 'script'
//   /test/pages/fixtures/*.html?csp=tt-named  and `trusted-types lit-html municipal-widgets`
//                                           (named policies only)
//   /demo/index.html?probe                  the demo with test/pages/fixtures/record.js
//                                           as its first script, so that the test sees
//                                           every storage and cookie write from the start
//   /__other-version/dist/FILE              dist/FILE, the bundle claiming another version
//   /__sri/page.html?entry=…&map=…&csp=…    a page loading dist/ with Subresource Integrity
//                                           as scripts/sri.mjs prints it (see sriPage below)
//   /__sri/dist/FILE                        dist/FILE byte for byte, as a static server sends it
//                                           (the test server's esbuild plugin rewrites /dist/*.js)
//
// The policies are HTTP headers rather than <meta> tags because a header is
// what a site sets, and it covers everything from the first byte.
import {readdir, readFile} from 'node:fs/promises';
import {
  cspHash,
  elementTags,
  importMapTag,
  importMapText,
  integrity,
  sriHashes,
} from '../../scripts/sri.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const {version: VERSION} = JSON.parse(
  await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
);
/** The version the rewritten bundle claims: older, as on a site that pinned a copy long ago. */
export const OTHER_VERSION = '0.0.1-other';

export const POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  tt: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  // A site that also names the Trusted Types policies it allows: Lit's is `lit-html`,
  // the structured data's (JSON-LD) `municipal-widgets`.
  'tt-named':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html municipal-widgets",
};

const PROBE = '<script src="/test/pages/fixtures/record.js"></script>';

/** The body the later middleware produced, as text (the static server streams files). */
async function bodyText(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** dist/municipal-widgets.js with every quoted copy of its version replaced. */
async function otherVersionBundle() {
  const code = await readFile(new URL('municipal-widgets.js', DIST), 'utf8');
  const quoted = new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g');
  if (!quoted.test(code)) throw new Error(`dist/ does not embed version ${VERSION}`);
  return code.replace(quoted, `"${OTHER_VERSION}"`);
}

/** An integrity value that no file in dist/ has: what a tampered copy would get. */
const WRONG = integrity('a tampered copy');

/** Where the SRI page loads dist/ from: served untouched, so that the hashes hold. */
const SRI_BASE = '/__sri/dist/';

/**
 * A page loading the bundle from SRI_BASE with the script tag and import map of
 * scripts/sri.mjs, computed from dist/ as it is now. Query:
 *   entry=ok|wrong|none     the script tag's integrity: the real one, another, none
 *   map=none|ok|bad-chunk   no import map; the real one; one whose hash for the
 *                           validators' chunk is wrong (so the feed cannot be checked)
 *   csp=strict              a strict Content-Security-Policy allowing the import map by its hash
 *   ver=X                   the script's URL with ?ver=X, as WordPress and Drupal add by default
 *   elements=review-stamp   the per-element entry instead, with the hints and tags
 *                           of `scripts/sri.mjs --elements review-stamp`
 * The page: a Swedish <review-stamp> that needs the feed (and so the validators'
 * chunk) and one that needs none; both need the Swedish locale chunk.
 */
async function sriPage(query) {
  const elements = query.elements ? [query.elements] : undefined;
  const hashes = await sriHashes(undefined, {elements});
  const entry = {ok: hashes[0].integrity, wrong: WRONG}[query.entry];
  const mapped =
    query.map === 'bad-chunk'
      ? hashes.map((hash) =>
          /(^|[./])validate-/.test(hash.file) ? {...hash, integrity: WRONG} : hash,
        )
      : hashes;
  const map = query.map === 'ok' || query.map === 'bad-chunk' ? mapped : undefined;
  const attributes = entry ? ` integrity="${entry}" crossorigin="anonymous"` : '';
  const html = `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <title>Subresource Integrity</title>
    <script src="/test/pages/fixtures/record.js"></script>
    ${map ? importMapTag(SRI_BASE, map) : ''}
    <meta name="municipal-widgets:feed" content="/test/fixtures/feeds/stamp.json" />
    ${
      elements
        ? elementTags(SRI_BASE, [
            {...hashes[0], integrity: entry ?? ''},
            ...hashes.slice(1),
          ])
        : `<script type="module" src="${SRI_BASE}municipal-widgets.js${query.ver ? `?ver=${encodeURIComponent(query.ver)}` : ''}"${attributes}></script>`
    }
  </head>
  <body>
    <review-stamp id="from-feed" page="internationellt-arbete">
      <p>Senast granskad: 2017-05-02</p>
    </review-stamp>
    <review-stamp id="inline" reviewed="2025-09-15" reviewed-by="Katarina Loodh">
      <p>Senast granskad: 2025-09-15</p>
    </review-stamp>
  </body>
</html>
`;
  const policy =
    query.csp === 'strict' && map
      ? `default-src 'self'; script-src 'self' ${cspHash(importMapText(SRI_BASE, map))}; style-src 'self'`
      : undefined;
  return {html, policy};
}

export async function pageServer(ctx, next) {
  const {path} = ctx;
  if (path === '/__sri/page.html') {
    const {html, policy} = await sriPage(ctx.query);
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-store');
    if (policy) ctx.set('Content-Security-Policy', policy);
    ctx.body = html;
    return;
  }
  const sriFile = /^\/__sri\/dist\/((?:elements\/)?)([\w.-]+\.js)$/.exec(path);
  if (sriFile && (await readdir(new URL(sriFile[1], DIST))).includes(sriFile[2])) {
    ctx.type = 'js';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(new URL(sriFile[1] + sriFile[2], DIST));
    return;
  }
  if (path === '/__other-version/dist/municipal-widgets.js') {
    ctx.type = 'js';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await otherVersionBundle();
    return;
  }
  // Its lazily loaded chunks import `./municipal-widgets.js`, which stays the rewritten copy.
  const chunk = /^\/__other-version(\/dist\/[\w.-]+)$/.exec(path);
  if (chunk) {
    ctx.url = chunk[1];
    return next();
  }
  if (path === '/demo/index.html' && 'probe' in ctx.query) {
    // Without the etag, the browser's If-None-Match could get a 304 for the un-probed page.
    delete ctx.headers['if-none-match'];
    await next();
    ctx.body = (await bodyText(ctx.body)).replace(/<head>/i, `<head>${PROBE}`);
    ctx.remove('ETag');
    return;
  }
  if (/^\/test\/pages\/fixtures\/[\w-]+\.html$/.test(path)) {
    await next();
    const policy = POLICIES[ctx.query.csp];
    if (policy) ctx.set('Content-Security-Policy', policy);
    return;
  }
  return next();
}
