// Types of minify-css.mjs, for prerendering (src/prerender/), which minifies with it.
export function minifyCss(css: string): string;
