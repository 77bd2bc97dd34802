/**
 * A proposed theme's draft question and answer, so the editor starts from
 * the article's own words rather than from nothing. The question is a
 * heading of the theme's sections that already asks about its subject, or
 * else asks about the subject by name, as the article writes it ("Child Tax
 * Credit — what should I know?"). The answer is one sentence of those
 * sections that names the subject, short and not a list if it can be, quoted
 * (it is the source's words, and `check` holds a quotation to the paragraph
 * it cites), with that paragraph under `cites`. Both are drafts: the theme
 * keeps `status: proposed` until an editor rewrites and confirms them.
 */
import type { z } from 'zod';
import type { citation } from '../../model/schema.ts';
import { sentencesOf } from '../../text/sentences.ts';
import type { Words } from '../../text/words.ts';

export interface DraftSection {
  heading: string;
  /** The section's paragraphs and the slug of its source, which an answer quotes and cites. */
  paragraphs?: readonly { id: string; text: string }[];
  source?: string;
}

export interface DraftAnswer {
  summary: string;
  cites: z.input<typeof citation>[];
}

/** About one line on a phone's home page. */
const ANSWER_CHARS = 200;
const LONGEST_ANSWER = 320;
const LONGEST_QUESTION = 100;

const contentStems = (text: string, words: Words) =>
  words
    .words(text)
    .filter((w) => w.word.length > 2)
    .map((w) => w.stem);

export function draftQuestion(subject: string, headings: readonly string[], words: Words): string {
  const wanted = new Set(contentStems(subject, words));
  const asked = headings.find(
    (h) => h.endsWith('?') && h.length <= LONGEST_QUESTION && contentStems(h, words).some((stem) => wanted.has(stem)),
  );
  return asked ?? `${subject.charAt(0).toUpperCase()}${subject.slice(1)} — what should I know?`;
}

/** The first short sentence naming the subject (as one phrase at best, else all its words, else some), quoted, with its paragraph. */
export function draftAnswer(subject: string, sections: readonly DraftSection[], words: Words): DraftAnswer | undefined {
  const wanted = contentStems(subject, words);
  const candidates = sections.flatMap(({ source, paragraphs = [] }) =>
    (source === undefined ? [] : paragraphs).flatMap(({ id, text }) =>
      sentencesOf(text)
        // A sentence with quotation marks of its own cannot be quoted whole without muddling them.
        .filter((sentence) => !/["“”]/u.test(sentence) && sentence.length <= LONGEST_ANSWER)
        .map((sentence) => {
          const stems = new Set(contentStems(sentence, words));
          const shared = wanted.filter((s) => stems.has(s)).length;
          const named = sentence.toLowerCase().includes(subject.toLowerCase()) ? 3 : shared === wanted.length ? 2 : shared > 0 ? 1 : 0;
          // A list ("This choice affects: Whether …; Whether …") answers nothing by itself.
          const plain = /[;:]/u.test(sentence) ? 0 : 1;
          return { source: source!, id, sentence, named, rank: named * 4 + (sentence.length <= ANSWER_CHARS ? 2 : 0) + plain };
        }),
    ),
  );
  const best = candidates.filter((c) => c.named > 0).sort((a, b) => b.rank - a.rank)[0];
  return best && { summary: `“${best.sentence}”`, cites: [{ source: best.source, paragraphs: [best.id] }] };
}
