// The rollup plugins of scripts/ one by one: what they remove, what they
// leave, and that their source maps put the code after an edit on its line.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {parseAst} from 'rollup/parseAst';
import minifyLiterals from '../../scripts/minify-literals.mjs';
import stripMsgDesc from '../../scripts/strip-msg-desc.mjs';

const ID = '/project/lib/elements/x/x.js';

/** The plugin's transform of `code`, as rollup would call it. */
function transform(plugin, code) {
  const {filter, handler} = plugin.transform;
  if (!filter.id.test(ID) || !(filter.code.test?.(code) ?? code.includes(filter.code)))
    return null;
  return handler.call({parse: (text) => parseAst(text)}, code, ID);
}

/** Where `text` in the output came from, by the map: a line of the input (1-based). */
function lineOf(result, text) {
  const index = result.code.indexOf(text);
  assert.ok(index >= 0, `${text} is in the output`);
  const before = result.code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n') - 1;
  return originalPositionFor(new TraceMap(result.map), {line, column}).line;
}

describe('minify-literals', () => {
  const code = [
    "import {css, html} from 'lit';",
    'const styles = css`',
    '  /* a comment */',
    '  :host {',
    '    display: block;',
    '  }',
    '`;',
    'const view = (name) => html`',
    '  <p class="a">',
    '    ${name}',
    '  </p>',
    '`;',
    "const after = 'after the templates';",
  ].join('\n');

  test('takes out what the browser ignores, and only that', () => {
    const {code: out} = transform(minifyLiterals(), code);
    assert.match(out, /css` :host\{display:block\}`/);
    assert.match(out, /html` <p class="a"> \$\{name\} <\/p> `/);
    assert.match(out, /const after = 'after the templates';/);
  });

  test('maps the code after the templates to its line', () => {
    const result = transform(minifyLiterals(), code);
    assert.equal(lineOf(result, "'after the templates'"), 13);
    assert.equal(lineOf(result, '${name}'), 10);
  });

  test('leaves modules without templates alone', () => {
    assert.equal(transform(minifyLiterals(), "export const x = 'html';"), null);
  });
});

describe('strip-msg-desc', () => {
  const code = [
    "import {msg} from '@lit/localize';",
    "const a = msg('Save contact', {",
    "  desc: 'Button that downloads the contact as a vCard file.',",
    '});',
    "const b = msg('Kept', {id: 'kept', desc: 'with an id'});",
    "const after = 'after the descriptions';",
  ].join('\n');

  test('drops option objects that hold only a desc', () => {
    const {code: out} = transform(stripMsgDesc(), code);
    assert.match(out, /msg\('Save contact'\);/);
    assert.doesNotMatch(out, /vCard file/);
    assert.match(out, /msg\('Kept', \{id: 'kept', desc: 'with an id'\}\)/);
  });

  test('maps the code after a stripped desc to its line', () => {
    assert.equal(lineOf(transform(stripMsgDesc(), code), "'after the descriptions'"), 6);
  });
});
