/** A content file as loaded: its parsed data and body, and what problems and digests need of its text. */
import type { ParsedFile } from './frontmatter.ts';

export interface Loaded<T> {
  /** Slug from the file name (for entries: `<folder>/<slug>`). */
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  /** The file as read, for digests. */
  text: string;
  lineOf: ParsedFile['lineOf'];
}
