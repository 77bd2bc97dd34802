/**
 * Finds the quotations in an entry body: every blockquote, and every run of
 * text inside quotation marks (straight or curly) of two words or more.
 * Single-word quotes are scare quotes or terms, not quotations.
 */
import type { Blockquote, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { SKIP, visit } from 'unist-util-visit';

export interface Quote {
  text: string;
  /** Line within the body, from 1. */
  line: number;
}

// Curly pairs, or straight double quotes; a single curly quote counts only
// when it opens after a space, so apostrophes (“Mamdani’s”) never start one.
const QUOTED = /“([^”]+)”|"([^"\n]+)"|(?:^|(?<=[\s(]))‘([^’]+)’(?![\p{L}])/gu;

// remark is unified with remark-parse (and remark-stringify, not used here).
const parser = remark();

/** Cheap test first: most bodies quote nothing and need no parse. */
function mayQuote(markdown: string): boolean {
  return /["“‘]|^\s*>/m.test(markdown);
}

/**
 * The quotations as they stand in the raw Markdown, without parsing it. When
 * the body has no escapes, entities, code or HTML, every quotation the parser
 * would find is among these (with the same text), so if all of these check
 * out there is no need to parse. Returns undefined when that does not hold.
 */
export function rawQuotes(markdown: string): string[] | undefined {
  if (/[\\&`<]/.test(markdown)) return undefined;
  // A ">" inside a line (a quotation in a list item) or a line after a quoted one without its own
  // ">" (a "lazy" continuation) changes what the quotation is: parse.
  if (/^[ \t]*[^\s>].*>/m.test(markdown) || /^[ \t]*>.*\n[ \t]*[^\s>]/m.test(markdown)) return undefined;
  const quotes: string[] = [];
  for (const block of markdown.match(/^[ \t]*>.*(?:\n[ \t]*>.*)*/gm) ?? []) {
    quotes.push(
      block
        .split('\n')
        .map((line) => line.replace(/^[ \t]*>[ \t]?/, ''))
        .join(' '),
    );
  }
  for (const match of markdown.matchAll(QUOTED)) {
    const text = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (text.split(/\s+/).length >= 2) quotes.push(text);
  }
  return quotes;
}

export function findQuotes(markdown: string): Quote[] {
  if (!mayQuote(markdown)) return [];
  const tree = parser.parse(markdown) as Root;
  const quotes: Quote[] = [];
  visit(tree, (node) => {
    if (node.type === 'blockquote') {
      const text = (node as Blockquote).children.map((child) => toString(child)).join(' ');
      quotes.push({ text, line: node.position?.start.line ?? 1 });
      return SKIP;
    }
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
    if (node.type !== 'text') return undefined;
    const { value, position } = node as Text;
    for (const match of value.matchAll(QUOTED)) {
      const text = (match[1] ?? match[2] ?? match[3] ?? '').trim();
      if (text.split(/\s+/).length < 2) continue;
      const line = (position?.start.line ?? 1) + (value.slice(0, match.index).match(/\n/g)?.length ?? 0);
      quotes.push({ text, line });
    }
    return undefined;
  });
  return quotes;
}
