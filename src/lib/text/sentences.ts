/**
 * Sentences as a reader counts them: runs of text ending in `.`, `!` or `?`
 * (or the end of the text). Good enough for summaries and messages; not a
 * linguistic sentence splitter.
 */
const SENTENCE = /[^.!?]+(?:[.!?]+|$)/g;

/** The sentences with the spaces between them kept, so joining them gives the text back. */
export function sentenceRuns(text: string): string[] {
  return text.match(SENTENCE) ?? [];
}

export function sentencesOf(text: string): string[] {
  return sentenceRuns(text)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first sentence, as a one-line summary. */
export function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? text;
}
