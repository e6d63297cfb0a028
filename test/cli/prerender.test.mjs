// `municipal-widgets prerender`: the page comes back byte for byte around the
// elements, a feed with problems writes nothing, and - reads and writes the
// standard streams.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, writeFile, access} from 'node:fs/promises';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {run, temporaryDirectory, ROOT} from './helpers.mjs';

const FEED = join(ROOT, 'test/fixtures/feeds/all.json');
const BROKEN = join(ROOT, 'test/fixtures/feeds/broken.json');
const TEMPLATE = /<template shadowrootmode="open">[\s\S]*?<\/template>/g;

const PAGE = `\uFEFF<!DOCTYPE html>\r\n<html lang="sv">\r\n<head><title>Å ä ö</title></head>\r\n<body>\r\n  <P CLASS=x>Före &amp; efter</P>\r\n  <network-list ids="aer,cpmr"  heading-level=3></network-list>\r\n  <!-- <news-list></news-list> -->\r\n  <news-list lang="en" limit="1"><p>Fallback</p></news-list>\r\n</body>\r\n</html>\r\n`;

describe('municipal-widgets prerender', () => {
  test('never writes a protected e-mail address into the page in clear', async () => {
    const feed = join(ROOT, 'demo/feeds/vgr-protected.json');
    const plain = JSON.parse(await readFile(join(ROOT, 'demo/feeds/vgr.json'), 'utf8'));
    const address = plain.contacts.find(({id}) => id === 'mikael-appelqvist').email;
    const {code, stdout, stderr} = await run(['prerender', '-', '--feed', feed], {
      input: '<contact-card contact="mikael-appelqvist"></contact-card>\n',
    });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Mikael Appelqvist/);
    assert.ok(!stdout.includes(address), 'the address is not in the page');
    assert.doesNotMatch(stdout, /mailto:/);
  });

  test('a page without elements comes back unchanged', async () => {
    const page = '<!doctype html><title>x</title><p>No blocks <b>here</b>\n';
    const {code, stdout, stderr} = await run(['prerender', '-', '--feed', FEED], {
      input: page,
    });
    assert.equal(code, 0);
    assert.equal(stdout, page);
    assert.match(stderr, /Prerendered 0 elements/);
  });

  test('fills each element and leaves every other byte as it was', async () => {
    const {dir, remove} = await temporaryDirectory();
    try {
      const file = join(dir, 'page.html');
      const out = join(dir, 'out.html');
      await writeFile(file, PAGE);
      const {code, stderr} = await run(['prerender', file, '--feed', FEED, '--out', out]);
      assert.equal(code, 0, stderr);
      assert.match(stderr, /Prerendered 2 elements/);
      const html = await readFile(out, 'utf8');
      assert.equal(html.replace(TEMPLATE, ''), PAGE);
      const [list, news] = html.match(TEMPLATE);
      // In the page's language, Swedish, and in the element's own, English.
      assert.match(list, /<h3[^>]*>Assembly of European Regions/);
      assert.match(list, /Medlemmar/);
      assert.doesNotMatch(list, /<h3[^>]*>North Sea Commission/);
      assert.match(news, /<style>/);
      assert.doesNotMatch(html, /lit-part|Loading/);
      // What a strict Content-Security-Policy needs: the hash of each kind of block's styles.
      const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => css);
      const hashes = styles.map(
        (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      );
      assert.equal(hashes.length, 2);
      for (const hash of hashes) assert.ok(stderr.includes(hash), hash);

      // Again, on its own output: the same page, not a second template.
      const again = await run(['prerender', out, '--feed', FEED]);
      assert.equal(again.code, 0);
      assert.equal(again.stdout, html);
    } finally {
      await remove();
    }
  });

  test('a feed with problems exits 1, names them, and writes nothing', async () => {
    const {dir, remove} = await temporaryDirectory();
    try {
      const out = join(dir, 'out.html');
      const {code, stdout, stderr} = await run(
        ['prerender', '-', '--feed', BROKEN, '--out', out],
        {input: '<network-list></network-list>'},
      );
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /networks\[\d+\]/);
      assert.match(stderr, /Nothing was written/);
      await assert.rejects(access(out));
    } finally {
      await remove();
    }
  });

  test('reads the feed from standard input and says so in the language asked', async () => {
    const feed = await readFile(FEED, 'utf8');
    const {dir, remove} = await temporaryDirectory();
    try {
      const file = join(dir, 'page.html');
      await writeFile(file, '<twin-towns></twin-towns>');
      const {code, stdout, stderr} = await run(
        ['prerender', file, '--feed', '-', '--lang', 'sv'],
        {input: feed},
      );
      assert.equal(code, 0);
      assert.match(stdout, /^<twin-towns><template shadowrootmode="open">/);
      assert.match(stderr, /Förrenderade 1 element/);
    } finally {
      await remove();
    }
  });

  test('--page-lang names the language of the page a fragment goes into', async () => {
    const {code, stdout} = await run(
      ['prerender', '-', '--feed', FEED, '--page-lang', 'de-AT'],
      {
        input:
          '<news-list limit="1"></news-list><div lang="da"><news-list limit="1"></news-list></div>',
      },
    );
    assert.equal(code, 0);
    const [german, danish] = stdout.split('</news-list>');
    assert.match(german, /3\. Februar 2026/);
    assert.match(danish, /3\. februar 2026/);
  });

  test('needs a page and a feed, not both from standard input', async () => {
    assert.equal((await run(['prerender'])).code, 2);
    assert.match((await run(['prerender', 'x.html'])).stderr, /--feed FEED/);
    assert.match((await run(['prerender', '-', '--feed', '-'])).stderr, /standard input/);
  });
});

describe('prerender() (municipal-widgets/prerender)', async () => {
  const {prerender, FeedProblemsError} = await import('../../lib/prerender/prerender.js');
  const hostile = '</template><script>alert(1)</script><!--lit-part--><?>';
  const feed = {
    version: 1,
    publisher: {name: 'Kommunen', language: 'sv', country: 'SE'},
    networks: [{id: 'x', name: hostile, description: `"><img src=x onerror=alert(1)>`}],
  };

  test('puts feed text into the page as text, never as HTML', async () => {
    const {html} = await prerender('<network-list></network-list>', feed);
    assert.doesNotMatch(html, /<script|<img|<\/template><script/);
    assert.match(html, /&lt;\/template&gt;&lt;script&gt;alert\(1\)/);
    assert.equal(html.match(/<\/template>/g).length, 1);
  });

  test('renders each element from the feed its src names, with feeds()', async () => {
    const other = {...feed, networks: [{id: 'y', name: 'Other network'}]};
    const {html, elements} = await prerender(
      '<network-list></network-list><network-list src="other.json"></network-list><network-list src="gone.json"></network-list>',
      feed,
      {feeds: (src) => (src === 'other.json' ? other : undefined)},
    );
    assert.equal(elements, 2);
    const [first, second] = html.split('</network-list>');
    assert.match(first, /alert/);
    assert.match(second, /Other network/);
    assert.match(html, /<network-list src="gone.json"><\/network-list>$/);
  });

  test("resolves a logo against its feed's URL, as the page does, and refuses another host's", async () => {
    const logo = {src: 'logos/x.svg', width: 80, height: 40};
    const withLogo = {...feed, networks: [{id: 'x', name: 'Nätverket', logo}]};
    const {html} = await prerender(
      '<network-list src="feeds/a.json"></network-list>',
      feed,
      {
        baseUrl: 'https://example.se/international/index.html',
        feeds: () => withLogo,
      },
    );
    assert.match(
      html,
      /<img[^>]* src="https:\/\/example.se\/international\/feeds\/logos\/x.svg"/,
    );
    const foreign = {
      ...withLogo,
      networks: [
        {id: 'x', name: 'N', logo: {...logo, src: 'https://elsewhere.example/x.svg'}},
      ],
    };
    await assert.rejects(
      prerender('<network-list src="feeds/a.json"></network-list>', feed, {
        baseUrl: 'https://example.se/international/index.html',
        feeds: () => foreign,
      }),
      (error) =>
        error instanceof FeedProblemsError &&
        error.problems[0].path === 'networks[0].logo.src',
    );
  });

  test('throws FeedProblemsError with the problems of a broken feed', async () => {
    await assert.rejects(
      prerender('<p>no elements</p>', {version: 1}),
      (error) =>
        error instanceof FeedProblemsError && error.problems[0].path === 'publisher',
    );
  });
});
