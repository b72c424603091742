/** Path of the tests' browser: $CHROME_PATH, else the pinned npm-shipped Chromium (unpacked if needed). */
export function findBrowser(): string;
/** "Chromium 143.0.7499.0 (npm @sparticuz/chromium 143.0.4, pinned)", or the chosen $CHROME_PATH. */
export function describeBrowser(path?: string): string;
/** Chromium flags for headless runs as root without network. */
export const BROWSER_ARGS: string[];
