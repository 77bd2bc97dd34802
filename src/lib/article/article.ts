/**
 * Parses a plain-text source article: the first line is the title, then
 * heading lines and paragraph lines. A heading is recognised by its shape
 * (short, no closing sentence punctuation except "?", followed by body text),
 * not by position. In a run of short lines only the last, the one directly
 * above body text, is a heading: the others are captions or bylines.
 */
import { inputError } from '../model/errors.ts';
import { contentHash } from '../model/hash.ts';
import { splitFurtherReading } from './further-reading.ts';
import { uniqueSlugger } from '../text/slug.ts';
import { normaliseText } from './seed-text.ts';
import { clip } from '../text/clip.ts';

export interface Paragraph {
  id: string;
  hash: string;
  /** Verbatim text of the line. */
  text: string;
  /** `text` without trailing link-text sentences. */
  body: string;
  furtherReading: string[];
}

export interface Section {
  /** Null for body text that comes before the first heading. */
  heading: string | null;
  slug: string;
  paragraphs: Paragraph[];
}

export interface Article {
  title: string;
  sections: Section[];
}

const MAX_HEADING_WORDS = 14;
const MAX_HEADING_CHARS = 120;

export function isHeadingShaped(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (words > MAX_HEADING_WORDS || line.length > MAX_HEADING_CHARS) return false;
  if (!/[\p{L}\p{N}]/u.test(line)) return false;
  return !/[.!:;,…"”'’)\]]$/u.test(line);
}

export function parseArticle(file: string, raw: string): Article {
  const lines = normaliseText(raw)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) throw inputError(file, 'the file has no text; a seed needs a title line and body text');
  const [title, ...rest] = lines as [string, ...string[]];
  if (rest.length === 0) throw inputError(file, `only a title ("${clip(title, 60)}"), no body text`);
  if (rest.every(isHeadingShaped)) throw inputError(file, 'no body text: every line after the title looks like a heading');

  const slug = uniqueSlugger();
  const sections: Section[] = [];
  let current: Section | undefined;
  let n = 0;
  rest.forEach((line, i) => {
    const next = rest[i + 1];
    if (isHeadingShaped(line) && next !== undefined && !isHeadingShaped(next)) {
      current = { heading: line, slug: slug(line), paragraphs: [] };
      sections.push(current);
      return;
    }
    if (!current) {
      current = { heading: null, slug: slug('introduction'), paragraphs: [] };
      sections.push(current);
    }
    const { body, labels } = splitFurtherReading(line);
    n++;
    current.paragraphs.push({ id: `p${n}`, hash: contentHash(line), text: line, body, furtherReading: labels });
  });

  return { title, sections };
}
