/**
 * Finds the quotations in an entry body: every blockquote, and every run of
 * text inside quotation marks (straight or curly) of two words or more.
 * Single-word quotes are scare quotes or terms, not quotations.
 */
import type { Blockquote, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export interface Quote {
  text: string;
  /** Line within the body, from 1. */
  line: number;
}

// Curly pairs, or straight double quotes; a single curly quote counts only
// when it opens after a space, so apostrophes (“Mamdani’s”) never start one.
const QUOTED = /“([^”]+)”|"([^"\n]+)"|(?:^|(?<=[\s(]))‘([^’]+)’(?![\p{L}])/gu;

const parser = unified().use(remarkParse);

/** Cheap test first: most bodies quote nothing and need no parse. */
export function mayQuote(markdown: string): boolean {
  return /["“‘]|^\s*>/m.test(markdown);
}

export function findQuotes(markdown: string): Quote[] {
  if (!mayQuote(markdown)) return [];
  const tree = parser.parse(markdown) as Root;
  const quotes: Quote[] = [];
  visit(tree, (node) => {
    if (node.type === 'blockquote') {
      quotes.push({ text: toString(node as Blockquote), line: node.position?.start.line ?? 1 });
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
