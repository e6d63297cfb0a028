// Test-server middleware for test/pages/: serves whole host pages the way a
// strict or hostile site would, so the tests can load them in an iframe.
//
//   /test/pages/fixtures/*.html?csp=strict  that page with the HTTP header
//                                           Content-Security-Policy: STRICT
//   /test/pages/fixtures/*.html?csp=tt      the same, plus require-trusted-types-for 'script'
//   /test/pages/fixtures/*.html?csp=tt-named  and `trusted-types lit-html` (named policies only)
//   /demo/index.html?probe                  the demo with test/pages/fixtures/record.js
//                                           as its first script, so that the test sees
//                                           every storage and cookie write from the start
//   /__other-version/dist/FILE              dist/FILE, the bundle claiming another version
//
// The policies are HTTP headers rather than <meta> tags because a header is
// what a site sets, and it covers everything from the first byte.
import {readFile} from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);
const {version: VERSION} = JSON.parse(
  await readFile(new URL('../../package.json', import.meta.url), 'utf8'),
);
/** The version the rewritten bundle claims: older, as on a site that pinned a copy long ago. */
export const OTHER_VERSION = '0.0.1-other';

export const POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'",
  tt: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  // A site that also names the Trusted Types policies it allows: Lit's is `lit-html`.
  'tt-named':
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
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

export async function pageServer(ctx, next) {
  const {path} = ctx;
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
