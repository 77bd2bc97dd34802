/**
 * Dated statements: a sentence and an absolute date it carries. Dates are
 * recognised by chrono (chrono-node), a maintained natural-language date
 * parser, and kept only when absolute: a day with its month and year, or a
 * month with its year, written out in the sentence (so "today", "next week"
 * and "24/7" are not dates). Chrono does not read a bare year; one parser is
 * added to it for the one case that dates an event: a year put there by
 * "in", "during", "since" or "by" ("In 2019, GAO made …"), and a year joined
 * to it by "and" or "or". Ranges ("from 2015 to 2018", "between January and
 * March 2021", "2010–2015") give no date at either end; nor does a year that
 * names or describes ("the 2017 hurricanes", "the Act of 1952", "fiscal year
 * 2022", "2019 dollars"), which no rule here picks up.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { sentencesOf } from '../../text/sentences.ts';

export interface DatedSentence {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the sentence is. */
  date: string;
  /** The sentence, exactly as the paragraph has it. */
  sentence: string;
}

const YEAR = '(1[6-9]\\d\\d|2[01]\\d\\d)';
const YEAR_AFTER = new RegExp(
  `\\b(?:in|during|since|by)\\s+${YEAR}((?:\\s*(?:,|and|or|, and|, or)\\s+${YEAR}\\b)*)(?![\\d–—-]|\\s+dollars)`,
  'gi',
);
const RANGE_BEFORE = /\b(?:from|between)\b[^.;]{0,40}?(?:\bto|\bthrough|\buntil|\band|[–—-])\s*$/i;
const RANGE_AFTER = /^\s*(?:to|through|until|[–—-])\s*(?:\p{L}+\s+)?\d/u;
const WRITTEN_YEAR = /\b\d{4}\b|\/\d{2,4}\b/;

// One parser, with a fixed reference date: only absolute dates are kept, so the clock never shows. It is
// loaded on the first sentence with a written year, so a derive of articles without one never pays for it.
let parser: Chrono.Chrono | undefined;
const chrono = (): Chrono.Chrono => (parser ??= (createRequire(import.meta.url)('chrono-node') as typeof Chrono).casual.clone());
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

export function findDates(paragraph: string): DatedSentence[] {
  const found: DatedSentence[] = [];
  if (!WRITTEN_YEAR.test(paragraph)) return found;
  for (const sentence of sentencesOf(paragraph)) {
    // Every date kept has its year written out: a sentence without one is not read at all.
    if (!WRITTEN_YEAR.test(sentence)) continue;
    const dates: { at: number; date: string }[] = [];
    for (const result of chrono().parse(sentence, REFERENCE)) {
      const date = absoluteDate(result, sentence);
      if (date) dates.push({ at: result.index, date });
    }
    for (const match of sentence.matchAll(YEAR_AFTER)) {
      if (inRange(sentence, match.index, match[0].length)) continue;
      dates.push({ at: match.index, date: match[1]! });
      for (const more of match[2]!.matchAll(new RegExp(YEAR, 'g'))) dates.push({ at: match.index + 1, date: more[1]! });
    }
    const seen = new Set<string>();
    for (const { date } of dates.sort((a, b) => a.at - b.at)) {
      if (seen.has(date)) continue;
      seen.add(date);
      found.push({ date, sentence });
    }
  }
  return found;
}

/** The result as `YYYY[-MM[-DD]]` when it is a written-out date with its year and no range; otherwise undefined. */
function absoluteDate(result: Chrono.ParsedResult, sentence: string): string | undefined {
  const { start, end, text, index } = result;
  if (end || !start.isCertain('year') || !start.isCertain('month') || !WRITTEN_YEAR.test(text)) return undefined;
  if (inRange(sentence, index, text.length)) return undefined;
  const year = String(start.get('year')).padStart(4, '0');
  const month = String(start.get('month')).padStart(2, '0');
  return start.isCertain('day') ? `${year}-${month}-${String(start.get('day')).padStart(2, '0')}` : `${year}-${month}`;
}

function inRange(sentence: string, index: number, length: number): boolean {
  return RANGE_BEFORE.test(sentence.slice(0, index)) || RANGE_AFTER.test(sentence.slice(index + length));
}
