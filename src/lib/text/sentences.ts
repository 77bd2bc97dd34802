/**
 * Sentences as a reader counts them: runs of text ending in `.`, `!` or `?`
 * (or the end of the text). Good enough for summaries and messages; not a
 * linguistic sentence splitter.
 */
export function sentencesOf(text: string): string[] {
  return (
    text
      .match(/[^.!?]+(?:[.!?]+|$)/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

/** The first sentence, as a one-line summary. */
export function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? text;
}
