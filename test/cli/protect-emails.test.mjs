// `municipal-widgets protect-emails`: the feed comes out with every e-mail
// address protected and nothing else changed, validates, and decodes back to
// the same addresses; a feed with problems is not written at all.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {access, readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {emailAddress} from '../../lib/feed/email.js';
import {emailFields} from '../../bin/lib/protect.mjs';
import {ROOT, run, temporaryDirectory} from './helpers.mjs';

const VGR = join(ROOT, 'demo/feeds/vgr.json');
const readJson = async (path) => JSON.parse(await readFile(path, 'utf8'));
const exists = (path) =>
  access(path).then(
    () => true,
    () => false,
  );

let tmp;
before(async () => {
  tmp = await temporaryDirectory();
});
after(() => tmp.remove());

describe('protect-emails', () => {
  test('writes the feed with no address in clear, and nothing else changed', async () => {
    const out = join(tmp.dir, 'vgr.published.json');
    const {code, stdout, stderr} = await run(['protect-emails', VGR, '--out', out]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.equal(stderr, `Wrote ${out}. Protected 9 e-mail addresses.\n`);
    const text = await readFile(out, 'utf8');
    assert.doesNotMatch(text, /@/);
    const original = await readJson(VGR);
    const published = JSON.parse(text);
    // Decoded, it is the same feed, in the same order.
    const decoded = {
      ...published,
      contacts: published.contacts.map((contact) =>
        contact.email ? {...contact, email: emailAddress(contact.email)} : contact,
      ),
    };
    assert.equal(JSON.stringify(decoded), JSON.stringify(original));
    assert.ok(
      published.contacts.every((c) => !c.email || typeof c.email.protected === 'string'),
    );

    const validated = await run(['validate', out]);
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /^valid: 11 contacts, 13 networks/);
  });

  test('leaves protected addresses as they are: a second run changes nothing', async () => {
    const first = await run(['protect-emails', VGR]);
    const second = await run(['protect-emails', '-'], {input: first.stdout});
    assert.equal(second.code, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.stderr, 'Protected 0 e-mail addresses.\n');
  });

  test('reads standard input and prints to standard output with --out -', async () => {
    const {code, stdout, stderr} = await run(['protect-emails', '-', '--out', '-'], {
      input: await readFile(VGR),
    });
    assert.equal(code, 0, stderr);
    assert.equal(stderr, 'Protected 9 e-mail addresses.\n');
    assert.equal(JSON.parse(stdout).contacts.length, 11);
    assert.doesNotMatch(stdout, /@/);
  });

  test('made the demo feed demo/feeds/vgr-protected.json from vgr.json', async () => {
    const {stdout} = await run(['protect-emails', VGR]);
    assert.deepEqual(
      await readJson(join(ROOT, 'demo/feeds/vgr-protected.json')),
      JSON.parse(stdout),
    );
  });

  test('rewrites every e-mail field the schema has', async () => {
    const schema = await readJson(join(ROOT, 'src/feed/feed.schema.json'));
    assert.deepEqual(emailFields(schema), ['contacts[].email']);
  });

  test('writes nothing for a feed with problems, and says why', async () => {
    const feed = join(tmp.dir, 'bad.json');
    const out = join(tmp.dir, 'bad.published.json');
    const data = await readJson(VGR);
    data.contacts[1].email = 'magnus@vgregion.se?bcc=all@example.se';
    data.networks[2].homepage = 'javascript:alert(1)';
    await writeFile(feed, JSON.stringify(data));
    const {code, stdout, stderr} = await run(['protect-emails', feed, '--out', out]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^contacts\[1\]\.email: /m);
    assert.match(stderr, /^networks\[2\]\.homepage: /m);
    assert.match(stderr, /2 problems: .*Nothing was written\.\n$/);
    assert.equal(await exists(out), false);
  });

  test('a feed it cannot read is exit code 2; so is a missing FEED', async () => {
    const missing = await run(['protect-emails', join(tmp.dir, 'nothing.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /there is no such file/);
    const none = await run(['protect-emails']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Name at least one feed/);
    const extra = await run(['protect-emails', VGR, VGR]);
    assert.equal(extra.code, 2);
  });

  test('speaks the language asked for', async () => {
    const {stderr} = await run(['protect-emails', VGR, '--lang', 'sv']);
    assert.equal(stderr, 'Skyddade 9 e-postadresser.\n');
  });

  test('is in --help, in every language', async () => {
    for (const lang of ['en', 'sv', 'da', 'nb', 'fi', 'de', 'it']) {
      const {stdout} = await run(['--help', '--lang', lang]);
      assert.match(stdout, /municipal-widgets protect-emails /, lang);
    }
  });
});

describe('validate, on protected addresses and logos', () => {
  test('accepts a protected feed, and reports one that does not decode as a left-out address', async () => {
    const feed = join(tmp.dir, 'garbled.json');
    const {stdout: published} = await run(['protect-emails', VGR]);
    const data = JSON.parse(published);
    data.contacts[0].email = {protected: 'abcde'};
    await writeFile(feed, JSON.stringify(data));
    const {code, stdout} = await run(['validate', '--json', feed]);
    assert.equal(code, 1);
    const [result] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      result.problems.map(({path, kind, effect}) => [path, kind, effect]),
      [['contacts[0].email.protected', 'protected-email', 'field']],
    );
    assert.match(result.problems[0].hint, /protect-emails/);
    assert.equal(result.counts.contacts, 11);
    assert.match(result.summary, /1 e-mail address will be left out/);
  });

  test('reports a logo that is not http(s) or relative as a left-out logo', async () => {
    const feed = join(tmp.dir, 'logo.json');
    const data = await readJson(VGR);
    data.networks[1].logo.src = 'data:image/svg+xml,<svg/>';
    await writeFile(feed, JSON.stringify(data));
    const {code, stdout} = await run(['validate', feed]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^networks\[1\]\.logo\.src: .* — Put the logo on the feed's own host/m,
    );
    assert.match(stdout, /1 logo will be left out\. Will show: .*13 networks/);
  });
});

describe('validate FEED-URL, on logos', () => {
  let server;
  let base;
  before(async () => {
    const {createServer} = await import('node:http');
    const data = await readJson(VGR);
    data.networks[1].logo.src = 'https://tracker.example/cpmr.svg';
    server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(data));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('checks that logos are on the feed’s host', async () => {
    const {code, stdout} = await run(['validate', `${base}/feeds/vgr.json`]);
    assert.equal(code, 1);
    assert.match(stdout, /^networks\[1\]\.logo\.src: is not on the feed's own host/m);
    assert.match(stdout, /1 logo will be left out/);
  });
});
