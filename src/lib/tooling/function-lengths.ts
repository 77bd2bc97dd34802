/**
 * The length of every top-level function, so a test can hold them short: a
 * function declared at the left margin (`function`, or a `const` given an
 * arrow function) and each method of a class declared there, in TypeScript,
 * JavaScript and the frontmatter of Astro components. The code is formatted
 * by Prettier, so a declaration runs from its first line to the last line
 * before the next one at its own indentation that is not a closing bracket.
 */
import type { SourceFile } from './import-layers.ts';

export interface FunctionLength {
  file: string;
  name: string;
  /** First line, from 1. */
  line: number;
  lines: number;
}

const FUNCTION = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\s*\*?\s*([\w$]*)/;
const ARROW = /^(?:export\s+)?(?:const|let)\s+([\w$]+)(?:\s*:[^=]+)?\s*=\s*(?:async\s+)?(?:\([^)]*\)?|[\w$]+\s*=>|<)/;
const CLASS = /^(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([\w$]+)/;
const METHOD = /^ {2}(?:(?:public|private|protected|static|readonly|async|override|get|set)\s+)*(?:\*\s*)?([\w$#]+)\s*(?:<[^>]*>)?\(/;
const CLOSING = /^\s*[}\])]/;

/** The lines of code in a file: an Astro component's frontmatter, or the whole file. */
function codeLines(file: SourceFile): { lines: string[]; offset: number } {
  const lines = file.text.split('\n');
  if (!file.path.endsWith('.astro')) return { lines, offset: 0 };
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return end > 0 ? { lines: lines.slice(1, end), offset: 1 } : { lines: [], offset: 0 };
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** The last line of the declaration starting at `start`, at indentation `indent`. */
function endOf(lines: readonly string[], start: number, indent: number): number {
  let last = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (indentOf(line) < indent || (indentOf(line) === indent && !CLOSING.test(line))) break;
    last = i;
  }
  return last;
}

export function functionLengths(files: readonly SourceFile[]): FunctionLength[] {
  const found: FunctionLength[] = [];
  for (const file of files) {
    const { lines, offset } = codeLines(file);
    let inClass = false;
    lines.forEach((line, i) => {
      if (indentOf(line) === 0 && line.trim() !== '') inClass = CLASS.test(line) && !/}\s*;?\s*$/.test(line);
      const match = FUNCTION.exec(line) ?? ARROW.exec(line) ?? (inClass ? METHOD.exec(line) : null);
      if (!match) return;
      const name = match[1] || 'default';
      found.push({ file: file.path, name, line: i + 1 + offset, lines: endOf(lines, i, indentOf(line)) - i + 1 });
    });
  }
  return found;
}
