/** One problem found in input: where it is and what is wrong. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  detail: string;
}

/** `file:line: field: detail`, the one format every tool prints. */
export function formatProblem({ file, line, field, detail }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return field ? `${where}: ${field}: ${detail}` : `${where}: ${detail}`;
}

/**
 * Mistakes in a maintainer's input (a seed, a content file, a flag). CLIs
 * print one line per problem and exit 1; any other error is a bug and keeps
 * its stack trace.
 */
export class InputError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

/** Shorthand for the common single problem. */
export function inputError(file: string, detail: string, where: { line?: number; field?: string } = {}): InputError {
  return new InputError({ file, detail, ...where });
}

/**
 * Astro prints the stack of any error thrown into it; a maintainer's mistake
 * needs only its own lines, so errors thrown from the build lose the stack.
 */
export function withoutStack<E extends Error>(error: E): E {
  error.stack = '';
  return error;
}
