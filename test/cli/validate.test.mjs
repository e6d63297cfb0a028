// `municipal-widgets validate`: the same verdicts as the elements' validator,
// explained line by line, with exit codes 0 (valid), 1 (problems), 2 (unreadable).
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFile, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {ROOT, lines, run, temporaryDirectory} from './helpers.mjs';

const DEMO = join(ROOT, 'demo/feeds');
const FIXTURES = join(ROOT, 'test/fixtures/feeds');
const demoFeeds = (await readdir(DEMO)).filter((f) => f.endsWith('.json'));
const fixtures = (await readdir(FIXTURES)).filter((f) => f.endsWith('.json'));

const publisher = {name: 'Vänersborgs kommun', language: 'sv', country: 'SE'};

let tmp;
before(async () => {
  tmp = await temporaryDirectory();
});
after(() => tmp.remove());

/** Writes a feed (an object, or raw text) to a temporary file; returns its path. */
async function feedFile(name, content) {
  const path = join(tmp.dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('good feeds', () => {
  for (const file of demoFeeds) {
    test(`the demo feed ${file} is valid`, async () => {
      const {code, stdout, stderr} = await run(['validate', join(DEMO, file)]);
      assert.equal(stderr, '');
      assert.equal(code, 0, stdout);
      assert.match(stdout, /^valid: /);
    });
  }

  test('counts what will show, by list', async () => {
    const {stdout} = await run(['validate', join(DEMO, 'vgr.json')]);
    assert.equal(stdout, 'valid: 11 contacts, 13 networks, 1 page, 4 news items\n');
  });

  test('validates several feeds at once, naming each', async () => {
    const {code, stdout} = await run([
      'validate',
      ...demoFeeds.map((f) => join(DEMO, f)),
    ]);
    assert.equal(code, 0);
    assert.equal(lines(stdout).length, demoFeeds.length);
    for (const line of lines(stdout)) assert.match(line, /\.json: valid/);
  });

  test('reads standard input for -', async () => {
    const input = await readFile(join(DEMO, 'sdeo.json'));
    const {code, stdout} = await run(['validate', '-'], {input});
    assert.equal(code, 0);
    assert.match(stdout, /^valid: 1 contact, 1 network/);
  });

  test('ignores a byte order mark, as the elements do', async () => {
    const {code, stdout} = await run(['validate', join(FIXTURES, 'bom.json')]);
    assert.equal(code, 0);
    assert.equal(stdout, 'valid: 1 page\n');
  });

  test('says so when a valid feed has no entries', async () => {
    const {code, stdout} = await run(['validate', join(FIXTURES, 'no-news.json')]);
    assert.equal(code, 0);
    assert.equal(stdout, 'valid, with no entries\n');
  });
});

describe('partial feeds', () => {
  test('prints each problem with its path, message and hint, then a summary', async () => {
    const {code, stdout} = await run(['validate', join(FIXTURES, 'broken.json')]);
    assert.equal(code, 1);
    const output = lines(stdout);
    assert.deepEqual(
      output.slice(0, -1).map((line) => line.split(':')[0]),
      [
        'contacts[1].name',
        'contacts[2].phones[0].number',
        'networks[1].homepage',
        'networks[2].id',
        'twinTowns',
        'pages[1].updated',
        'pages[2].reviewedBy',
        'news[0].title',
      ],
    );
    assert.equal(
      output[0],
      'contacts[1].name: is required — Add "name": every entry of this kind needs it.',
    );
    assert.match(output[2], /must be an absolute http\(s\) URL — .*https:\/\//);
    assert.match(
      output[3],
      /repeats the id "aer" — Give every entry in a list its own id/,
    );
    assert.match(output[5], /real date.* — Write a date that exists, as YYYY-MM-DD/);
    assert.equal(
      output.at(-1),
      '8 problems: 1 list will be ignored and 7 entries will be skipped. Will show: 1 contact, 1 network, 1 page.',
    );
  });

  test('a dangling contact reference drops the reference, not the network', async () => {
    const {code, stdout} = await run(['validate', join(FIXTURES, 'networks.json')]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^networks\[1\]\.contacts\[1\]: refers to no contact \("nobody"\) — Add a contact with this id to "contacts"/,
    );
    assert.match(
      stdout,
      /1 reference to a contact will be dropped\. Will show: 2 contacts, 5 networks\./,
    );
  });

  const cases = [
    [
      'an unknown country code',
      {twinTowns: [{id: 't', name: 'T', country: 'Danmark'}]},
      'twinTowns[0].country',
      'country',
      /ISO 3166-1/,
    ],
    [
      'a bad date',
      {news: [{id: 'n', title: 'N', date: '2026-02-30'}]},
      'news[0].date',
      'date',
      /YYYY-MM-DD/,
    ],
    [
      'a bad URL scheme',
      {networks: [{id: 'n', name: 'N', homepage: 'javascript:alert(1)'}]},
      'networks[0].homepage',
      'url',
      /https:\/\//,
    ],
    [
      'a wrong type',
      {twinTowns: [{id: 't', name: 'T', country: 'DK', since: '1948'}]},
      'twinTowns[0].since',
      'type-integer',
      /whole number/,
    ],
    [
      'a missing property',
      {news: [{id: 'n', title: 'N'}]},
      'news[0].date',
      'required',
      /Add "date"/,
    ],
    [
      'a value not in the list',
      {twinTowns: [{id: 't', name: 'T', country: 'DK', kind: 'Twin'}]},
      'twinTowns[0].kind',
      'enum',
      /listed values/,
    ],
    [
      'a phone number not in international form',
      {
        contacts: [
          {id: 'c', name: 'C', phones: [{kind: 'work', number: '0520-49 70 52'}]},
        ],
      },
      'contacts[0].phones[0].number',
      'phone',
      /\+46 520 49 70 52/,
    ],
    [
      'a blank text',
      {contacts: [{id: 'c', name: ' '}]},
      'contacts[0].name',
      'blank',
      /Fill in the text/,
    ],
    [
      'an id with a space',
      {pages: [{id: 'two words'}]},
      'pages[0].id',
      'id',
      /without spaces or commas/,
    ],
    [
      'a duplicate id',
      {pages: [{id: 'p'}, {id: 'p'}]},
      'pages[1].id',
      'duplicate-id',
      /its own id/,
    ],
    [
      'a dangling contact',
      {networks: [{id: 'n', name: 'N', contacts: ['nobody']}]},
      'networks[0].contacts[0]',
      'dangling-contact',
      /Add a contact/,
    ],
    [
      'a bad language tag',
      {news: [{id: 'n', title: {'not a tag': 'x'}, date: '2025-01-01'}]},
      'news[0].title',
      'l10n',
      /one text per language/,
    ],
    [
      'a latitude out of range',
      {twinTowns: [{id: 't', name: 'T', country: 'DK', location: {lat: 100, lon: 0}}]},
      'twinTowns[0].location.lat',
      'coordinates',
      /latitude/,
    ],
    [
      'a year out of range',
      {twinTowns: [{id: 't', name: 'T', country: 'DK', since: 19480}]},
      'twinTowns[0].since',
      'year',
      /four digits/,
    ],
    [
      'a founding date that is not a year',
      {networks: [{id: 'n', name: 'N', founded: '2005-13'}]},
      'networks[0].founded',
      'founded',
      /2005-01/,
    ],
    [
      'a list that is not a list',
      {news: {id: 'n'}},
      'news',
      'not-list',
      /square brackets/,
    ],
  ];
  for (const [name, lists, path, kind, hint] of cases) {
    test(`explains ${name}`, async () => {
      const file = await feedFile(`${kind}.json`, {version: 1, publisher, ...lists});
      const {code, stdout} = await run(['validate', '--json', file]);
      assert.equal(code, 1);
      const [problem, ...others] = JSON.parse(stdout).problems;
      assert.deepEqual(others, []);
      assert.equal(problem.path, path);
      assert.equal(problem.kind, kind);
      assert.match(problem.hint, hint);
    });
  }

  test("a page's unsafe language link is left out, the page kept", async () => {
    const file = await feedFile('languages.json', {
      version: 1,
      publisher,
      pages: [
        {
          id: 'internationale-kommuner',
          languages: {
            da: 'https://www.southdenmark.be/',
            en: 'javascript:alert(1)',
            'de-DE': 'ftp://example.de/',
          },
        },
      ],
    });
    const {code, stdout} = await run(['validate', file]);
    assert.equal(code, 1);
    const output = lines(stdout);
    assert.deepEqual(
      output.map((line) => line.split(':')[0]),
      ['pages[0].languages.en', 'pages[0].languages["de-DE"]', '2 problems'],
    );
    assert.match(output[0], /must be an absolute http\(s\) URL — .*https:\/\//);
    assert.equal(
      output.at(-1),
      '2 problems: 2 language links will be left out. Will show: 1 page.',
    );
    const json = JSON.parse((await run(['validate', '--json', file])).stdout);
    assert.deepEqual(
      json.problems.map(({kind, effect}) => [kind, effect]),
      [
        ['url', 'language'],
        ['url', 'language'],
      ],
    );
    assert.equal(json.skipped.languages, 2);
    assert.equal(json.skipped.entries, 0);
    const swedish = await run(['validate', '--lang', 'sv', file]);
    assert.match(swedish.stdout, /2 språklänkar utelämnas\. Visas: 1 sida\.\n$/);
  });

  test('a language version keyed by something that is no language tag', async () => {
    const file = await feedFile('language-tag.json', {
      version: 1,
      publisher,
      pages: [{id: 'p', languages: {Deutsch: 'https://example.de/'}}],
    });
    const {code, stdout} = await run(['validate', '--json', file]);
    assert.equal(code, 1);
    const [problem] = JSON.parse(stdout).problems;
    assert.equal(problem.path, 'pages[0].languages');
    assert.equal(problem.kind, 'language-tag');
    assert.equal(problem.effect, 'language');
    assert.match(problem.hint, /sv-FI/);
  });

  test('a broken publisher block is reported, the lists still count', async () => {
    const file = await feedFile('publisher.json', {
      version: 1,
      publisher: {name: 'X', language: 'sv', country: 'se'},
      pages: [{id: 'p'}],
    });
    const {code, stdout} = await run(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /^publisher\.country: .* — Use the two-letter ISO 3166-1 code/);
    assert.match(
      stdout,
      /1 problem: the publisher block will be ignored\. Will show: 1 page\./,
    );
  });
});

describe('hostile feeds', () => {
  const EXPECTED = {
    'invalid.json': 2,
    'broken.json': 1,
    'bad-dates.json': 1,
    'not-a-feed.json': 1,
    'networks.json': 1,
    'contacts.json': 1,
    'languages-unsafe.json': 1,
    // One protected address that does not decode (test/elements/protected-email.test.ts).
    'protected.json': 1,
  };
  for (const file of fixtures) {
    test(`judges the fixture ${file} without crashing`, async () => {
      const {code, stdout, stderr} = await run(['validate', join(FIXTURES, file)]);
      assert.equal(code, EXPECTED[file] ?? 0, stdout + stderr);
      assert.doesNotMatch(stderr, /at .*\.m?js:\d+/, 'no stack trace');
    });
  }

  test('a JSON array is not a feed', async () => {
    const {code, stdout} = await run(['validate', join(FIXTURES, 'not-a-feed.json')]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^\(feed\): must be a JSON object — The feed must be one JSON object/,
    );
    assert.match(stdout, /the feed cannot be used.*Nothing will show\./);
  });

  test('__proto__ is only a key: nothing is polluted, the feed is not version 1', async () => {
    const file = await feedFile('proto.json', '{"__proto__":{"polluted":true}}');
    const {code, stdout} = await run(['validate', '--json', file]);
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.deepEqual(
      result.problems.map(({path, kind}) => [path, kind]),
      [['version', 'version']],
    );
    assert.equal({}.polluted, undefined);
  });

  test('__proto__ beside a valid feed is an unknown key and harmless', async () => {
    const file = await feedFile(
      'proto-valid.json',
      `{"__proto__":{"polluted":true},"version":1,"publisher":${JSON.stringify(publisher)}}`,
    );
    const {code} = await run(['validate', file]);
    assert.equal(code, 0);
  });

  test('1e400 is Infinity, not an integer', async () => {
    const file = await feedFile(
      'huge.json',
      `{"version":1,"publisher":${JSON.stringify(publisher)},"networks":[{"id":"n","name":"N","members":1e400}]}`,
    );
    const {code, stdout} = await run(['validate', file]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^networks\[0\]\.members: must be of type integer — Write a whole number/,
    );
  });

  test('1e400 as the version is not 1', async () => {
    const file = await feedFile('version.json', '{"version":1e400}');
    const {code, stdout} = await run(['validate', file]);
    assert.equal(code, 1);
    assert.match(stdout, /^version: must be 1 — Begin the feed with "version": 1\./);
  });

  test('control characters never reach the terminal raw', async () => {
    const feed = {
      version: 1,
      publisher,
      news: [{id: 'n', date: '2025-01-01', title: {'\u001b[31m\u202e': 'x'}}],
      pages: [{id: '\u001b]0;owned\u0007'}, {id: '\u001b]0;owned\u0007'}],
    };
    // File names are printed as given, so they carry the escapes here.
    const files = [
      await feedFile('escape\u001b[2J.json', JSON.stringify(feed)),
      await feedFile('bidi\u202e.json', JSON.stringify(feed)),
    ];
    const {code, stdout} = await run(['validate', ...files]);
    assert.equal(code, 1);
    const raw = [...stdout].filter((c) => (c < ' ' && c !== '\n') || c === '\u202e');
    assert.deepEqual(raw, []);
    assert.match(stdout, /escape\\u001b\[2J\.json: /);
    assert.match(stdout, /bidi\\u202e\.json: /);
  });

  test('deeply nested JSON is refused or judged, never a crash', async () => {
    const file = await feedFile('deep.json', '['.repeat(200_000) + ']'.repeat(200_000));
    const {code, stderr} = await run(['validate', file]);
    assert.ok(code === 1 || code === 2, `exit ${code}`);
    assert.doesNotMatch(stderr, /at .*\.m?js:\d+/);
  });
});

describe('unreadable feeds', () => {
  let server;
  let base;
  before(async () => {
    const feed = await readFile(join(DEMO, 'vgr.json'));
    server = createServer((request, response) => {
      if (request.url === '/feed.json') {
        response.writeHead(200, {'content-type': 'application/json'});
        response.end(feed);
      } else if (request.url === '/error') {
        response.writeHead(500);
        response.end('Internal Server Error');
      } else if (request.url === '/html') {
        response.writeHead(200, {'content-type': 'text/html'});
        response.end('<!doctype html><title>Sidan finns inte</title>');
      } else if (request.url === '/slow') {
        // Never answers; the client's timeout must end the wait.
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('a feed served over HTTP is fetched and validated', async () => {
    const {code, stdout} = await run(['validate', `${base}/feed.json`]);
    assert.equal(code, 0);
    assert.match(stdout, /^valid: 11 contacts, 13 networks/);
  });

  test('an HTTP error is unreadable', async () => {
    const {code, stdout, stderr} = await run(['validate', `${base}/error`]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `Cannot fetch ${base}/error: the server answered with HTTP status 500.\n`,
    );
  });

  test('an HTML page is not JSON', async () => {
    const {code, stderr} = await run(['validate', `${base}/html`]);
    assert.equal(code, 2);
    assert.match(stderr, /html is not valid JSON: Unexpected token '<'/);
  });

  test('a server that never answers times out', async () => {
    const {code, stderr} = await run(['validate', '--timeout', '300', `${base}/slow`]);
    assert.equal(code, 2);
    assert.match(stderr, /no answer within 0\.3 seconds/);
  });

  test('a refused connection is unreadable', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const {port} = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}/feed.json`;
    const {code, stderr} = await run(['validate', url]);
    assert.equal(code, 2);
    assert.equal(stderr, `Cannot fetch ${url}: ECONNREFUSED.\n`);
  });

  test('a missing file is unreadable', async () => {
    const {code, stderr} = await run(['validate', join(tmp.dir, 'nowhere.json')]);
    assert.equal(code, 2);
    assert.match(stderr, /nowhere\.json: there is no such file\./);
  });

  test('text that is not JSON is unreadable, with line and column', async () => {
    const {code, stdout, stderr} = await run([
      'validate',
      join(FIXTURES, 'invalid.json'),
    ]);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /invalid\.json is not valid JSON: .*\(line 1, column 44\)\./);
    assert.match(stderr, /missing or extra comma/);
  });

  test('the worst outcome of several feeds decides the exit code', async () => {
    const {code, stdout} = await run([
      'validate',
      join(DEMO, 'vgr.json'),
      join(FIXTURES, 'broken.json'),
      `${base}/error`,
    ]);
    assert.equal(code, 2);
    assert.match(stdout, /vgr\.json: valid/);
    assert.match(stdout, /broken\.json: 8 problems/);
  });
});

describe('--json', () => {
  test('prints {valid, problems: [{path, message, hint}], counts}', async () => {
    const {code, stdout} = await run([
      'validate',
      '--json',
      join(FIXTURES, 'bad-dates.json'),
    ]);
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.valid, false);
    assert.equal(result.source, join(FIXTURES, 'bad-dates.json'));
    assert.deepEqual(result.counts, {
      contacts: 0,
      networks: 0,
      twinTowns: 0,
      pages: 0,
      news: 1,
    });
    assert.equal(result.problems.length, 2);
    for (const problem of result.problems) {
      assert.deepEqual(Object.keys(problem).sort(), [
        'effect',
        'hint',
        'kind',
        'message',
        'path',
      ]);
      assert.equal(problem.kind, 'date');
      assert.equal(problem.effect, 'entry');
    }
    assert.equal(result.skipped.entries, 2);
    assert.match(result.summary, /^2 problems: 2 entries will be skipped/);
  });

  test('a valid feed: valid true and no problems', async () => {
    const {code, stdout} = await run(['validate', '--json', join(DEMO, 'vgr.json')]);
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.equal(result.valid, true);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.counts, {
      contacts: 11,
      networks: 13,
      twinTowns: 0,
      pages: 1,
      news: 4,
    });
  });

  test('one line per feed, an error object for an unreadable one', async () => {
    const {code, stdout} = await run([
      'validate',
      '--json',
      join(DEMO, 'sdeo.json'),
      join(FIXTURES, 'invalid.json'),
    ]);
    assert.equal(code, 2);
    const [first, second] = lines(stdout).map((line) => JSON.parse(line));
    assert.equal(first.valid, true);
    assert.equal(second.valid, false);
    assert.equal(second.error.kind, 'not-json');
    assert.match(second.error.message, /is not valid JSON/);
    assert.deepEqual(second.problems, []);
  });
});

describe('languages', () => {
  test('--lang sv prints hints and the summary in Swedish', async () => {
    const {code, stdout} = await run([
      'validate',
      '--lang',
      'sv',
      join(FIXTURES, 'broken.json'),
    ]);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /^contacts\[1\]\.name: is required — Lägg till "name": varje post/m,
    );
    assert.match(stdout, /— Skriv ett datum som finns, som ÅÅÅÅ-MM-DD/);
    assert.match(
      stdout,
      /8 problem: 1 lista ignoreras och 7 poster hoppas över\. Visas: 1 kontakt, 1 nätverk, 1 sida\.\n$/,
    );
  });

  test('--lang sv says valid in Swedish', async () => {
    const {stdout} = await run(['validate', '--lang=sv', join(DEMO, 'vanersborg.json')]);
    assert.equal(stdout, 'giltigt: 3 vänorter, 1 sida, 4 nyheter\n');
  });

  test('--lang nn says valid in Nynorsk', async () => {
    const {stdout} = await run(['validate', '--lang=nn', join(DEMO, 'vanersborg.json')]);
    assert.equal(stdout, 'gyldig: 3 venskapsbyar, 1 side, 4 nyheiter\n');
  });

  test('the language comes from LANG when it is one of the eight', async () => {
    const {stdout} = await run(['validate', join(DEMO, 'vgr.json')], {
      env: {LANG: 'fi_FI.UTF-8'},
    });
    assert.match(stdout, /^kelvollinen: 11 yhteystietoa, 13 verkostoa, 1 sivu/);
  });

  test('LC_ALL wins over LANG; an unknown locale means English', async () => {
    const danish = await run(['validate', join(DEMO, 'sdeo.json')], {
      env: {LANG: 'sv_SE.UTF-8', LC_ALL: 'da_DK.UTF-8'},
    });
    assert.match(danish.stdout, /^gyldigt: 1 kontakt, 1 netværk/);
    const english = await run(['validate', join(DEMO, 'sdeo.json')], {
      env: {LANG: 'pt_BR.UTF-8'},
    });
    assert.match(english.stdout, /^valid: /);
  });

  test('errors are translated too', async () => {
    const {code, stderr} = await run([
      'validate',
      '--lang',
      'de',
      join(tmp.dir, 'fehlt.json'),
    ]);
    assert.equal(code, 2);
    assert.match(stderr, /fehlt\.json ist nicht lesbar: Die Datei gibt es nicht\./);
  });
});
