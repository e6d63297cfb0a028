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

/** Where (`node`, `offset`) is as a character offset into the block's text, if it is in it. */
function offsetOf(list: Text[], node: Node | null, offset: number): number | undefined {
  let at = 0;
  for (const text of list) {
    if (text === node) return at + offset;
    at += text.length;
  }
  return undefined;
}

function pointAt(list: Text[], offset: number): [Text, number] | undefined {
  for (const text of list) {
    if (offset <= text.length) return [text, offset];
    offset -= text.length;
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
    const [anchor, focus] = range.map((offset) => pointAt(list, offset));
    if (anchor && focus) selection!.setBaseAndExtent(...anchor, ...focus);
  }
}
