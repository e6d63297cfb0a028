/**
 * Replacing a prerendered block (declarative shadow DOM) with the live one in
 * one step, without losing the reader's place: the focused link or button and
 * the selected text are found again in the live block.
 */

/** The text nodes of a block, in order; its styles are not text a reader sees. */
function texts(nodes: Iterable<Node>): Text[] {
  const found: Text[] = [];
  for (const node of nodes) {
    if (node.nodeName === 'STYLE') continue;
    const walker = node.ownerDocument!.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.currentNode; text; text = walker.nextNode()!)
      if (text instanceof Text) found.push(text);
  }
  return found;
}

/** Characters a reader sees: whitespace differs between a prerendered and a live block. */
const seen = (text: string) => text.replace(/\s/g, '').length;

/** How many seen characters of the block come before (`node`, `offset`), if it is in the block. */
function offsetOf(list: Text[], node: Node | null, offset: number): number | undefined {
  let at = 0;
  for (const text of list) {
    if (text === node) return at + seen(text.data.slice(0, offset));
    at += seen(text.data);
  }
  return undefined;
}

/** The point after `count` seen characters: right after the last (`end`), or right before the next. */
function pointAt(list: Text[], count: number, end: boolean): [Text, number] | undefined {
  for (const text of list) {
    for (let i = 0; i <= text.length; i++) {
      if (count === 0 && (end || (i < text.length && /\S/.test(text.data[i]!))))
        return [text, i];
      if (i < text.length && /\S/.test(text.data[i]!)) count--;
    }
  }
  return undefined;
}

/** What identifies a focusable element to a reader: what it is, where it leads, what it says. */
const key = (element: Element) =>
  `${element.localName} ${element.getAttribute('href')} ${element.textContent?.trim()}`;

/**
 * Runs `render` (which adds the live block to `root`), then removes `old`
 * (the prerendered nodes), moving focus and selection from them to their
 * equivalents.
 */
export function takeOver(root: ShadowRoot, old: ChildNode[], render: () => void) {
  const inOld = (node: Node | null) => old.some((child) => child.contains(node));
  const focused = inOld(root.activeElement) ? key(root.activeElement!) : undefined;
  const selection =
    (root as ShadowRoot & {getSelection?: () => Selection | null}).getSelection?.() ??
    document.getSelection();
  let range: [number, number] | undefined;
  if (
    selection?.rangeCount &&
    inOld(selection.anchorNode) &&
    inOld(selection.focusNode)
  ) {
    const list = texts(old);
    const anchor = offsetOf(list, selection.anchorNode, selection.anchorOffset);
    const focus = offsetOf(list, selection.focusNode, selection.focusOffset);
    if (anchor !== undefined && focus !== undefined) range = [anchor, focus];
  }
  render();
  for (const node of old) node.remove();
  if (focused)
    [
      ...root.querySelectorAll<HTMLElement>(
        'a, button, input, select, textarea, [tabindex]',
      ),
    ]
      .find((element) => key(element) === focused)
      ?.focus({preventScroll: true});
  if (range) {
    const list = texts(root.childNodes);
    const [from, to] = range;
    const anchor = pointAt(list, from, from > to);
    const focus = pointAt(list, to, to >= from);
    if (anchor && focus) selection!.setBaseAndExtent(...anchor, ...focus);
  }
}
