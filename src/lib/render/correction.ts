/**
 * A correction in the words newsrooms use: "Correction, 12 May 2026: This
 * entry previously said X. In fact, Y." Readers see what was wrong and what is
 * right, not just that something changed. Editors write `wrong` and `right`
 * either as a clause ("the vote was 5 to 4") or as a full sentence ("The
 * board voted 5 to 4."); a sentence cannot follow "said" or "In fact," as it
 * stands, so it is quoted after a colon instead. The words around them come
 * from the interface catalogue, in the page's language.
 */
import type { Interface } from './interface.ts';

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
  return /[.!?…]["”’»)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

/** A full sentence starts with a capital letter (or a digit, or a quotation mark). */
const isSentence = (text: string): string => (/^["“‘'«¿¡]?[\p{Lu}\p{N}]/u.test(text.trim()) ? 'yes' : 'no');

export function correctionWording(ui: Interface, { date, wrong, right }: CorrectionFacts): CorrectionWording {
  const said = ui.t('correction.said', { sentence: isSentence(wrong), wrong: asSentence(wrong) });
  const fact = ui.t('correction.fact', { sentence: isSentence(right), right: asSentence(right) });
  return { date: ui.date(date), text: `${said} ${fact}` };
}

/** The whole correction as one line of plain text, for feeds. */
export function correctionLine(ui: Interface, facts: CorrectionFacts): string {
  const { date, text } = correctionWording(ui, facts);
  return ui.t('correction.line', { date, text });
}

/** Anchor of an entry's nth correction (from 0), so feeds can link straight to it. */
export const correctionId = (entrySlug: string, index: number): string => `${entrySlug}-correction-${index + 1}`;
