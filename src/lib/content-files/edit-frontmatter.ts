/**
 * Changes a few fields of a Markdown file's frontmatter and nothing else: the
 * other fields, their comments and formatting, and the body stay byte for
 * byte as a person wrote them. `confirm` records hashes this way, and derive
 * re-points an edited entry at a renamed source this way.
 */
import { parseDocument, type Document } from 'yaml';
import { inputError } from '../model/errors.ts';

export function editFrontmatter(file: string, text: string, edit: (doc: Document) => void): string {
  const match = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/.exec(text);
  if (!match) throw inputError(file, 'frontmatter is not closed by a line "---"', { line: 1 });
  const doc = parseDocument(match[2]!);
  edit(doc);
  return match[1]! + doc.toString({ lineWidth: 0 }) + match[3]!;
}
