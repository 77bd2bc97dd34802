/**
 * Renders an entry or theme body to HTML with remark/rehype: GitHub-flavoured
 * Markdown, a strict sanitiser (no script, no event handlers, no inline
 * styles, only http(s)/mailto links), and root-relative links prefixed with
 * the site's base path, which Astro does not do for Markdown.
 */
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { withBase } from './url.ts';

const schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};

function rehypeBaseLinks(base: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const attr of ['href', 'src'] as const) {
        const value = node.properties[attr];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[attr] = withBase(base, value);
      }
      if (node.tagName === 'a' && typeof node.properties['href'] === 'string' && /^https?:/.test(node.properties['href'])) {
        node.properties['rel'] = ['noopener', 'noreferrer'];
      }
    });
  };
}

const processors = new Map<string, ReturnType<typeof build>>();

function build(base: string) {
  return unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(rehypeBaseLinks, base).use(rehypeStringify).freeze();
}

export function renderMarkdown(markdown: string, base = '/'): string {
  let processor = processors.get(base);
  if (!processor) processors.set(base, (processor = build(base)));
  return String(processor.processSync(markdown));
}
