/**
 * What an editor adds to a derived entry before publishing: the source's
 * text kept as a blockquote, a subheading, a short list, a quotation taken
 * verbatim from the entry's own source text (so `check` can verify it) and a
 * link to a related entry; and, as the body is no longer only the source's
 * words, a kind of the editors'. Derive writes
 * bodies from seed paragraphs only, so without this pass a benchmark would
 * measure far plainer Markdown than a newsroom ships.
 */
import { sentencesOf } from '../../text/sentences.ts';

export interface RelatedEntry {
  title: string;
  /** Root-relative, e.g. `/themes/<theme>/#<slug>`; the renderer adds the base path. */
  href: string;
}

const FRONTMATTER_END = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

export function editEntry(file: string, related: RelatedEntry): string {
  const frontmatter = FRONTMATTER_END.exec(file)?.[0];
  if (!frontmatter) throw new Error('editEntry: the file has no frontmatter');
  const body = file.slice(frontmatter.length).trimEnd();
  const sentences = sentencesOf(body.replace(/\n+/g, ' '));
  if (sentences.length < 2) throw new Error('editEntry: the body needs at least two sentences to quote and list from');
  const quote = sentences[1]!
    .replace(/[.!?]+$/, '')
    .split(' ')
    .slice(0, 12)
    .join(' ');
  const points = sentences.slice(0, 3).map(
    (s) =>
      `- ${s
        .split(' ')
        .slice(0, 6)
        .join(' ')
        .replace(/[.,;]$/, '')}`,
  );
  return (
    [
      frontmatter.replace(/^kind: quote$/m, 'kind: reporting') + body.replace(/^(?=\S)/gm, '> '),
      '### What to watch',
      points.join('\n'),
      `> ${quote}`,
      `See also [${related.title}](${related.href}).`,
    ].join('\n\n') + '\n'
  );
}
