// `municipal-widgets from-csv`: spreadsheet exports (comma or semicolon, with
// or without a byte order mark, quoted cells with newlines) become feed lists,
// checked by the elements' validator before anything is written.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, writeFile, access} from 'node:fs/promises';
import {join} from 'node:path';
import {ROOT, lines, run, temporaryDirectory} from './helpers.mjs';

const EXAMPLES = join(ROOT, 'docs/examples');
const demo = async (name) =>
  JSON.parse(await readFile(join(ROOT, 'demo/feeds', `${name}.json`), 'utf8'));

let tmp;
before(async () => {
  tmp = await temporaryDirectory();
});
after(() => tmp.remove());

async function csvFile(name, content) {
  const path = join(tmp.dir, name);
  await writeFile(path, content);
  return path;
}

const exists = (path) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the examples in docs/examples', () => {
  test('networks.csv (comma separated) gives the networks of the VGR demo feed', async () => {
    const {code, stdout, stderr} = await run([
      'from-csv',
      'networks',
      join(EXAMPLES, 'networks.csv'),
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), (await demo('vgr')).networks);
    assert.match(stderr, /valid: 13 networks/);
  });

  test('contacts.csv (semicolons, byte order mark) gives the demo contacts', async () => {
    const bytes = await readFile(join(EXAMPLES, 'contacts.csv'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const {code, stdout, stderr} = await run([
      'from-csv',
      'contacts',
      join(EXAMPLES, 'contacts.csv'),
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), [
      ...(await demo('trollhattan')).contacts,
      ...(await demo('vgr')).contacts,
    ]);
  });

  test('twin-towns.csv (semicolons, decimal commas) gives Vänersborg’s twin towns', async () => {
    const {code, stdout, stderr} = await run([
      'from-csv',
      'twin-towns',
      join(EXAMPLES, 'twin-towns.csv'),
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), (await demo('vanersborg')).twinTowns);
  });

  test('news.csv (quoted cells with commas) gives Vänersborg’s news', async () => {
    const {code, stdout, stderr} = await run([
      'from-csv',
      'news',
      join(EXAMPLES, 'news.csv'),
    ]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), (await demo('vanersborg')).news);
  });

  test('pages.csv gives review dates', async () => {
    const {code, stdout, stderr} = await run([
      'from-csv',
      'pages',
      join(EXAMPLES, 'pages.csv'),
    ]);
    assert.equal(code, 0, stderr);
    const [first] = JSON.parse(stdout);
    const [troll] = (await demo('trollhattan')).pages;
    assert.deepEqual(first, {...troll, id: `trollhattan-${troll.id}`});
  });

  test('--merge puts the list into a feed: the VGR feed comes back unchanged', async () => {
    const out = join(tmp.dir, 'vgr.json');
    const {code, stdout, stderr} = await run([
      'from-csv',
      'networks',
      join(EXAMPLES, 'networks.csv'),
      '--merge',
      join(ROOT, 'demo/feeds/vgr.json'),
      '--out',
      out,
    ]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      `Wrote ${out}. valid: 11 contacts, 13 networks, 1 page, 4 news items\n`,
    );
    assert.deepEqual(JSON.parse(await readFile(out, 'utf8')), await demo('vgr'));
    const validated = await run(['validate', out]);
    assert.equal(validated.code, 0);
  });

  test('--out may name the --merge feed itself', async () => {
    const feed = join(tmp.dir, 'vanersborg.json');
    await writeFile(feed, JSON.stringify({...(await demo('vanersborg')), twinTowns: []}));
    const {code} = await run([
      'from-csv',
      'twin-towns',
      join(EXAMPLES, 'twin-towns.csv'),
      '--merge',
      feed,
      '--out',
      feed,
    ]);
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(await readFile(feed, 'utf8')), await demo('vanersborg'));
  });

  test('without --merge, contact ids in networks are noted as unchecked', async () => {
    const {stderr} = await run(['from-csv', 'networks', join(EXAMPLES, 'networks.csv')]);
    assert.match(stderr, /contact ids were not checked: add --merge/);
  });
});

describe('spreadsheet exports', () => {
  test('Swedish Excel: semicolons, BOM, CRLF, a quoted cell with a newline and quotes', async () => {
    const file = await csvFile(
      'towns.csv',
      '\uFEFFid;name;country;kind;since;url;description.sv;description.en\r\n' +
        'herning;Herning;DK;twin;1948;https://www.herning.dk;"Vänort sedan 1948.\r\nSamarbete om ""välfärd"" och skola.";"Twin town since 1948."\r\n' +
        'ravenna;Ravenna;IT;partner;;;;\r\n' +
        ';;;;;;;\r\n',
    );
    const {code, stdout, stderr} = await run(['from-csv', 'twin-towns', file]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), [
      {
        id: 'herning',
        name: 'Herning',
        country: 'DK',
        since: 1948,
        kind: 'twin',
        url: 'https://www.herning.dk',
        description: {
          sv: 'Vänort sedan 1948.\r\nSamarbete om "välfärd" och skola.',
          en: 'Twin town since 1948.',
        },
      },
      {id: 'ravenna', name: 'Ravenna', country: 'IT', kind: 'partner'},
    ]);
  });

  test('comma separated, no BOM, LF, lists with | and localised lists', async () => {
    const file = await csvFile(
      'networks.csv',
      'ID,Name.sv,name.en,countries,Contacts,topics.sv,topics.en,members\n' +
        'sern,Sverige–Italien-nätverket,Sweden–Italy network,SE|IT,,Kultur|Utbildning,Culture|Education,54\n',
    );
    const {code, stdout, stderr} = await run(['from-csv', 'networks', file]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), [
      {
        id: 'sern',
        name: {sv: 'Sverige–Italien-nätverket', en: 'Sweden–Italy network'},
        members: 54,
        countries: ['SE', 'IT'],
        topics: [
          {sv: 'Kultur', en: 'Culture'},
          {sv: 'Utbildning', en: 'Education'},
        ],
      },
    ]);
  });

  test('phones by kind and address parts', async () => {
    const file = await csvFile(
      'contacts.csv',
      'id;name;phones.work;phones.mobile;address.city;address.country;email\n' +
        'kl;Katarina Loodh;+46 520 49 70 00;+46 70 111 22 33|+46 70 444 55 66;Trollhättan;SE;katarina.loodh@trollhattan.se\n',
    );
    const {code, stdout, stderr} = await run(['from-csv', 'contacts', file]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout)[0], {
      id: 'kl',
      name: 'Katarina Loodh',
      phones: [
        {kind: 'work', number: '+46 520 49 70 00'},
        {kind: 'mobile', number: '+46 70 111 22 33'},
        {kind: 'mobile', number: '+46 70 444 55 66'},
      ],
      email: 'katarina.loodh@trollhattan.se',
      address: {city: 'Trollhättan', country: 'SE'},
    });
  });

  test('a Windows-1252 export is read, with a note', async () => {
    const text = 'id;name;country\nvanersborg;Vänersborg;SE\n';
    const file = await csvFile('latin1.csv', Buffer.from(text, 'latin1'));
    const {code, stdout, stderr} = await run(['from-csv', 'twin-towns', file]);
    assert.equal(code, 0, stderr);
    assert.equal(JSON.parse(stdout)[0].name, 'Vänersborg');
    assert.match(stderr, /is not UTF-8, so it was read as Windows-1252/);
  });

  test("a page's versions come from a column per language", async () => {
    const file = await csvFile(
      'languages.csv',
      'id;languages.da;languages.en;languages.de\ninternationale-kommuner;https://www.southdenmark.be/;https://www.southdenmark.be/en;\n',
    );
    const {code, stdout, stderr} = await run(['from-csv', 'pages', file]);
    assert.equal(code, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), [
      {
        id: 'internationale-kommuner',
        languages: {
          da: 'https://www.southdenmark.be/',
          en: 'https://www.southdenmark.be/en',
        },
      },
    ]);
    const plain = await csvFile('plain.csv', 'id;languages\np;https://example.dk/\n');
    const refused = await run(['from-csv', 'pages', plain]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr + refused.stdout, /languages/);
  });

  test('--template prints the columns of a kind', async () => {
    const {code, stdout} = await run(['from-csv', 'twin-towns', '--template']);
    assert.equal(code, 0);
    assert.equal(
      stdout,
      'id,name,country,since,kind,region,url,location.lat,location.lon,description\n',
    );
  });
});

describe('invalid spreadsheets', () => {
  test('an invalid row: exit 1, the row and path named with a hint, nothing written', async () => {
    const out = join(tmp.dir, 'never.json');
    const file = await csvFile(
      'bad.csv',
      'id;name;country;since\nherning;Herning;DK;1948\nravenna;Ravenna;Italien;1998\nchobe;Chobe;BW;sedan 2004\n',
    );
    const {code, stdout, stderr} = await run([
      'from-csv',
      'twin-towns',
      file,
      '--out',
      out,
    ]);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.deepEqual(lines(stderr), [
      'row 3, twinTowns[1].country: does not match ^[A-Z]{2}$ — Use the two-letter ISO 3166-1 code in capitals, e.g. SE, DK, DE, IT (not "Sweden" or "se").',
      'row 4, twinTowns[2].since: must be of type integer — Write a whole number without quotes, e.g. 1948.',
      '2 problems. Nothing was written.',
    ]);
    assert.equal(await exists(out), false);
  });

  test('in Swedish with --lang sv', async () => {
    const file = await csvFile('bad-sv.csv', 'id;title;date\nn;Nyhet;2026-02-30\n');
    const {code, stderr} = await run(['from-csv', 'news', file, '--lang', 'sv']);
    assert.equal(code, 1);
    assert.deepEqual(lines(stderr), [
      'rad 2, news[0].date: must be a real date, YYYY-MM-DD — Skriv ett datum som finns, som ÅÅÅÅ-MM-DD, t.ex. 2025-03-18 (2026-02-30 finns inte).',
      '1 problem. Inget skrevs.',
    ]);
  });

  test('an unknown column is named once with the list of columns', async () => {
    const file = await csvFile(
      'columns.csv',
      'id,name,homepge,land\naer,AER,https://aer.eu,SE\n',
    );
    const {code, stderr} = await run(['from-csv', 'networks', file]);
    assert.equal(code, 1);
    const [first, second] = lines(stderr);
    assert.match(first, /^row 1, "homepge": is not a column for networks — .*homepage/);
    assert.equal(second, 'row 1, "land": is not a column for networks');
  });

  test('plain text and language columns filled in one row', async () => {
    const file = await csvFile('both.csv', 'id,name,name.sv\naer,AER,AER på svenska\n');
    const {code, stderr} = await run(['from-csv', 'networks', file]);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^row 2, networks\[0\]\.name: has text both in column "name" and in language columns \(name\.sv\) — /,
    );
    assert.doesNotMatch(stderr, /is required/, 'not reported twice');
  });

  test('localised lists of different lengths', async () => {
    const file = await csvFile(
      'lists.csv',
      'id,name,topics.sv,topics.en\naer,AER,Kultur|Skola,Culture\n',
    );
    const {code, stderr} = await run(['from-csv', 'networks', file]);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /networks\[0\]\.topics: has a different number of \|-separated values/,
    );
  });

  test('a repeated id is found by the validator', async () => {
    const file = await csvFile(
      'dup.csv',
      'id,title,date\nn,A,2025-01-01\nn,B,2025-01-02\n',
    );
    const {code, stderr} = await run(['from-csv', 'news', file]);
    assert.equal(code, 1);
    assert.match(stderr, /^row 3, news\[1\]\.id: repeats the id "n" — /);
  });

  test('--merge checks contact ids against the feed', async () => {
    const file = await csvFile(
      'refs.csv',
      'id,name,contacts\naer,AER,mikael-appelqvist|nobody\n',
    );
    const {code, stderr} = await run([
      'from-csv',
      'networks',
      file,
      '--merge',
      join(ROOT, 'demo/feeds/vgr.json'),
    ]);
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^row 2, networks\[0\]\.contacts\[1\]: refers to no contact \("nobody"\)/,
    );
  });

  test('an unclosed quote is unreadable', async () => {
    const file = await csvFile('quote.csv', 'id,name\naer,"Assembly\n');
    const {code, stderr} = await run(['from-csv', 'networks', file]);
    assert.equal(code, 2);
    assert.match(stderr, /cannot be read as CSV: Quote Not Closed/);
  });

  test('a missing CSV file or --merge feed is unreadable', async () => {
    const missing = await run(['from-csv', 'news', join(tmp.dir, 'nowhere.csv')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nowhere\.csv: there is no such file/);
    const file = await csvFile('ok.csv', 'id,title,date\nn,A,2025-01-01\n');
    const merge = await run([
      'from-csv',
      'news',
      file,
      '--merge',
      join(tmp.dir, 'none.json'),
    ]);
    assert.equal(merge.code, 2);
  });

  test('an empty file has no header row', async () => {
    const file = await csvFile('empty.csv', '');
    const {code, stderr} = await run(['from-csv', 'news', file]);
    assert.equal(code, 2);
    assert.match(stderr, /has no header row/);
  });
});

describe('the command line', () => {
  test('--help prints the usage; --lang sv in Swedish', async () => {
    const english = await run(['--help']);
    assert.equal(english.code, 0);
    assert.match(english.stdout, /^Usage:\n {2}municipal-widgets validate FEED/);
    const swedish = await run(['--help', '--lang', 'sv']);
    assert.match(swedish.stdout, /^Användning:/);
  });

  test('no command prints the usage and fails', async () => {
    const {code, stderr} = await run([]);
    assert.equal(code, 2);
    assert.match(stderr, /^Usage:/);
  });

  for (const [args, message] of [
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['validate'], /Name at least one feed/],
    [
      ['validate', '--lang', 'xx', 'feed.json'],
      /Unknown language "xx": use en, sv, da, nb, nn, fi, de, or it/,
    ],
    [['validate', '--timeout', 'soon', 'feed.json'], /--timeout takes a number/],
    [
      ['validate', '--nope', 'feed.json'],
      /Invalid command line: Unknown option '--nope'/,
    ],
    [
      ['from-csv', 'towns', 'x.csv'],
      /Unknown kind "towns": use networks, contacts, twin-towns, news, or pages/,
    ],
    [
      ['from-csv', 'news', 'x.csv', '--json'],
      /The option --json does not apply to from-csv/,
    ],
    [
      ['validate', '--merge', 'a.json', 'b.json'],
      /The option --merge does not apply to validate/,
    ],
  ]) {
    test(`${args.join(' ')} is a usage error`, async () => {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.match(stderr, /municipal-widgets --help/);
    });
  }

  test('--version prints the package version', async () => {
    const {version} = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
    const {code, stdout} = await run(['--version']);
    assert.equal(code, 0);
    assert.equal(stdout, `${version}\n`);
  });
});

describe('docs/feed-authoring.md', () => {
  test('lists every column of every kind', async () => {
    const doc = await readFile(join(ROOT, 'docs/feed-authoring.md'), 'utf8');
    for (const kind of ['networks', 'contacts', 'twin-towns', 'news', 'pages']) {
      const {stdout} = await run(['from-csv', kind, '--template']);
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${kind}\``));
      assert.ok(row, `a table row for ${kind}`);
      for (const column of stdout.trim().split(',')) {
        assert.ok(row.includes(`\`${column}\``), `${kind}: ${column}`);
      }
    }
  });
});
