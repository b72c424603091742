/** Types of static-server.mjs (the tests in TypeScript import it). */
export function inside(base: string, relative: string): string | undefined;
export function serveFiles(
  fileOf: (path: string) => string | undefined,
  headers?: Record<string, string>,
  listenPort?: number,
): Promise<{ origin: string; close: () => Promise<void> }>;
