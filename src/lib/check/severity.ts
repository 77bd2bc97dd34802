/**
 * Which problems stop a run. Errors always do. Warnings (a cited paragraph
 * that changed, raw HTML) stop a CI run, so nothing unreviewed reaches the
 * deployed site; elsewhere they are shown and the run goes on. `check`, the
 * build and the dev server all decide through this one rule.
 */
import type { Problem } from '../model/errors.ts';

export interface Judged {
  /** Problems that stop the run. */
  fatal: Problem[];
  /** Problems to show without stopping. */
  warnings: Problem[];
}

export function judgeProblems({ errors, warnings }: { errors: Problem[]; warnings: Problem[] }, { ci }: { ci: boolean }): Judged {
  return ci ? { fatal: [...errors, ...warnings], warnings: [] } : { fatal: errors, warnings };
}
