/**
 * Reads and writes content files while remembering where every value came
 * from, so a problem in a field can be reported with its line number.
 */
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, stringify, isNode, type Document } from 'yaml';
import { inputError } from '../model/errors.ts';
import { describeLoadError, describeSyntaxError } from './yaml-syntax.ts';

export interface ParsedFile {
  file: string;
  data: unknown;
  /** Markdown after the frontmatter; empty for YAML files. */
  body: string;
  /** Line on which the body starts. */
  bodyLine: number;
  /** Line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false } as const;

/** Keys keep the order we give them, and long summaries are not folded, so diffs stay readable. */
export function stringifyYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

export function stringifyMarkdown(data: object, body: string): string {
  return matter.stringify(body.endsWith('\n') ? body : `${body}\n`, data, {
    engines: { yaml: { parse: () => ({}), stringify: (obj: object) => stringifyYaml(obj) } },
  } as Parameters<typeof matter.stringify>[2]);
}

/** Editors on Windows may save a byte-order mark; it is not part of the text. */
const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function parseYamlFile(file: string, original: string): ParsedFile {
  const text = withoutBom(original);
  const { data, lineOf } = parseYaml(file, text, 0);
  return { file, data, body: '', bodyLine: text.split('\n').length, lineOf };
}

export function parseMarkdownFile(file: string, original: string): ParsedFile {
  const text = withoutBom(original);
  if (!/^---\r?\n/.test(text)) {
    throw inputError(file, 'no frontmatter: the file must start with a line "---"', { line: 1 });
  }
  if (!/\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    throw inputError(file, 'frontmatter is not closed by a line "---"', { line: 1 });
  }
  const { raw, content } = splitFrontmatter(text);
  const { data, lineOf } = parseYaml(file, raw.replace(/^\r?\n/, ''), 1);
  const bodyLine = text.slice(0, text.length - content.length).split('\n').length;
  return { file, data, body: content, bodyLine, lineOf };
}

/**
 * The frontmatter after the opening "---" and the body after the closing
 * one, split where gray-matter splits them (at the first "\n---", one line
 * break after it dropped), without its conversions to a buffer and back.
 */
export function splitFrontmatter(text: string): { raw: string; content: string } {
  const rest = text.slice(3);
  const close = rest.indexOf('\n---');
  if (close < 0) return { raw: rest, content: '' };
  let content = rest.slice(close + 4);
  if (content.startsWith('\r')) content = content.slice(1);
  if (content.startsWith('\n')) content = content.slice(1);
  return { raw: rest.slice(0, close), content };
}

/**
 * js-yaml reads the common, valid file fast; the slower `yaml` parser, which
 * keeps source positions, runs only to explain a syntax error or to find the
 * line of a field that failed validation.
 */
function parseYaml(file: string, source: string, offset: number) {
  let positions: { doc: Document; lines: LineCounter } | undefined;
  const precise = () => {
    if (!positions) {
      const lines = new LineCounter();
      positions = { doc: parseDocument(source, { ...YAML_OPTIONS, lineCounter: lines }), lines };
    }
    return positions;
  };
  let data: unknown;
  try {
    data = load(source, { schema: CORE_SCHEMA }) ?? {};
  } catch (loadError) {
    const { doc, lines } = precise();
    const error = doc.errors[0];
    const mistake = error ? describeSyntaxError(source, doc, lines, error) : describeLoadError(loadError);
    throw inputError(file, mistake.detail, { line: mistake.line + offset });
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    const { doc, lines } = precise();
    return locate(doc, lines, path) + offset;
  };
  return { data, lineOf };
}

function locate(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}
