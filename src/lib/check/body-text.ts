/**
 * The plain text of a Markdown body, block by block (paragraphs, headings,
 * list items' paragraphs, code), with the line each starts on, for comparing
 * it with the source. Bodies derive wrote are escaped plain text and need no
 * parse: their escapes are undone and blank lines split them. Anything with
 * Markdown syntax left over is parsed.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';

export interface Block {
  text: string;
  /** Line within the body, from 1. */
  line: number;
}

const parser = remark();

const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** Syntax that only a parse can read right: emphasis, code, links, HTML, entities, block markers. */
const SYNTAX = /[`*_[\]<>|~&]|^\s*(?:[#>+=-]|\d+[.)])/m;

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The blocks that can be read exactly without a parse: paragraphs and
 * one-line headings with no inline syntax, escapes or entities. Others are
 * left out. Enough to see, cheaply, that an edited body is not the source's
 * words: one such block not found in the source settles it.
 */
export function plainBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let line = 1;
  for (const part of markdown.split(/(\n[ \t]*\n)/)) {
    const start = line + (/^\s*/.exec(part)![0].match(/\n/g)?.length ?? 0);
    line += part.match(/\n/g)?.length ?? 0;
    const trimmed = part.trim();
    if (!trimmed || /[`*_[\]<>|~&\\]/.test(trimmed)) continue;
    const heading = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?$/.exec(trimmed);
    const text = heading && !trimmed.includes('\n') ? heading[1]! : /^\s*(?:[#>+=-]|\d+[.)])/m.test(trimmed) ? '' : trimmed;
    if (collapse(text)) blocks.push({ text: collapse(text), line: start });
  }
  return blocks;
}

/** `outsideQuotations` leaves out what is inside blockquotes: text already shown as a quotation. */
export function bodyBlocks(markdown: string, { outsideQuotations = false } = {}): Block[] {
  if (!SYNTAX.test(markdown.replace(ESCAPE, ''))) {
    const blocks: Block[] = [];
    let line = 1;
    for (const part of markdown.split(/(\n[ \t]*\n)/)) {
      const text = collapse(part.replace(ESCAPE, '$1'));
      if (text) blocks.push({ text, line: line + (/^\s*/.exec(part)![0].match(/\n/g)?.length ?? 0) });
      line += part.match(/\n/g)?.length ?? 0;
    }
    return blocks;
  }
  const blocks: Block[] = [];
  visit(parser.parse(markdown) as Root, (node) => {
    if (outsideQuotations && node.type === 'blockquote') return 'skip';
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'code') {
      const text = collapse(node.type === 'code' ? node.value : toString(node as Paragraph | Heading));
      if (text) blocks.push({ text, line: node.position?.start.line ?? 1 });
      return 'skip';
    }
    return undefined;
  });
  return blocks;
}
