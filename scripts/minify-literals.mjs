// A rollup plugin that minifies the CSS and HTML inside Lit's css`…`, html`…`
// and svg`…` tagged templates, which terser leaves as they are written. It
// only removes what the browser ignores anyway:
// - CSS: comments, indentation, and spaces around { } ; , > and after ":";
// - HTML/SVG: any whitespace run with a line break becomes one space (HTML
//   collapses it so; none of our templates has <pre> or white-space: pre).
// Expressions (`${…}`) are left alone; text between them keeps its meaning.
import {applyEdits, walk} from './ast-edits.mjs';

const TAGS = new Set(['css', 'html', 'svg']);

/** Minified raw text of one static part of a css`…` template. */
const minifyCss = (raw) =>
  raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/** Minified raw text of one static part of an html`…` or svg`…` template. */
const minifyHtml = (raw) => raw.replace(/\s*\n\s*/g, ' ');

export default function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!id.includes('/lib/') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const tag = node.tag.type === 'Identifier' ? node.tag.name : '';
        if (!TAGS.has(tag)) return;
        const minify = tag === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const minified = minify(raw);
          if (minified !== raw) edits.push([quasi.start, quasi.end, minified]);
        }
      });
      return applyEdits(code, edits);
    },
  };
}
