/**
 * What went wrong with a user's input, told so that they can fix it.
 *
 * Readers never throw on a bad item in a batch: they yield an `InputProblem`
 * and go on. A whole command that cannot start (no such file, bad flag)
 * throws a `UserError`, which the CLI prints as one line without a stack.
 *
 * @example
 *   throw new UserError({ file: 'a.csv', message: 'no text column', fix: 'pass --columns text=body' });
 */
export interface InputProblem {
  /** The file (or `-` for standard input) the problem is in. */
  file: string;
  /** 1-based data row for tabular inputs (CSV, JSON Lines). */
  row?: number;
  /** What is wrong, in the user's terms. */
  message: string;
  /** What to do about it. */
  fix?: string;
}

/** One line naming the file, the row and the fix. */
export function formatProblem(p: InputProblem): string {
  const where = p.row === undefined ? p.file : `${p.file}, row ${p.row}`;
  return `${where}: ${p.message}${p.fix ? ` (${p.fix})` : ''}`;
}

/** A mistake the user can fix; the CLI prints it without a stack trace. */
export class UserError extends Error {
  readonly problem: InputProblem;
  readonly exitCode: number;

  constructor(problem: InputProblem, exitCode = 1) {
    super(formatProblem(problem));
    this.name = 'UserError';
    this.problem = problem;
    this.exitCode = exitCode;
  }
}
