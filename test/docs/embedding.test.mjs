// The embedding guide and the README promise only what exists: every custom
// property, part, tag and attribute their code blocks use is in the Custom
// Elements Manifest; every relative link in the guide leads to a file (and
// heading); and scripts/sri.mjs prints the hashes the files really have.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {describe, test} from 'node:test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUIDE = join(ROOT, 'docs/embedding.md');
const README = join(ROOT, 'README.md');
const DIST = join(ROOT, 'dist');
const SRI = join(ROOT, 'scripts/sri.mjs');

/** Attributes every HTML element has, which the manifest does not list. */
const GLOBAL_ATTRIBUTES = new Set([
  'accesskey',
  'autofocus',
  'class',
  'dir',
  'exportparts',
  'hidden',
  'id',
  'inert',
  'lang',
  'nonce',
  'part',
  'role',
  'slot',
  'style',
  'tabindex',
  'title',
  'translate',
]);
const isGlobal = (name) =>
  GLOBAL_ATTRIBUTES.has(name) || name.startsWith('data-') || name.startsWith('aria-');

/**
 * The manifest as `Map<tag, {attributes, parts, properties}>`, each a Set of
 * names; a class's attributes include those of the classes it extends, as the
 * manifest lists them (inherited entries, and the base class's own).
 */
export async function loadManifest() {
  const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const byName = new Map(
    declarations.map((declaration) => [declaration.name, declaration]),
  );
  const names = (list) => new Set((list ?? []).map(({name}) => name));
  const elements = new Map();
  for (const declaration of declarations) {
    if (!declaration.tagName) continue;
    const element = {
      attributes: names(declaration.attributes),
      parts: names(declaration.cssParts),
      properties: names(declaration.cssProperties),
    };
    for (
      let parent = byName.get(declaration.superclass?.name);
      parent;
      parent = byName.get(parent.superclass?.name)
    ) {
      for (const name of names(parent.attributes)) element.attributes.add(name);
      for (const name of names(parent.cssParts)) element.parts.add(name);
      for (const name of names(parent.cssProperties)) element.properties.add(name);
    }
    elements.set(declaration.tagName, element);
  }
  return elements;
}

/** The fenced code blocks of a Markdown text: `[{lang, code, line}]`. */
export function codeBlocks(markdown) {
  const blocks = [];
  const fence = /^( {0,3})(`{3,}|~{3,})([^\n`]*)\n([\s\S]*?)^ {0,3}\2[`~]*[ \t]*$/gm;
  for (const match of markdown.matchAll(fence)) {
    blocks.push({
      lang: match[3].trim().split(/\s+/)[0],
      code: match[4],
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return blocks;
}

/** Problems with the names a piece of code uses, checked against the manifest. */
export function checkCode(code, elements) {
  const problems = [];
  const tags = [...elements.keys()];
  const allProperties = new Set([...elements.values()].flatMap((e) => [...e.properties]));
  const allParts = new Set([...elements.values()].flatMap((e) => [...e.parts]));

  // Custom properties: the shared --mw-* ones, and each element's own --<tag>-*
  // (a wildcard such as `--mw-*` in prose is no name).
  for (const [, name] of code.matchAll(
    /(?<![\w-])(--[a-z](?:[a-z0-9-]*[a-z0-9])?)(?![\w*-])/g,
  )) {
    if (name.startsWith('--mw-')) {
      if (!allProperties.has(name)) problems.push(`unknown custom property ${name}`);
      continue;
    }
    const tag = tags.find((t) => name.startsWith(`--${t}-`));
    if (tag && !elements.get(tag).properties.has(name))
      problems.push(`<${tag}> has no custom property ${name}`);
  }

  // ::part(NAME), for the tag right before it or each tag in a :is()/:where() list.
  for (const match of code.matchAll(/::part\(\s*([^)\s]+)\s*\)/g)) {
    const name = match[1];
    const before = code.slice(0, match.index);
    let owners;
    const list = /:(?:is|where)\(([^()]*)\)$/.exec(before);
    if (list) owners = list[1].split(',').map((s) => s.trim());
    else {
      const word = /([a-z][a-z0-9-]*)$/.exec(before);
      owners = word ? [word[1]] : [];
    }
    const ours = owners.filter((owner) => elements.has(owner));
    for (const owner of owners.filter((o) => o.includes('-') && !elements.has(o)))
      problems.push(`::part(${name}) on unknown element <${owner}>`);
    if (ours.length === 0 && !allParts.has(name)) problems.push(`unknown part ${name}`);
    for (const owner of ours)
      if (!elements.get(owner).parts.has(name))
        problems.push(`<${owner}> has no part ${name}`);
  }

  // Custom element tags in markup (a name with a hyphen), and their attributes.
  const attribute = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/y;
  for (const match of code.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)/g)) {
    const tag = match[1];
    if (!elements.has(tag)) {
      problems.push(`unknown element <${tag}>`);
      continue;
    }
    attribute.lastIndex = match.index + match[0].length;
    for (let found; (found = attribute.exec(code));) {
      const name = found[1].toLowerCase();
      if (!isGlobal(name) && !elements.get(tag).attributes.has(name))
        problems.push(`<${tag}> has no attribute ${name}`);
    }
  }

  // WordPress's wp_kses_allowed_html arrays: $tags['<tag>'] = $common + array('attr' => true, …).
  const common = /\$common\s*=\s*array\(([\s\S]*?)\);/.exec(code)?.[1] ?? '';
  const keys = (text) => [...text.matchAll(/'([^']+)'\s*=>/g)].map(([, key]) => key);
  const kses = new RegExp(
    String.raw`\$tags\['([^']+)'\]\s*=\s*(\$common\s*\+\s*)?array\(([\s\S]*?)\);`,
    'g',
  );
  for (const [, tag, withCommon, list] of code.matchAll(kses)) {
    if (!elements.has(tag)) {
      problems.push(`wp_kses_allowed_html names unknown element <${tag}>`);
      continue;
    }
    for (const name of [...keys(list), ...(withCommon ? keys(common) : [])])
      if (!isGlobal(name) && !elements.get(tag).attributes.has(name))
        problems.push(`wp_kses_allowed_html: <${tag}> has no attribute ${name}`);
  }
  return problems;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a Markdown file has (its headings, numbered as GitHub numbers repeats). */
export function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  const prose = markdown.replace(
    /^( {0,3})(`{3,}|~{3,})[\s\S]*?^ {0,3}\2[`~]*[ \t]*$/gm,
    '',
  );
  for (const [, text] of prose.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count ? `${base}-${count}` : base);
  }
  return result;
}

/** The relative link targets of a Markdown text, outside code. */
export function relativeLinks(markdown) {
  const prose = markdown
    .replace(/^( {0,3})(`{3,}|~{3,})[\s\S]*?^ {0,3}\2[`~]*[ \t]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map(([, target]) => target)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//'));
}

const manifest = await loadManifest();
const documents = {
  'docs/embedding.md': await readFile(GUIDE, 'utf8'),
  'README.md': await readFile(README, 'utf8'),
};

describe('code blocks use only what custom-elements.json has', () => {
  for (const [file, markdown] of Object.entries(documents)) {
    test(file, () => {
      const problems = codeBlocks(markdown).flatMap(({code, line, lang}) =>
        checkCode(code, manifest).map(
          (problem) => `${file}:${line} (${lang}): ${problem}`,
        ),
      );
      assert.deepEqual(problems, []);
    });
  }

  test('the guide shows every element, and the checks have something to check', () => {
    const code = codeBlocks(documents['docs/embedding.md'])
      .map((block) => block.code)
      .join('\n');
    for (const tag of manifest.keys())
      assert.match(code, new RegExp(`<${tag}|${tag}::part`));
    assert.match(code, /--mw-color-accent/);
    assert.match(code, /::part\(/);
  });

  test('the checks catch wrong names', () => {
    const bad = `
      <review-stamp pgae="x" lang="sv" data-x="1"></review-stamp>
      <revue-stamp></revue-stamp>
      <news-list all-href="/" timeout="5000" heading-level="2"></news-list>
      :root { --mw-colour-accent: red; --review-stamp-note-colour: red; --site-accent: red; }
      /* --mw-* tokens */
      review-stamp::part(outdatd) {}
      network-list::part(date) {}
      :is(news-list, twin-towns)::part(filter) {}
      revue-stamp::part(base) {}
      $common = array('src' => true, 'heading-levl' => true);
      $tags['news-list'] = $common + array('topic' => true, 'limits' => true);
    `;
    assert.deepEqual(checkCode(bad, manifest).sort(), [
      '::part(base) on unknown element <revue-stamp>',
      '<network-list> has no part date',
      '<review-stamp> has no attribute pgae',
      '<review-stamp> has no custom property --review-stamp-note-colour',
      '<review-stamp> has no part outdatd',
      '<twin-towns> has no part filter',
      'unknown custom property --mw-colour-accent',
      'unknown element <revue-stamp>',
      'wp_kses_allowed_html: <news-list> has no attribute heading-levl',
      'wp_kses_allowed_html: <news-list> has no attribute limits',
    ]);
  });

  test('a code block is found with its language and line', () => {
    const blocks = codeBlocks(
      '# x\n\n```css\na {}\n```\n\ntext\n\n~~~html\n<b></b>\n~~~\n',
    );
    assert.deepEqual(blocks, [
      {lang: 'css', code: 'a {}\n', line: 3},
      {lang: 'html', code: '<b></b>\n', line: 9},
    ]);
  });
});

describe('relative links in docs/embedding.md', () => {
  const markdown = documents['docs/embedding.md'];
  const links = relativeLinks(markdown);

  test('there are some', () => assert.ok(links.length >= 5, links.join(', ')));

  test('each leads to an existing file, and to an existing heading in it', async () => {
    const problems = [];
    for (const link of links) {
      const [path, fragment] = link.split('#');
      const target = path ? resolve(dirname(GUIDE), decodeURI(path)) : GUIDE;
      if (!existsSync(target)) {
        problems.push(`${link}: no such file`);
        continue;
      }
      if (fragment && target.endsWith('.md')) {
        const known = anchors(await readFile(target, 'utf8'));
        if (!known.has(fragment)) problems.push(`${link}: no heading #${fragment}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('anchors are made as GitHub makes them', () => {
    assert.equal(slug('4. Content Security Policy'), '4-content-security-policy');
    assert.equal(slug('### `<review-stamp>`'.replace(/^#+\s*/, '')), 'review-stamp');
    assert.deepEqual(
      [...anchors('# A\n## A\n```\n# not a heading\n```\n')],
      ['a', 'a-1'],
    );
    assert.deepEqual(relativeLinks('[a](x.md) [b](https://e.se) `[c](y.md)` [d](#z)'), [
      'x.md',
      '#z',
    ]);
  });
});

describe('scripts/sri.mjs', async () => {
  const built = existsSync(join(DIST, 'municipal-widgets.js'));
  const skip = built ? false : 'dist/ is absent: run `npm run build` first';
  const files = built
    ? (await readdir(DIST))
        // The bundle's files; the feed editor's dist/editor.js is no page's.
        .filter((file) => file.startsWith('municipal-widgets') && file.endsWith('.js'))
        .sort()
    : [];
  /** The SRI value of a dist file, computed here independently of the script. */
  const expected = async (file) =>
    `sha384-${createHash('sha384')
      .update(await readFile(join(DIST, file)))
      .digest('base64')}`;

  test(
    'sriHashes(): every .js file of the bundle in dist/, entry first, with its SHA-384',
    {skip},
    async () => {
      const {sriHashes} = await import(SRI);
      const hashes = await sriHashes();
      assert.equal(hashes[0].file, 'municipal-widgets.js');
      assert.deepEqual(hashes.map(({file}) => file).sort(), files);
      assert.ok(files.length > 5, `only ${files.length} files in dist/`);
      assert.ok(!hashes.some(({file}) => file === 'editor.js'));
      for (const {file, integrity} of hashes)
        assert.equal(integrity, await expected(file), file);
    },
  );

  test(
    'the command prints the hashes, the script tag, the import map and its CSP hash',
    {skip},
    async () => {
      const base = 'https://cdn.jsdelivr.net/npm/municipal-widgets@0.1.0/dist';
      const {stdout} = await promisify(execFile)(process.execPath, [SRI, base], {
        cwd: ROOT,
      });
      for (const file of files)
        assert.match(
          stdout,
          new RegExp(
            `^${file.replace(/\./g, '\\.')}\\s+${(await expected(file)).replace(/[+/]/g, '\\$&')}$`,
            'm',
          ),
        );
      const entry = await expected('municipal-widgets.js');
      assert.ok(
        stdout.includes(
          `<script type="module" src="${base}/municipal-widgets.js" integrity="${entry}" crossorigin="anonymous"></script>`,
        ),
        'no script tag with the entry integrity',
      );
      const text = /<script type="importmap">([\s\S]*?)<\/script>/.exec(stdout)[1];
      const map = JSON.parse(text);
      assert.deepEqual(Object.keys(map), ['integrity']);
      for (const file of files)
        assert.equal(map.integrity[`${base}/${file}`], await expected(file));
      assert.equal(Object.keys(map.integrity).length, files.length);
      const csp = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
      assert.ok(stdout.includes(csp), `no CSP hash ${csp}`);
    },
  );

  test('the default base is /assets/municipal-widgets/', {skip}, async () => {
    const {stdout} = await promisify(execFile)(process.execPath, [SRI], {cwd: ROOT});
    assert.ok(stdout.includes('src="/assets/municipal-widgets/municipal-widgets.js"'));
  });

  test('dist/ absent: says so and fails', async () => {
    const {sriHashes} = await import(SRI);
    await assert.rejects(sriHashes(join(ROOT, 'test/docs')), /no municipal-widgets\.js/);
    await assert.rejects(
      sriHashes(join(ROOT, 'test/docs'), {elements: ['review-stamp']}),
      /no dist\/elements\/ .*build first/,
    );
  });

  test(
    '--elements: the entries first, the shared chunks to preload, every chunk they may load, nothing of others',
    {skip},
    async () => {
      const {sriHashes} = await import(SRI);
      const hashes = await sriHashes(DIST, {elements: ['review-stamp', 'news-list']});
      const names = hashes.map(({file}) => file);
      assert.deepEqual(names.slice(0, 2), [
        'elements/review-stamp.js',
        'elements/news-list.js',
      ]);
      const has = (pattern) => names.some((file) => pattern.test(file));
      // Both elements' texts in every language, the validators, structured data, the takeover.
      for (const locale of ['sv', 'da', 'nb', 'nn', 'fi', 'de', 'it']) {
        assert.ok(has(new RegExp(`^elements/review-stamp\\.${locale}-`)), locale);
        assert.ok(has(new RegExp(`^elements/news-list\\.${locale}-`)), locale);
      }
      for (const chunk of [
        /^elements\/validate-/,
        /^elements\/linked-data-pages-/,
        /^elements\/takeover-/,
      ])
        assert.ok(has(chunk), String(chunk));
      // Nothing of elements the page does not load.
      assert.ok(
        !has(/network-list|contact-card|twin-towns|tip-a-friend|^municipal-widgets/),
      );
      assert.deepEqual(
        hashes
          .filter(({preload}) => preload)
          .map(({file}) => file.replace(/-[\w-]{8}\.js$/, '')),
        ['elements/core', 'elements/slices'],
      );
      for (const {file, integrity} of hashes)
        assert.equal(integrity, await expected(file), file);
      await assert.rejects(
        sriHashes(DIST, {elements: ['review-stamps']}),
        /no element "review-stamps" .*review-stamp,/,
      );
    },
  );

  test(
    '--elements prints the preload hints, the script tags and their import map',
    {skip},
    async () => {
      const {stdout} = await promisify(execFile)(
        process.execPath,
        [SRI, '/static/mw/', '--elements', 'contact-card'],
        {cwd: ROOT},
      );
      const tags = [
        ...stdout.matchAll(/^<(link|script) (?!type="importmap")[^\n]*$/gm),
      ].map(([line]) => line);
      const core = (await readdir(join(DIST, 'elements'))).find((f) =>
        /^core-[\w-]{8}\.js$/.test(f),
      );
      assert.ok(
        tags.includes(
          `<link rel="modulepreload" href="/static/mw/elements/${core}" integrity="${await expected(`elements/${core}`)}" crossorigin="anonymous" />`,
        ),
        tags.join('\n'),
      );
      // The one entry's script tag, after its hints.
      assert.equal(
        tags.filter((line) => line.startsWith('<script type="module"')).length,
        1,
      );
      assert.ok(tags.at(-1).startsWith('<script type="module"'));
      assert.ok(
        stdout.includes(
          `<script type="module" src="/static/mw/elements/contact-card.js" integrity="${await expected('elements/contact-card.js')}" crossorigin="anonymous"></script>`,
        ),
      );
      const map = JSON.parse(
        /<script type="importmap">([\s\S]*?)<\/script>/.exec(stdout)[1],
      );
      assert.equal(
        map.integrity[`/static/mw/elements/${core}`],
        await expected(`elements/${core}`),
      );
      assert.ok(Object.keys(map.integrity).some((url) => /contact-card\.sv-/.test(url)));
      // A usage error exits 2; an unknown tag exits 1 with the tags there are.
      await assert.rejects(
        promisify(execFile)(process.execPath, [SRI, 'a/', 'b/'], {cwd: ROOT}),
        (error) => error.code === 2,
      );
      await assert.rejects(
        promisify(execFile)(process.execPath, [SRI, '--elements', 'nope'], {cwd: ROOT}),
        (error) => error.code === 1 && /no element "nope"/.test(error.stderr),
      );
    },
  );
});
