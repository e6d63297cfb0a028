// Hostile spreadsheets and feeds for the command, as data: each row is an
// input the security review broke the CLI with (M-1, M-2, L-4, L-6, I-1, I-6)
// or one beside it, and what a webmaster must see instead. The counts are
// printed at the end, so that the review's "tried / broken" can be redone.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {run, temporaryDirectory} from './helpers.mjs';

let tmp;
before(async () => (tmp = await temporaryDirectory()));
after(() => tmp.remove());

const totals = {tried: 0, broken: 0};
after(() =>
  console.log(`CLI hostile inputs: ${totals.tried} tried, ${totals.broken} broken`),
);

let files = 0;
async function file(name, content) {
  const path = join(tmp.dir, `${++files}-${name}`);
  await writeFile(path, content);
  return path;
}

const CONTACTS = 'id;name;email;url\n';
const feed = (contacts) =>
  JSON.stringify({
    version: 1,
    publisher: {name: 'Trollhättans Stad', language: 'sv', country: 'SE'},
    contacts,
  });

/** Spreadsheet rows that must not become a feed: exit 1, the path named. */
const REFUSED_CSV = [
  ['a hidden Bcc', 'anna;Anna;anna@example.se?bcc=attacker%40evil.example;', 'email'],
  ['a second recipient', 'anna;Anna;anna@example.se,attacker%40evil.example;', 'email'],
  [
    'a pre-filled subject and body',
    'anna;Anna;anna@example.se?subject=Invoice&body=Pay;',
    'email',
  ],
  ['an encoded header', 'anna;Anna;x@y.z%0D%0ABcc:attacker%40evil.example;', 'email'],
  ['a semicolon list', 'anna;Anna;"anna@example.se;b%40evil.example";', 'email'],
  [
    'a line break inside the URL (Excel Alt+Enter)',
    'anna;Anna;;"https://example.org/x\nEND:VCARD\nBEGIN:VCARD"',
    'url',
  ],
  [
    'a CR inside the URL',
    'anna;Anna;;"https://example.org/\rEMAIL:a@evil.example"',
    'url',
  ],
  ['a NUL in an id (I-6)', 'a\u0000b;Anna;;', 'id'],
  ['an escape sequence in a name', 'anna;Anna\u001b[31m;;', 'name'],
  ['a line break in a name', 'anna;"Anna\nTEL:+19005550100";;', 'name'],
];

describe('from-csv refuses what would inject into a link, a vCard or a terminal', () => {
  for (const [what, row, property] of REFUSED_CSV) {
    test(what, async () => {
      totals.tried++;
      const out = join(tmp.dir, `never-${files}.json`);
      const path = await file('contacts.csv', CONTACTS + row + '\n');
      const {code, stdout, stderr} = await run([
        'from-csv',
        'contacts',
        path,
        '--out',
        out,
      ]);
      if (code !== 1) totals.broken++;
      assert.equal(code, 1, stdout + stderr);
      assert.match(stderr, new RegExp(`row 2, contacts\\[0\\]\\.${property}: `));
      assert.match(stderr, /Nothing was written/);
      // Nothing raw reaches the terminal.
      // eslint-disable-next-line no-control-regex -- looking for them is the point
      assert.doesNotMatch(stderr, /[\u0000\u001b\r]/);
    });
  }
});

describe('validate reads a feed as the elements do', () => {
  test('a bad e-mail address is reported with its path; the contact stays', async () => {
    totals.tried++;
    const path = await file(
      'feed.json',
      feed([
        {id: 'a', name: 'Anna', email: 'victim@example.org?bcc=attacker%40evil.example'},
      ]),
    );
    const {code, stdout} = await run(['validate', path]);
    if (code !== 1) totals.broken++;
    assert.equal(code, 1);
    assert.match(stdout, /^contacts\[0\]\.email: does not match .* — Write one plain/m);
    assert.match(
      stdout,
      /1 problem: 1 e-mail address will be left out\. Will show: 1 contact\./,
    );
  });

  test('a Latin-1 feed is "not UTF-8", not valid (L-6)', async () => {
    totals.tried++;
    const path = await file(
      'latin1.json',
      Buffer.from(feed([{id: 'a', name: 'Miljö och hållbarhet'}]), 'latin1'),
    );
    const {code, stdout, stderr} = await run(['validate', path]);
    if (code !== 2) totals.broken++;
    assert.equal(code, 2, stdout);
    assert.match(stderr, /latin1\.json is not UTF-8 text; save it as UTF-8/);
    const json = await run(['validate', path, '--json']);
    assert.equal(JSON.parse(json.stdout).error.kind, 'not-utf8');
  });

  test('a UTF-8 feed with a byte order mark is still read', async () => {
    totals.tried++;
    const path = await file('bom.json', `\uFEFF${feed([{id: 'a', name: 'Miljö'}])}`);
    const {code} = await run(['validate', path]);
    if (code !== 0) totals.broken++;
    assert.equal(code, 0);
  });

  test('--json escapes bidi overrides and C1 controls as it prints (I-1)', async () => {
    totals.tried++;
    const path = await file(
      'esc.json',
      feed([{id: 'a\u202egnp', name: 'Anna \u009b31m \u2028'}]),
    );
    const {stdout} = await run(['validate', path, '--json']);
    const raw = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(stdout);
    if (raw) totals.broken++;
    assert.equal(raw, false, JSON.stringify(stdout));
    // The same JSON, read back.
    const {problems} = JSON.parse(stdout);
    assert.deepEqual(
      problems.map(({path, kind}) => [path, kind]),
      [['contacts[0].name', 'control']],
    );
  });
});

describe('a Windows-1252 spreadsheet keeps its punctuation (L-4)', () => {
  // The 27 characters at 0x80–0x9F in which Windows-1252 differs from Latin-1.
  const CP1252 = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  const BYTES = [
    0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91,
    0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
  ];

  test('all 27 characters that differ from Latin-1, and ä', async () => {
    totals.tried++;
    const row = Buffer.concat([
      Buffer.from('id;name;country\nvanersborg;V\xe4nersborg ', 'latin1'),
      Buffer.from(BYTES),
      Buffer.from(';SE\n', 'latin1'),
    ]);
    const path = await file('semicolon-1252.csv', row);
    const {code, stdout, stderr} = await run(['from-csv', 'twin-towns', path]);
    const name = code === 0 ? JSON.parse(stdout)[0].name : '';
    if (name !== `Vänersborg ${CP1252}`) totals.broken++;
    assert.equal(code, 0, stderr);
    assert.equal(name, `Vänersborg ${CP1252}`);
    assert.match(stderr, /read as Windows-1252/);
  });

  test('"Miljö och hållbarhet – ”citat”" as the review wrote it', async () => {
    totals.tried++;
    const path = await file(
      'review-1252.csv',
      Buffer.concat([
        Buffer.from('id;name;country\nx;Milj\xf6 och h\xe5llbarhet ', 'latin1'),
        Buffer.from([0x96, 0x20, 0x94]),
        Buffer.from('citat', 'latin1'),
        Buffer.from([0x94]),
        Buffer.from(';SE\n', 'latin1'),
      ]),
    );
    const {code, stdout} = await run(['from-csv', 'twin-towns', path]);
    const name = code === 0 ? JSON.parse(stdout)[0].name : '';
    if (name !== 'Miljö och hållbarhet – ”citat”') totals.broken++;
    assert.equal(name, 'Miljö och hållbarhet – ”citat”');
  });
});
