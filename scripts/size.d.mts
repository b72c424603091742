export interface SizeRow {
  name: string;
  file: string;
  min: number;
  gzip: number;
  lazyMin: number;
  lazyGzip: number;
}
export const BUDGETS_FILE: string;
export function measure(dir: string): SizeRow[];
export function forbiddenCode(code: string): string[];
export function overBudget(
  rows: SizeRow[],
  budgets: Record<string, number>,
): { name: string; file: string; gzip: number; budget: number | undefined }[];
export function readBudgets(): Record<string, number>;
export function table(rows: SizeRow[], budgets: Record<string, number>): string;
