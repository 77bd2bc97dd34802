/**
 * Section headings in sentence case, against headings and articles written
 * down with the answer an editor would give (tests/fixtures/sentence-case):
 * each case beside the wrong answer a simpler rule gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceCase } from '../../src/lib/text/sentence-case.ts';

interface Case {
  why: string;
  heading: string;
  article: string;
  expected: string;
  wrong: string;
}

const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sentence-case/cases.json'), 'utf8')) as {
  articles: Record<string, string>;
  cases: Case[];
};

describe('sentenceCase', () => {
  for (const { why, heading, article, expected, wrong } of fixture.cases)
    it(`${heading} → ${expected}: ${why}`, () => {
      expect(expected).not.toBe(wrong);
      const text = fixture.articles[article];
      expect(text, `no article "${article}" in the fixture`).toBeDefined();
      expect(sentenceCase(heading, text!)).toBe(expected);
    });

  it('leaves its own result as it is', () => {
    for (const { heading, article } of fixture.cases) {
      const text = fixture.articles[article]!;
      const once = sentenceCase(heading, text);
      expect(sentenceCase(once, text)).toBe(once);
    }
  });

  it('reads names from the article it is given, not from an earlier one', () => {
    const { pledge, schools } = fixture.articles;
    expect(sentenceCase('Policies Under Mamdani', pledge!)).toBe('Policies under Mamdani');
    expect(sentenceCase('Policies Under Mamdani', schools!)).toBe('Policies under mamdani');
  });

  it('keeps a heading with no letters, and spacing, as written', () => {
    expect(sentenceCase('2026', '')).toBe('2026');
    expect(sentenceCase('  Budget  Gap ', 'The budget gap grew.')).toBe('  Budget  gap ');
  });
});
