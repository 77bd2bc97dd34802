/**
 * Which problems stop a run. Errors always do. Warnings (a cited paragraph
 * that changed, raw HTML) stop a CI run, so nothing unreviewed reaches the
 * deployed site; elsewhere they are shown and the run goes on. Drafts (what
 * derive proposed and no editor has confirmed: themes now, key terms and
 * timeline items later) follow the drafts rule: they stop a CI run too,
 * except a pull-request preview build, whose whole point is to let a
 * maintainer review them. A stale translation (its source-language text
 * changed since it was made) never stops a run, not even under CI: an
 * English correction must not wait for its translation, and readers of the
 * translation are told it may be behind. `check`, the build and the dev
 * server all decide through this one rule.
 */
import type { Problem } from '../model/errors.ts';
import type { RunKind } from '../model/settings.ts';

export interface Judged {
  /** Problems that stop the run. */
  fatal: Problem[];
  /** Problems to show without stopping. */
  warnings: Problem[];
}

export interface Findings {
  errors: Problem[];
  warnings: Problem[];
  /** Drafts awaiting an editor; absent where a caller has none. */
  drafts?: Problem[];
  /** Translations behind their source-language text; absent where a caller has none. */
  staleTranslations?: Problem[];
}

/** The run kind comes from the settings (src/lib/model/settings.ts). */
export function judgeProblems({ errors, warnings, drafts = [], staleTranslations = [] }: Findings, run: RunKind): Judged {
  if (run === 'local') return { fatal: errors, warnings: [...warnings, ...drafts, ...staleTranslations] };
  return run === 'preview'
    ? { fatal: [...errors, ...warnings], warnings: [...drafts, ...staleTranslations] }
    : { fatal: [...errors, ...warnings, ...drafts], warnings: staleTranslations };
}
