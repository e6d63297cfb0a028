// A rollup plugin that minifies the CSS and HTML inside Lit's css`…`, html`…`
// and svg`…` tagged templates, which terser leaves as they are written. It
// only removes what the browser ignores anyway:
// - CSS: comments, indentation, and spaces around { } ; , > and after ":";
// - HTML/SVG: any whitespace run with a line break becomes one space (HTML
//   collapses it so; none of our templates has <pre> or white-space: pre).
// Expressions (`${…}`) are left alone; text between them keeps its meaning.
// Edits go through magic-string, one per whitespace run in HTML, so the source
// map stays exact after a template (a map of `null` would tell rollup that
// nothing moved, and every later line of the module would be misplaced).
// (@lit-labs/rollup-plugin-minify-html-literals was the alternative: it brings
// html-minifier-next and lightningcss, a native binary, to rewrite templates
// more aggressively than these rules, which the tests have long held to.)
import MagicString from 'magic-string';
import {walk} from 'estree-walker';
// Minifies the raw text of one static part of a css`…` template.
import {minifyCss} from '../bin/lib/minify-css.mjs';

const TAGS = new Set(['css', 'html', 'svg']);

/** Each whitespace run with a line break in one static part of an html`…` or svg`…` template. */
const htmlRuns = (raw) => raw.matchAll(/\s*\n\s*/g);

export default function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform: {
      filter: {id: /[/\\]lib[/\\]/, code: /\b(css|html|svg)\s*`/},
      handler(code) {
        const s = new MagicString(code);
        walk(this.parse(code), {
          enter(node) {
            if (node.type !== 'TaggedTemplateExpression') return;
            const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
            if (!TAGS.has(tag)) return;
            for (const {start, end} of node.quasi.quasis) {
              const raw = code.slice(start, end);
              if (tag !== 'css') {
                for (const run of htmlRuns(raw))
                  s.update(start + run.index, start + run.index + run[0].length, ' ');
                continue;
              }
              // CSS carries no strings worth tracing, so a whole part is one edit.
              const minified = minifyCss(raw);
              if (minified === raw) continue;
              if (minified) s.update(start, end, minified);
              else s.remove(start, end);
            }
          },
        });
        return s.hasChanged()
          ? {code: s.toString(), map: s.generateMap({hires: true})}
          : null;
      },
    },
  };
}
