/**
 * Is a focused control's focus ring really on screen? The outline is drawn outside the border box
 * (its width plus its offset), and an ancestor that clips its overflow cuts whatever passes its
 * padding box: this walks the composed tree (shadow roots included) and names each ancestor that
 * would cut part of the ring.
 */
export function clippedFocusRing(control: Element): string[] {
  const style = getComputedStyle(control);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) <= 0) return ['no outline drawn'];
  const reach = parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset) || 0);
  const box = control.getBoundingClientRect();
  const ring = {
    left: box.left - reach,
    right: box.right + reach,
    top: box.top - reach,
    bottom: box.bottom + reach,
  };
  const cuts: string[] = [];
  for (let node = composedParent(control); node; node = composedParent(node)) {
    const s = getComputedStyle(node);
    const clipsX = s.overflowX !== 'visible';
    const clipsY = s.overflowY !== 'visible';
    if (!clipsX && !clipsY) continue;
    const r = node.getBoundingClientRect();
    // The padding box: inside the borders.
    const left = r.left + node.clientLeft;
    const top = r.top + node.clientTop;
    const right = left + node.clientWidth;
    const bottom = top + node.clientHeight;
    const name = `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`;
    if (clipsX && (ring.left < left - 0.5 || ring.right > right + 0.5)) cuts.push(`${name} (sides)`);
    if (clipsY && (ring.top < top - 0.5 || ring.bottom > bottom + 0.5)) cuts.push(`${name} (top/bottom)`);
  }
  return cuts;
}

function composedParent(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
