/** Path of a Chrome or Chromium executable; throws with the install command when there is none. */
export function findBrowser(): string;
/** Chromium flags for headless runs as root without network. */
export const BROWSER_ARGS: string[];
