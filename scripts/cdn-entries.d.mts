export function cdnEntries(root: string): Record<string, string>;
export function elementNames(root: string): string[];
