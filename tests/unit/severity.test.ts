import { describe, expect, it } from 'vitest';
import { judgeProblems } from '../../src/lib/check/severity.ts';

const error = { file: 'e', detail: 'an error' };
const warning = { file: 'w', detail: 'a warning' };
const draft = { file: 'd', detail: 'a draft' };
const findings = { errors: [error], warnings: [warning], drafts: [draft] };

describe('which problems stop a run', () => {
  it('stops only on errors outside CI, showing warnings and drafts', () => {
    expect(judgeProblems(findings, 'local')).toEqual({ fatal: [error], warnings: [warning, draft] });
  });

  it('stops on everything under CI', () => {
    expect(judgeProblems(findings, 'ci')).toEqual({ fatal: [error, warning, draft], warnings: [] });
  });

  it('keeps drafts as warnings in a pull-request preview under CI, and nothing else', () => {
    expect(judgeProblems(findings, 'preview')).toEqual({ fatal: [error, warning], warnings: [draft] });
  });

  it('never stops a run on a stale translation, not even under CI or in a preview', () => {
    const stale = { file: 's', detail: 'a stale translation' };
    const withStale = { ...findings, staleTranslations: [stale] };
    expect(judgeProblems(withStale, 'local').warnings).toContain(stale);
    for (const run of ['ci', 'preview'] as const) {
      const judged = judgeProblems(withStale, run);
      expect(judged.fatal).not.toContain(stale);
      expect(judged.warnings).toContain(stale);
    }
  });
});
