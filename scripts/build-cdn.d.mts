export function buildCdn(
  outDir?: string,
  options?: { logLevel?: 'info' | 'warn' | 'error' | 'silent' },
): Promise<string>;
export function buildCdnEntry(
  name: string,
  outDir: string,
  options?: { logLevel?: 'info' | 'warn' | 'error' | 'silent' },
): Promise<void>;
