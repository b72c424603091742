/**
 * What a designer clicks, as reusable `play` steps: each waits for the widget's answer and checks
 * it, so a story fails when the interaction stops working.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import { settleAll } from './settle.js';

/** The shadow root of the first element matching `selector` in the story. */
export function shadowOf(canvas: ParentNode, selector: string): ShadowRoot {
  return canvas.querySelector(selector)!.shadowRoot!;
}

/** Waits for the error state's retry button, clicks it, and waits for every widget to settle. */
export async function retryAfterError(canvas: HTMLElement, root: ShadowRoot): Promise<void> {
  const retry = await waitFor(() => {
    const button = root.querySelector<HTMLButtonElement>('button[part="retry"]');
    expect(button).toBeTruthy();
    return button!;
  });
  await userEvent.click(retry);
  await settleAll(canvas);
  expect(root.querySelector('button[part="retry"]')).toBeNull();
}

/** Clicks "Tableau", checks a table replaced the chart, then clicks "Graphique" again. */
export async function switchToTableAndBack(canvas: HTMLElement, root: ShadowRoot): Promise<void> {
  const [chart, table] = root.querySelectorAll<HTMLButtonElement>('[part="toolbar"] .segmented button');
  await userEvent.click(table!);
  await waitFor(() => expect(root.querySelector('table')).toBeTruthy());
  expect(table!.getAttribute('aria-pressed')).toBe('true');
  await userEvent.click(chart!);
  await waitFor(() => expect(root.querySelector('table')).toBeNull());
  await settleAll(canvas);
}

/**
 * Opens the download menu with a click: the first item gets the focus, arrows move it, Escape
 * closes the menu and gives the focus back to its button.
 */
export async function openAndCloseDownloadMenu(root: ShadowRoot): Promise<void> {
  const button = root.querySelector<HTMLButtonElement>('.menu-button')!;
  await userEvent.click(button);
  await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
  const items = [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  expect(items.length).toBeGreaterThan(1);
  await waitFor(() => expect(root.activeElement).toBe(items[0]));
  await userEvent.keyboard('{ArrowDown}');
  expect(root.activeElement).toBe(items[1]);
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));
  expect(root.activeElement).toBe(button);
}

/**
 * Tabs into a chart's marks, moves with the arrows: the tooltip follows the focus and names the
 * mark; Escape dismisses it.
 */
export async function keyboardThroughMarks(root: ShadowRoot, expected: string | RegExp): Promise<void> {
  await waitFor(() => expect(root.querySelector('.mark')).toBeTruthy());
  root.querySelector<SVGGElement>('.mark')!.focus();
  await userEvent.keyboard('{ArrowDown}');
  await waitFor(() => expect(root.querySelector('.tooltip')?.textContent).toMatch(expected));
  await userEvent.keyboard('{End}');
  const marks = root.querySelectorAll('.mark');
  expect(root.activeElement).toBe(marks[marks.length - 1]);
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(root.querySelector('.tooltip')).toBeNull());
}

/** The "Données fictives" badge of demo data is shown. */
export async function expectDemoBadge(root: ShadowRoot): Promise<void> {
  await waitFor(() =>
    expect(root.querySelector('[part="badge"]')?.textContent).toMatch(/fictives|Fictional/),
  );
}
