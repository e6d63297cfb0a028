// A rollup plugin that drops `{desc: '…'}` option objects from msg() calls:
// descriptions are for translators (they are in locales/*.xlf) and would
// otherwise be shipped to every visitor. Message ids do not depend on them.
// (Precomputing the ids here as well was measured: the 17-character ids cost
// more gzip bytes than @lit/localize's id hashing code they would replace.)
// Edits go through magic-string, so the source map still points every later
// token at its own line.
import MagicString from 'magic-string';
import {walk} from 'estree-walker';

export default function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform: {
      filter: {id: /[/\\]lib[/\\]/, code: 'desc:'},
      handler(code) {
        const s = new MagicString(code);
        walk(this.parse(code), {
          enter(node) {
            if (node.type !== 'CallExpression' || node.callee.name !== 'msg') return;
            const [template, options] = node.arguments;
            if (
              options?.type === 'ObjectExpression' &&
              options.properties.every((p) => p.key?.name === 'desc')
            )
              s.remove(template.end, options.end);
          },
        });
        return s.hasChanged()
          ? {code: s.toString(), map: s.generateMap({hires: true})}
          : null;
      },
    },
  };
}
