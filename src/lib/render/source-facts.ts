/**
 * What is known about where a source article comes from, in the order a
 * reader asks: who published it, who wrote it, when, where the original is,
 * under what terms it is reproduced, and when it was copied for this
 * explainer. A fact the seed's metadata does not give is said to be not
 * recorded, never guessed or left out silently.
 */
import { readableDate } from './dates.ts';
import { SOURCE_FACT_TERMS } from './wording.ts';

export interface SourceFactsData {
  publisher?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  licence?: string | undefined;
  retrieved?: string | undefined;
}

export interface SourceFact {
  term: string;
  /** Text to show; absent when the fact is not recorded. */
  text?: string;
  /** `YYYY-MM-DD` for a date, for the `<time>` element. */
  date?: string;
  /** The original's address, to link. */
  url?: string;
}

const DATES = new Set<keyof SourceFactsData>(['published', 'retrieved']);

export function sourceFacts(data: SourceFactsData): SourceFact[] {
  return (Object.keys(SOURCE_FACT_TERMS) as (keyof SourceFactsData)[]).map((key) => {
    const term = SOURCE_FACT_TERMS[key];
    const value = data[key];
    if (value === undefined) return { term };
    if (DATES.has(key)) return { term, text: readableDate(value), date: value };
    if (key === 'url') return { term, text: value, url: value };
    return { term, text: value };
  });
}
