// The import directions between src/'s layers (eslint.config.mjs, LAYERS):
// lint must fail on each import that goes against them, linted as a file in
// the folder it would come from, and pass on the imports the tree makes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ESLint} from 'eslint';

const eslint = new ESLint();

/** The layer messages for `code` linted as the file `filePath`. */
async function layers(code, filePath) {
  const [result] = await eslint.lintText(code, {filePath});
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' && /Layers:/.test(m.message))
    .map((m) => m.message);
}

const importing = (specifier) =>
  `import * as x from '${specifier}';\nexport const y = x;\n`;

const forbidden = [
  ['src/feed/probe.ts', 'lit', 'feed/ importing Lit'],
  ['src/feed/probe.ts', '@lit/localize', 'feed/ importing @lit/localize'],
  ['src/feed/probe.ts', '../internal/links.js', 'feed/ importing internal/'],
  ['src/feed/probe.ts', '../i18n/l10n.js', 'feed/ importing i18n/'],
  ['src/feed/probe.ts', '../base/widget-element.js', 'feed/ importing base/'],
  ['src/feed/probe.ts', '../elements/news-list/news.js', 'feed/ importing an element'],
  [
    'src/internal/probe.ts',
    '../elements/contact-card/contact-card.js',
    'internal/ importing an element',
  ],
  ['src/i18n/probe.ts', '../elements/news-list/news.js', 'i18n/ importing an element'],
  [
    'src/elements/network-list/probe.ts',
    '../contact-card/select.js',
    "an element importing another element's file",
  ],
  [
    'src/elements/network-list/probe.ts',
    '../../elements/contact-card/contact-card.js',
    'an element reaching another through elements/',
  ],
];

for (const [filePath, specifier, name] of forbidden) {
  test(`lint forbids ${name}`, async () => {
    const messages = await layers(importing(specifier), filePath);
    assert.equal(messages.length, 1, `no layer error for ${specifier} in ${filePath}`);
  });
}

test('lint allows imports along the layers', async () => {
  const allowed = [
    ['src/feed/probe.ts', './topics.js'],
    ['src/i18n/probe.ts', '../feed/types.js'],
    ['src/internal/probe.ts', 'lit'],
    ['src/internal/probe.ts', '../feed/contacts.js'],
    ['src/elements/news-list/probe.ts', './news.js'],
    ['src/elements/news-list/probe.ts', '../../internal/links.js'],
    ['src/elements/news-list/probe.ts', '../../base/widget-element.js'],
    ['src/define.ts', './elements/news-list/news-list.js'],
  ];
  for (const [filePath, specifier] of allowed)
    assert.deepEqual(
      await layers(importing(specifier), filePath),
      [],
      `${specifier} in ${filePath}`,
    );
});

test('the layer rules keep the contract §6 guard in every folder', async () => {
  const [result] = await eslint.lintText(importing('lit/directives/unsafe-html.js'), {
    filePath: 'src/feed/probe.ts',
  });
  assert.match(result.messages.map((m) => m.message).join('\n'), /contract §6/);
});
