/**
 * A correction in the words newsrooms use: "Correction, 12 May 2026: This
 * entry previously said X. In fact, Y." Readers see what was wrong and what is
 * right, not just that something changed.
 */
import { readableDate } from './dates.ts';

export interface CorrectionFacts {
  date: string;
  wrong: string;
  right: string;
}

export interface CorrectionWording {
  /** "12 May 2026" */
  date: string;
  /** "This entry previously said X. In fact, Y." */
  text: string;
}

/** Ends a clause with a full stop unless it already ends a sentence. */
const asSentence = (clause: string): string => {
  const trimmed = clause.trim();
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

export function correctionWording({ date, wrong, right }: CorrectionFacts): CorrectionWording {
  return {
    date: readableDate(date),
    text: `This entry previously said ${asSentence(wrong)} In fact, ${asSentence(right)}`,
  };
}

/** The whole correction as one line of plain text, for feeds. */
export function correctionLine(facts: CorrectionFacts): string {
  const { date, text } = correctionWording(facts);
  return `Correction, ${date}: ${text}`;
}

/** Anchor of an entry's nth correction (from 0), so feeds can link straight to it. */
export const correctionId = (entrySlug: string, index: number): string => `${entrySlug}-correction-${index + 1}`;
