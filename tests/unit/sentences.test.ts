/**
 * The one sentence splitter against passages of government prose split by
 * hand before it ran on them (tests/fixtures/sentences/README.md), English
 * and Spanish: a passage passes only if every cut is where the hand put it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSentence, sentenceRuns, sentencesOf, type SentenceLanguage } from '../../src/lib/text/sentences.ts';

interface Passage {
  source: string;
  text: string;
  sentences: string[];
  cases: string[];
}

const gold = (language: SentenceLanguage): Passage[] =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sentences', `${language}.json`), 'utf8')) as Passage[];

describe('the sentence splitter on the hand-split gold set', () => {
  for (const language of ['en', 'es'] as const) {
    const passages = gold(language);

    it(`holds at least 30 sentences in ${language}, each passage the sentences joined by one space`, () => {
      expect(passages.flatMap((p) => p.sentences).length).toBeGreaterThanOrEqual(30);
      for (const p of passages) expect(p.sentences.join(' ')).toBe(p.text);
    });

    for (const passage of passages) {
      it(`${language}: ${passage.cases.join('; ')}`, () => {
        expect(sentencesOf(passage.text, language)).toEqual(passage.sentences);
        expect(sentenceRuns(passage.text, language).join('')).toBe(passage.text);
      });
    }
  }
});

describe('the cuts the rough splitter made in summaries', () => {
  it.each([
    ['The United States ran a $7.9 billion deficit. Exports rose.', 'The United States ran a $7.9 billion deficit.'],
    [
      'Automotive goods accounted for roughly 31% of U.S. imports. Parts followed.',
      'Automotive goods accounted for roughly 31% of U.S. imports.',
    ],
    [
      'Under 8 U.S.C. § 1225, officers may detain applicants. Others may be paroled.',
      'Under 8 U.S.C. § 1225, officers may detain applicants.',
    ],
    ['According to CDC data, 90.5 percent were vaccinated. The rest were not.', 'According to CDC data, 90.5 percent were vaccinated.'],
    ['Funding for Fiscal Year 2026 (P.L. 119-21) rose. It fell later.', 'Funding for Fiscal Year 2026 (P.L. 119-21) rose.'],
  ])('keeps %j whole up to its first full stop', (text, first) => {
    expect(firstSentence(text)).toBe(first);
  });

  it('still cuts after an abbreviation that ends a sentence when a new one starts', () => {
    expect(sentencesOf('Offices are across the U.S. The nearest one is in Denver.')).toEqual([
      'Offices are across the U.S.',
      'The nearest one is in Denver.',
    ]);
    expect(sentencesOf('See Appendix A. The table lists every office.')).toEqual(['See Appendix A.', 'The table lists every office.']);
    // After a country's abbreviation, a name goes on with the sentence; only a function word starts a new one.
    expect(sentencesOf('Aid came first. The U.S. Treasury paid $7.9 billion. Then came loans.')).toEqual([
      'Aid came first.',
      'The U.S. Treasury paid $7.9 billion.',
      'Then came loans.',
    ]);
    // A number after "and" ends a sentence unless it is the next item of a numbered list.
    expect(sentencesOf('It covers categories 1 and 2. A person with L clearance may not.')).toEqual([
      'It covers categories 1 and 2.',
      'A person with L clearance may not.',
    ]);
  });

  it('never joins across a line break, and gives a text without a full stop back whole', () => {
    expect(sentencesOf('Sent by Dr.\nNext paragraph.')).toEqual(['Sent by Dr.', 'Next paragraph.']);
    expect(firstSentence('  no full stop at all  ')).toBe('no full stop at all');
  });
});
