export const CDN_CODE_SPLITTING: {
  groups: { name: string; test: RegExp; includeDependenciesRecursively: boolean }[];
};
export function cdnEntries(root: string): Record<string, string>;
export function elementNames(root: string): string[];
