/**
 * The sentences of a paragraph, each exactly as the paragraph has it, so a
 * sentence derive proposes is a quotation `check` finds word for word. A
 * sentence ends at `.`, `!` or `?` (and any closing quote or bracket) before
 * a space and a capital letter, digit or opening quote; not after a common
 * abbreviation ("U.S.", "a.m.", "Dr."), or an initial, so "the U.S. Virgin
 * Islands" and "$1.4 billion" stay whole. The reader's rougher split
 * (src/lib/text/sentences.ts) is enough for summaries and messages, not for
 * quotations.
 */
const END = /[.!?][”"’)\]]*(?=\s+[\p{Lu}\p{N}“"‘(])/gu;
const ABBREVIATION =
  /(?:^|[\s(])(?:(?:\p{L}\.)*\p{L}|Mr|Mrs|Ms|Dr|St|No|Nos|Jr|Sr|Inc|Co|Corp|Ltd|vs|etc|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

export interface ProseSentence {
  text: string;
  /** Where it starts in the paragraph. */
  start: number;
}

export function proseSentences(paragraph: string): ProseSentence[] {
  const sentences: ProseSentence[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(END)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && ABBREVIATION.test(paragraph.slice(Math.max(start, match.index - 12), match.index + 1))) continue;
    push(sentences, paragraph, start, end);
    start = end;
  }
  push(sentences, paragraph, start, paragraph.length);
  return sentences;
}

function push(sentences: ProseSentence[], paragraph: string, from: number, to: number): void {
  const raw = paragraph.slice(from, to);
  const text = raw.trim();
  if (text) sentences.push({ text, start: from + raw.indexOf(text) });
}
