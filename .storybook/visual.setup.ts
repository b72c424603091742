/**
 * Visual regression: after each story's test (render, then play), its picture at the widths it is
 * read at is compared with the reviewed reference in `stories/__screenshots__/` (see
 * docs/development.md, "Visual regression"). A story opts out, or chooses its widths, with
 * `parameters.visual`: `{ skip: true }` or `{ widths: [320] }`.
 *
 * Deterministic on any machine: the pinned Chromium and fonts (scripts/find-browser.mjs), reduced
 * motion (vitest.config.ts), fixed demo data and dates; the caret hidden. A failure leaves the
 * reference, the actual picture and their difference in `.vitest-attachments/`.
 *
 * Then what a screen reader says walking the story (.storybook/transcript.ts) is compared with its
 * reviewed transcript in `stories/__transcripts__/<file>/<story>.txt`; a text read twice in a row
 * fails the story.
 */
import { afterEach, expect } from 'vitest';
import { commands, page } from 'vitest/browser';
import type { RawAxNode } from './ax-command.js';
import { readTwice, transcript } from './transcript.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    axTree: (selector: string) => Promise<RawAxNode[]>;
  }
}

/** A phone and a desktop column: where layout changes most. */
const DEFAULT_WIDTHS = [320, 1024];

interface VisualParameters {
  skip?: boolean;
  widths?: number[];
}

interface StoryContext {
  story?: { id: string; parameters: { visual?: VisualParameters } };
}

/** "Server error then retry" → "server-error-then-retry": a file name for a story. */
function fileName(storyName: string): string {
  return storyName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The DataMed elements under `root`, their shadow roots included (the profile nests charts). */
function datamedElements(root: Element | ShadowRoot, found: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.tagName.startsWith('DATAMED-')) found.push(el);
    if (el.shadowRoot) datamedElements(el.shadowRoot, found);
  }
  return found;
}

/**
 * After a change of width, the charts measure themselves and draw a frame later: wait for
 * frames and for every element's update, a few times over, before the picture.
 */
async function settled(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await new Promise((done) => requestAnimationFrame(() => done(undefined)));
    await Promise.all(
      datamedElements(root).map(
        (el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    );
  }
}

afterEach(async (ctx) => {
  const story = (ctx as unknown as StoryContext).story;
  if (!story || ctx.task.result?.state === 'fail') return;
  const visual = story.parameters.visual ?? {};
  const root = document.querySelector('.sb-wrap');
  if (!root) throw new Error(`visual: no story root (.sb-wrap) for ${story.id}`);
  await document.fonts.ready;
  for (const width of visual.skip ? [] : (visual.widths ?? DEFAULT_WIDTHS)) {
    await page.viewport(width, 900);
    await settled(root);
    await expect.element(page.elementLocator(root)).toMatchScreenshot(`${fileName(ctx.task.name)}-${width}`);
  }
  // What a screen reader says, at the last width pictured.
  await settled(root);
  const spoken = transcript(await commands.axTree('.sb-wrap'));

  const file = ctx.task.file.name.split('/').pop();
  await expect(spoken).toMatchFileSnapshot(`./__transcripts__/${file}/${fileName(ctx.task.name)}.txt`);
  expect(readTwice(spoken), 'read twice in a row').toEqual([]);
});
