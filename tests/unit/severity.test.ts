import { describe, expect, it } from 'vitest';
import { judgeProblems, runKind } from '../../src/lib/check/severity.ts';

const error = { file: 'e', detail: 'an error' };
const warning = { file: 'w', detail: 'a warning' };
const draft = { file: 'd', detail: 'a draft' };
const findings = { errors: [error], warnings: [warning], drafts: [draft] };

describe('which problems stop a run', () => {
  it('stops only on errors outside CI, showing warnings and drafts', () => {
    expect(judgeProblems(findings, { ci: false, preview: false })).toEqual({ fatal: [error], warnings: [warning, draft] });
  });

  it('stops on everything under CI', () => {
    expect(judgeProblems(findings, { ci: true, preview: false })).toEqual({ fatal: [error, warning, draft], warnings: [] });
  });

  it('keeps drafts as warnings in a pull-request preview under CI, and nothing else', () => {
    expect(judgeProblems(findings, { ci: true, preview: true })).toEqual({ fatal: [error, warning], warnings: [draft] });
  });

  it('never stops a run on a stale translation, not even under CI or in a preview', () => {
    const stale = { file: 's', detail: 'a stale translation' };
    const withStale = { ...findings, staleTranslations: [stale] };
    expect(judgeProblems(withStale, { ci: false, preview: false }).warnings).toContain(stale);
    for (const preview of [false, true]) {
      const judged = judgeProblems(withStale, { ci: true, preview });
      expect(judged.fatal).not.toContain(stale);
      expect(judged.warnings).toContain(stale);
    }
  });

  it('reads the run kind from the environment values only when they say "true"', () => {
    expect(runKind({ CI: 'true', EXPLAINER_PREVIEW: 'true' })).toEqual({ ci: true, preview: true });
    expect(runKind({ CI: '1', EXPLAINER_PREVIEW: 'yes' })).toEqual({ ci: false, preview: false });
    expect(runKind({})).toEqual({ ci: false, preview: false });
  });
});
