// A rollup plugin that drops `{desc: '…'}` option objects from msg() calls:
// descriptions are for translators (they are in locales/*.xlf) and would
// otherwise be shipped to every visitor. Message ids do not depend on them.
const DESC_ONLY_OPTIONS = /,\s*\{\s*desc:\s*(['"`])(?:\\.|(?!\1)[^\\])*\1\s*,?\s*\}/g;

export default function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (!id.includes('/lib/') || !code.includes('desc:')) return null;
      return {code: code.replace(DESC_ONLY_OPTIONS, ''), map: null};
    },
  };
}
