// A rollup plugin that drops `{desc: '…'}` option objects from msg() calls:
// descriptions are for translators (they are in locales/*.xlf) and would
// otherwise be shipped to every visitor. Message ids do not depend on them.
// (Precomputing the ids here as well was measured: the 17-character ids cost
// more gzip bytes than @lit/localize's id hashing code they would replace.)
import {applyEdits, walk} from './ast-edits.mjs';

export default function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (!id.includes('/lib/') || !code.includes('desc:')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'CallExpression' || node.callee.name !== 'msg') return;
        const [template, options] = node.arguments;
        if (
          options?.type === 'ObjectExpression' &&
          options.properties.every((p) => p.key?.name === 'desc')
        )
          edits.push([template.end, options.end, '']);
      });
      return applyEdits(code, edits);
    },
  };
}
