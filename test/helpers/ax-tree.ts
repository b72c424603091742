/**
 * What a screen reader is given: Chromium's accessibility tree of the page (through the DevTools
 * protocol, see scripts/wtr-hardening-commands.mjs), and how many times a text is announced in it —
 * as text, as a name given by an attribute (aria-label, aria-labelledby) or as a description.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  id: string;
  parent?: string;
  role: string;
  name: string;
  nameFrom: string;
  description: string;
  properties: Record<string, unknown>;
}

export async function axTree(): Promise<AxNode[]> {
  // The tree follows the layout: one frame for it to be up to date.
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return executeServerCommand<AxNode[], undefined>('hardening-ax-tree');
}

/** Every announced piece of text: text nodes, names set by attributes, descriptions. */
export function announcedTexts(nodes: AxNode[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.role === 'StaticText' || n.role === 'InlineTextBox') {
      if (n.role === 'StaticText' && n.name.trim()) out.push(n.name.trim());
      continue;
    }
    if (n.name.trim() && (n.nameFrom === 'attribute' || n.nameFrom === 'relatedElement'))
      out.push(n.name.trim());
    if (n.description.trim()) out.push(n.description.trim());
  }
  return out;
}

/** How many announced texts contain `needle`. */
export function timesAnnounced(nodes: AxNode[], needle: string | RegExp): number {
  return announcedTexts(nodes).filter((t) =>
    typeof needle === 'string' ? t.includes(needle) : needle.test(t),
  ).length;
}
