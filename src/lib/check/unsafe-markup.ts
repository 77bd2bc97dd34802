/**
 * Finds markup in a Markdown body that could run script or restyle the page
 * in a reader's browser. `check` reports each as an error; the renderer's
 * sanitiser strips them as well, so a miss here still never ships.
 */
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { clip } from '../text/clip.ts';

export interface Finding {
  /** Line within the body, from 1. */
  line: number;
  detail: string;
  /** Unsafe markup is an error; other raw HTML is only dropped from the page, so it is a warning. */
  severity: 'error' | 'warning';
}

const TAGS = /<\s*(script|iframe|object|embed|style|frame|frameset|applet|base|meta|link|form)\b/gi;
const HANDLERS = /\s(on[a-z]+)\s*=/gi;
const STYLE_ATTR = /\sstyle\s*=/gi;
const BAD_URL = /^\s*(?:javascript|vbscript|data):/i;
const ATTR_URL = /\s(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*((?:javascript|vbscript|data):[^"'\s>]*)/gi;

const KIND = { link: 'a link', image: 'an image', definition: 'a link definition' } as const;

const parser = remark().use(remarkGfm);

export function findUnsafeMarkup(markdown: string): Finding[] {
  // Without a tag or one of these schemes there is nothing to find; most bodies skip the parse.
  if (!/<|&#|(?:javascript|vbscript|data)\s*:/i.test(markdown)) return [];
  const findings: Finding[] = [];
  const tree = parser.parse(markdown) as Root;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      const raw = node.value;
      const at = (index: number) => line + (raw.slice(0, index).match(/\n/g)?.length ?? 0);
      const before = findings.length;
      const error = (index: number, detail: string) => findings.push({ line: at(index), detail, severity: 'error' });
      for (const m of raw.matchAll(TAGS)) error(m.index, `raw HTML <${m[1]!.toLowerCase()}> is not allowed`);
      for (const m of raw.matchAll(HANDLERS)) error(m.index, `inline event handler ${m[1]!.toLowerCase()}= is not allowed`);
      for (const m of raw.matchAll(STYLE_ATTR)) error(m.index, 'style attributes are not allowed; the site stylesheet styles content');
      for (const m of raw.matchAll(ATTR_URL)) error(m.index, `unsafe URL ${JSON.stringify(clip(m[1]!, 40))}`);
      if (findings.length === before)
        findings.push({ line, detail: 'raw HTML is left out of the site; write it in Markdown', severity: 'warning' });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && BAD_URL.test(node.url)) {
      findings.push({ line, detail: `unsafe URL ${JSON.stringify(clip(node.url, 40))} in ${KIND[node.type]}`, severity: 'error' });
    }
  });
  return findings.sort((a, b) => a.line - b.line);
}
