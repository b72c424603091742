/**
 * Server side of the spoken transcripts (.storybook/transcript.ts): a Vitest browser command that
 * returns Chromium's accessibility tree under one element of the story's frame, through the
 * DevTools protocol (`Accessibility.getFullAXTree`) — what a screen reader is given, shadow roots
 * included. Ignored nodes stay in the answer (with `ignored`): their children may be read.
 */
import type { BrowserCommand } from 'vitest/node';
import type { CDPSession, Page } from 'playwright';

/** One node of the tree, as the transcript needs it (see .storybook/transcript.ts). */
export interface RawAxNode {
  id: string;
  ignored: boolean;
  role: string;
  name: string;
  nameFrom: string;
  description: string;
  value: string;
  properties: Record<string, string | number | boolean>;
  children: string[];
}

interface CdpAxValue {
  value?: unknown;
}
interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: CdpAxValue;
  name?: CdpAxValue & { sources?: { type: string; value?: CdpAxValue; superseded?: boolean }[] };
  description?: CdpAxValue;
  value?: CdpAxValue;
  properties?: { name: string; value: CdpAxValue }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}
interface CdpFrameTree {
  frame: { id: string; url: string };
  childFrames?: CdpFrameTree[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('Accessibility.enable');
        return cdp;
      });
    sessions.set(page, s);
  }
  return s;
}

function findFrame(tree: CdpFrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const found = findFrame(child, url);
    if (found) return found;
  }
  return undefined;
}

const text = (v: CdpAxValue | undefined): string => (v?.value === undefined ? '' : String(v.value));

/** `axTree(selector)`: the tree under the first element matching `selector` in the test's frame. */
export const axTree: BrowserCommand<[selector: string]> = async (ctx, selector) => {
  if (!('page' in ctx) || !ctx.frame) throw new Error('axTree: needs the playwright provider');
  const frame = await ctx.frame();
  const cdp = await session(ctx.page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: CdpFrameTree };
  const frameId = findFrame(frameTree, frame.url());
  if (!frameId) throw new Error(`axTree: no frame at ${frame.url()}`);
  // The root element's DOM node, found from a script world of the frame.
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId,
    worldName: 'datamed-transcript',
  })) as { executionContextId: number };
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
    contextId: executionContextId,
  });
  if (!result.objectId) throw new Error(`axTree: nothing matches ${selector}`);
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as unknown as {
    nodes: CdpAxNode[];
  };
  const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
  if (!root) throw new Error(`axTree: ${selector} is not in the accessibility tree`);
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const out: RawAxNode[] = [];
  const visit = (n: CdpAxNode): void => {
    const used = n.name?.sources?.find((source) => source.value && !source.superseded);
    out.push({
      id: n.nodeId,
      ignored: n.ignored,
      role: text(n.role),
      name: text(n.name),
      nameFrom: used?.type ?? '',
      description: text(n.description),
      value: text(n.value),
      properties: Object.fromEntries(
        (n.properties ?? []).map((p) => [p.name, p.value?.value as string | number | boolean]),
      ),
      children: n.childIds ?? [],
    });
    for (const id of n.childIds ?? []) {
      const child = byId.get(id);
      if (child) visit(child);
    }
  };
  visit(root);
  return out;
};
