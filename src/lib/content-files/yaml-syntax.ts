/**
 * Where a YAML syntax error really is, and what to do about it. The parser
 * notices an unclosed quote or bracket only where the text runs out, lines
 * later; the mistake is where the quote or bracket was opened, so that is
 * the line and column reported. Other errors are reported where the parser
 * found them, with a hint in the maintainer's terms.
 */
import { isCollection, isNode, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';

export interface SyntaxMistake {
  /** 1-based, within the YAML text. */
  line: number;
  column: number;
  detail: string;
}

const HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MULTILINE_IMPLICIT_KEY: 'a line that is not "field: value" (a missing colon?)',
  BLOCK_AS_IMPLICIT_KEY: 'a line indented differently from the lines around it',
  BAD_INDENT: 'a line indented differently from the lines around it',
};

/** A value that opens with a typographic quotation mark, which YAML reads as text, not as quoting. */
const CURLY_VALUE = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?([“”‘’„«»])/;

/** The innermost node opened before `offset` and still open at it that `wanted` accepts. */
function openedAt(doc: Document, offset: number, wanted: (node: unknown) => boolean): number | undefined {
  let start: number | undefined;
  visit(doc, (_key, node) => {
    if (isNode(node) && node.range && wanted(node) && node.range[0] <= offset && offset <= node.range[2]) start = node.range[0];
  });
  return start;
}

export function describeSyntaxError(source: string, doc: Document, lines: LineCounter, error: YAMLError): SyntaxMistake {
  const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  let offset = error.pos[0];
  let hint = HINTS[error.code];
  if (error.code === 'DUPLICATE_KEY') hint = `"${/^[^:\n]*/.exec(source.slice(offset))![0].trim()}" is given twice; keep one`;
  if (/^Missing closing .?quote/.test(message)) {
    offset = openedAt(doc, offset, isScalar) ?? offset;
    hint = 'the quotation mark that opens here is never closed';
  } else if (/^Flow (sequence|map) in block collection/.test(message)) {
    const opened = openedAt(doc, offset, (node) => isCollection(node) && node.flow === true);
    if (opened !== undefined) {
      offset = opened;
      hint = `the ${message.includes('sequence') ? '[' : '{'} that opens here is never closed; close it, or quote a value that starts with it`;
    }
  }
  const { line, col } = lines.linePos(offset);
  // “Curly” quotes are ordinary characters to YAML: a colon inside them ends the value, whatever the indentation.
  const text = source.split('\n')[line - 1] ?? '';
  if (CURLY_VALUE.test(text))
    hint = `the typographic quote ${CURLY_VALUE.exec(text)![1]} is not a YAML quotation mark; put the value in straight quotes ("…"), or leave the quotes out`;
  return { line, column: col, detail: `YAML syntax error at column ${col}: ${message}${hint ? `; ${hint}` : ''}` };
}

/** js-yaml's own position, for the rare text only it refuses (an alias to no anchor). */
export function describeLoadError(error: unknown): SyntaxMistake {
  const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
  const line = (mark?.line ?? 0) + 1;
  const column = (mark?.column ?? 0) + 1;
  return { line, column, detail: `YAML syntax error at column ${column}: ${reason ?? String(error)}` };
}
