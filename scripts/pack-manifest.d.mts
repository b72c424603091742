/** The published package.json: the development one without scripts, devDependencies, overrides. */
export function publishedManifest(pkg: Record<string, unknown>): Record<string, unknown>;
export function strip(): void;
export function restore(): void;
