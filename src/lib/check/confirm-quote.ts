/**
 * A `quote` is shown to readers as the source's words as written, so
 * confirming one records hashes only for paragraphs whose words the body
 * still has. When a cited paragraph changed and the body has its earlier
 * words, `confirm` refuses, naming the paragraph and the words that
 * changed; with `--recopy` it copies the paragraph's new words into the body
 * instead, where the body is the cited paragraphs whole, as derive wrote it
 * (an excerpt, or a body with the editors' words in it, is the editor's to
 * rewrite).
 */
import type { Loaded } from '../content-files/loaded.ts';
import type { Problem } from '../model/errors.ts';
import type { Source } from '../model/schema.ts';
import { clip } from '../text/clip.ts';
import { escapeMarkdownText } from '../text/markdown-text.ts';
import { describeChange } from '../text/word-change.ts';
import { bodyBlocks } from './body-text.ts';
import type { Citing } from './check-citations.ts';
import { quoteFinder, wordsNotFound } from './verify-quote.ts';

interface Paragraph {
  id: string;
  /** The text now, and what the page shows of it. */
  text: string;
  body: string;
  /** The text the entry was written against, when it changed since and the source still keeps it. */
  then?: { text: string; body: string };
}

/** The cited paragraphs as they read now and, for those that changed, as they read when the entry was written. */
function citedParagraphs(entry: Citing, source: Loaded<Source>): Paragraph[] {
  const now = new Map(source.data.paragraphs.map((p) => [p.id, p]));
  const before = new Map(source.data.superseded.map((p) => [`${p.id}#${p.hash}`, p]));
  return entry.data.paragraphs.flatMap((id) => {
    const p = now.get(id);
    if (!p) return [];
    const old = entry.data.cited[id] === p.hash ? undefined : before.get(`${id}#${entry.data.cited[id]}`);
    return [{ id, text: p.text, body: p.body ?? p.text, ...(old && { then: { text: old.text, body: old.body ?? old.text } }) }];
  });
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The body with the cited paragraphs' new words, when it is those paragraphs whole as they read
 * when the entry was written (each block one paragraph, in order); undefined otherwise.
 */
export function recopiedBody(entry: Citing, source: Loaded<Source>): string | undefined {
  const paragraphs = citedParagraphs(entry, source);
  const blocks = bodyBlocks(entry.body);
  if (blocks.length !== paragraphs.length || !paragraphs.some((p) => p.then)) return undefined;
  const whole = blocks.every((block, i) => block.text === collapse((paragraphs[i]!.then ?? paragraphs[i]!).body));
  return whole ? paragraphs.map((p) => escapeMarkdownText(p.body)).join('\n\n') : undefined;
}

/** Why a `quote` cannot be confirmed against its paragraphs as they read now; none when its body is still their words. */
export function quoteProblems(entry: Citing, source: Loaded<Source>): Problem[] {
  if (entry.data.kind !== 'quote') return [];
  const paragraphs = citedParagraphs(entry, source);
  const found = quoteFinder(paragraphs.map((p) => p.text));
  const missing = bodyBlocks(entry.body).find((block) => !found(block.text));
  if (!missing) return [];
  const ids = `${source.id} ${entry.data.paragraphs.join(', ')}`;
  const changed = paragraphs.filter((p) => p.then);
  const at = { file: entry.file, line: entry.bodyLine + missing.line - 1 };
  if (changed.length === 0)
    return [
      {
        ...at,
        detail: `not confirmed: a quote must be the source's words as written, and "${clip(wordsNotFound(missing.text, found), 80)}" is not in ${ids}; restore the source's words, or rewrite the body in the editors' words and set kind to reporting, analysis or context`,
      },
    ];
  const how = changed.map(({ id, then, text }) => {
    const { was, now } = describeChange(then!.text, text);
    return `${source.id} ${id} now reads "${now}" where the body has "${was}"`;
  });
  const recopy = recopiedBody(entry, source)
    ? `run "npm run confirm -- --recopy ${entry.file}" to copy its new words into the body`
    : "copy the source's new words into the body";
  return [
    {
      ...at,
      detail: `not confirmed: a quote must be the source's words as written, and ${how.join('; ')}; ${recopy}, or rewrite the body in the editors' words and set kind to reporting, analysis or context`,
    },
  ];
}
