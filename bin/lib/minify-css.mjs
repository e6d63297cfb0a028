// What browsers ignore in CSS, taken out: comments, and spaces around
// punctuation. The one set of rules for the bundle's css`…` templates
// (scripts/minify-literals.mjs) and the styles `prerender` writes
// (src/prerender/prerender.ts), so that a prerendered block's style is the
// live one's, and its CSP hash matches what the command prints.
export const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
