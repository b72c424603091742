export function buildCdn(
  outDir?: string,
  options?: { logLevel?: 'info' | 'warn' | 'error' | 'silent' },
): Promise<string>;
