// The static guard of contract §6: lint must fail on every way of putting feed
// text into the page as HTML or CSS, in src/, and pass on the ordinary ways.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ESLint} from 'eslint';

const eslint = new ESLint();

/** The messages of the §6 rules for `code` linted as a file in src/. */
async function guard(code) {
  const [result] = await eslint.lintText(code, {filePath: 'src/elements/probe.ts'});
  return result.messages
    .filter((m) => /^no-restricted-(syntax|imports)$/.test(m.ruleId))
    .map((m) => m.message);
}

const forbidden = {
  unsafeHTML: `import {unsafeHTML} from 'lit/directives/unsafe-html.js'; export const a = unsafeHTML;`,
  unsafeSVG: `import {unsafeSVG} from 'lit-html/directives/unsafe-svg.js'; export const a = unsafeSVG;`,
  unsafeCSS: `import {unsafeCSS} from 'lit'; export const a = unsafeCSS;`,
  unsafeStatic: `import {unsafeStatic} from 'lit/static-html.js'; export const a = unsafeStatic;`,
  styleMap: `import {styleMap} from 'lit/directives/style-map.js'; export const a = styleMap;`,
  '.innerHTML': `export const a = (el: Element, s: string) => { el.innerHTML = s; };`,
  '.outerHTML': `export const a = (el: Element, s: string) => { el.outerHTML = s; };`,
  insertAdjacentHTML: `export const a = (el: Element, s: string) => el.insertAdjacentHTML('beforeend', s);`,
  'style attribute binding':
    "import {html} from 'lit'; export const a = (s: string) => html`<p style=${s}>x</p>`;",
  'binding inside a quoted style':
    'import {html} from \'lit\'; export const a = (s: string) => html`<p class="x" style="color: ${s}">x</p>`;',
  'binding in a <style> element':
    "import {html} from 'lit'; export const a = (s: string) => html`<style>p { color: ${s} }</style>`;",
  'style property write': `export const a = (el: HTMLElement, s: string) => { el.style.color = s; };`,
  'style.setProperty': `export const a = (el: HTMLElement, s: string) => el.style.setProperty('--x', s);`,
  eval: `export const a = (s: string) => eval(s);`,
  'new Function': `export const a = (s: string) => new Function(s);`,
};

for (const [name, code] of Object.entries(forbidden)) {
  test(`lint forbids ${name} in src/`, async () => {
    const messages = await guard(code);
    assert.ok(messages.length > 0, `no §6 error for: ${code}`);
    assert.match(messages.join('\n'), /contract §6/);
  });
}

test('lint allows text, attribute and static style usage', async () => {
  const code = [
    "import {html, css} from 'lit';",
    'export const styles = css`p { color: red; }`;',
    'export const a = (s: string) => html`<p class=${s} title=${s} data-style="x" style="margin: 0">${s}</p>`;',
  ].join('\n');
  assert.deepEqual(await guard(code), []);
});
