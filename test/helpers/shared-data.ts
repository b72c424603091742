/**
 * Access to the real ANSM data in ../shared/data, served to browser tests under /__shared__/
 * (see scripts/wtr-middleware.mjs). Tests that need them skip, saying why, when they are absent.
 */
export const SHARED = '/__shared__';

export async function sharedText(path: string): Promise<string | undefined> {
  const response = await fetch(`${SHARED}/${path}`);
  return response.ok ? response.text() : undefined;
}

export async function sharedJson<T>(path: string): Promise<T | undefined> {
  const text = await sharedText(path);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

/** Skips the current mocha test with a message when the real data are absent. */
export function skipWithout(context: Mocha.Context, value: unknown, what: string): void {
  if (value === undefined) {
    console.warn(`skipped: ${what} not found under ../shared/data`);
    context.skip();
  }
}
