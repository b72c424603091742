import { waitUntil } from '@open-wc/testing';

/**
 * Types `query` into a <datamed-substance-search> and clicks the first option matching `match`.
 * Types again while nothing matches: the index may still be loading.
 */
export async function chooseInSearch(search: HTMLElement, query: string, match: RegExp): Promise<void> {
  const input = search.shadowRoot!.querySelector('input')!;
  const option = () =>
    [...search.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find((o) =>
      match.test(o.textContent ?? ''),
    );
  let typed = 0;
  await waitUntil(
    () => {
      if (Date.now() - typed > 400) {
        typed = Date.now();
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      return option();
    },
    `the search did not list ${match}`,
    { timeout: 10_000, interval: 50 },
  );
  option()!.click();
}
