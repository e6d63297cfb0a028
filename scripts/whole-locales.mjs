// Rollup plugin for builds that carry every element (the one-file bundle, the
// feed editor): each element's table of texts (lib/i18n/generated/texts/
// <tag>.js) resolves to the one of every text (texts/all.js), so such a build
// has one chunk per language, as a page with several elements wants, rather
// than one per element and language, and one table for all. The per-element
// build keeps them apart.
import {dirname, join} from 'node:path';

const ELEMENT_TABLE = /([/\\]i18n[/\\]generated[/\\]texts[/\\])[a-z-]+\.js$/;

export default function wholeLocales() {
  return {
    name: 'whole-locales',
    resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = join(dirname(importer), source);
      if (!ELEMENT_TABLE.test(resolved) || resolved.endsWith('all.js')) return null;
      return this.resolve(resolved.replace(/[a-z-]+\.js$/, 'all.js'), importer, {
        ...options,
        skipSelf: true,
      });
    },
  };
}
