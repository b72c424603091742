/**
 * What the build says about its inputs: every problem names the file, the line and the column, so
 * an operator can open the file at the right place. Pure: shared by the CLI and browser tests.
 */

export interface BuildIssue {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based character column, when the format has one (JSON); CSV and TSV name the field instead. */
  position?: number;
  /** The field (column name) concerned. */
  column?: string;
  /** `error`: the row (or, for adverse-effect tables, the whole build) is refused. `warning`: repaired. */
  severity: 'error' | 'warning';
  message: string;
}

/** `file:line[:position]: severity: [column: ]message`, the shape compilers and editors understand. */
export function formatIssue(issue: BuildIssue): string {
  const where = `${issue.file}:${issue.line}${issue.position ? `:${issue.position}` : ''}`;
  return `${where}: ${issue.severity}: ${issue.column ? `${issue.column}: ` : ''}${issue.message}`;
}

/** Input that cannot be read at all (broken syntax, missing columns): the build stops, writing nothing. */
export class BuildInputError extends Error {
  constructor(readonly issues: BuildIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'BuildInputError';
  }
}

/** Throws a one-issue `BuildInputError`. */
export function fail(
  file: string,
  line: number,
  message: string,
  where: { position?: number | undefined; column?: string | undefined } = {},
): never {
  throw new BuildInputError([
    {
      file,
      line,
      ...(where.position ? { position: where.position } : {}),
      ...(where.column ? { column: where.column } : {}),
      severity: 'error',
      message,
    },
  ]);
}
