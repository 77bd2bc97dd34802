/**
 * Articles copied from the web often end a paragraph with the text of links
 * that were stripped ("Find more at X. Learn about Y."). Those sentences are
 * not reporting; they become further-reading labels, never links, unless the
 * seed's metadata gives a URL.
 */
import { sentenceRuns } from '../text/sentences.ts';

const PROMPT =
  /^(?:find (?:out )?more (?:at|about)|learn (?:more )?about|read more (?:at|about)|explore|understand|discover|visit|see also)\s+(.+?)\.?$/i;
const MAX_LABEL_WORDS = 8;

export interface SplitParagraph {
  /** The paragraph without the trailing link-text sentences. */
  body: string;
  /** The labels of the stripped links, in order. */
  labels: string[];
}

/** Splits trailing promotional sentences off a paragraph; needs two in a row to be sure. */
export function splitFurtherReading(paragraph: string): SplitParagraph {
  const sentences = sentenceRuns(paragraph);
  const labels: string[] = [];
  let keep = sentences.length;
  while (keep > 0) {
    const match = PROMPT.exec(sentences[keep - 1]!.trim());
    if (!match || match[1]!.split(/\s+/).length > MAX_LABEL_WORDS) break;
    labels.unshift(match[1]!.trim());
    keep--;
  }
  if (labels.length < 2 || keep === 0) return { body: paragraph, labels: [] };
  return { body: sentences.slice(0, keep).join('').trim(), labels };
}
