/**
 * A correction in the words newsrooms use: "Correction, 12 May 2026: This
 * entry previously said X. In fact, Y." Readers see what was wrong and what is
 * right, not just that something changed. Editors write `wrong` and `right`
 * either as a clause ("the vote was 5 to 4") or as a full sentence ("The
 * board voted 5 to 4."); a sentence cannot follow "said" or "In fact," as it
 * stands, so it is quoted after a colon instead.
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

/** A full sentence starts with a capital letter (or a digit, or a quotation mark). */
const isSentence = (text: string): boolean => /^["“‘']?[\p{Lu}\p{N}]/u.test(text.trim());

export function correctionWording({ date, wrong, right }: CorrectionFacts): CorrectionWording {
  const said = isSentence(wrong) ? `said: “${asSentence(wrong)}”` : `said ${asSentence(wrong)}`;
  const fact = isSentence(right) ? `In fact: ${asSentence(right)}` : `In fact, ${asSentence(right)}`;
  return { date: readableDate(date), text: `This entry previously ${said} ${fact}` };
}

/** The whole correction as one line of plain text, for feeds. */
export function correctionLine(facts: CorrectionFacts): string {
  const { date, text } = correctionWording(facts);
  return `Correction, ${date}: ${text}`;
}

/** Anchor of an entry's nth correction (from 0), so feeds can link straight to it. */
export const correctionId = (entrySlug: string, index: number): string => `${entrySlug}-correction-${index + 1}`;
