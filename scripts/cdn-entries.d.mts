export const CDN_OUTPUT: {
  minify: true;
  comments: false;
  codeSplitting: { groups: { name: string; test: RegExp; includeDependenciesRecursively: boolean }[] };
};
export function cdnEntries(root: string): Record<string, string>;
export function elementNames(root: string): string[];
