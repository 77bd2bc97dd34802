/**
 * Marks the first use of each key term on a page, in rendered entry HTML:
 * an acronym with an expansion becomes `<abbr title="…">`, any other term a
 * link to its definition on the key terms page. No JavaScript; the words are
 * left exactly as written, so a quotation still reads as the source wrote
 * it. Nothing is marked inside a link, a heading, code or an existing
 * `<abbr>`. The HTML is the renderer's own output (src/lib/render/markdown/render-markdown.ts):
 * every `<` in text is escaped, so splitting it into tags and text is exact.
 */
import { escapeRegExp } from '../text/escape-regexp.ts';

export interface MarkableTerm {
  term: string;
  expansion?: string | undefined;
  /** The term's place on the key terms page, under the base path. */
  href: string;
}

/** Elements whose text is never marked: headings are not entry text, and nothing nests in a link or abbreviation. */
const SKIP = /^<(\/?)(a|abbr|code|pre|h[1-6])\b/i;
const TERM_NAME = ': key term';

const escapeText = (text: string) => text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');

/** An acronym is matched with its capitals (ICE, not "ice"); other terms in any case. */
const isAcronymLike = (term: string) => /\p{Lu}.*\p{Lu}/u.test(term) && term === term.toUpperCase();

/**
 * A marker for one page: call it on each entry body in reading order. It
 * remembers which terms it has marked, so each is marked once per page.
 */
export function termMarker(terms: readonly MarkableTerm[]): (html: string) => string {
  const byText = new Map<string, MarkableTerm>();
  for (const term of terms) byText.set(isAcronymLike(term.term) ? term.term : term.term.toLowerCase(), term);
  const marked = new Set<MarkableTerm>();
  if (terms.length === 0) return (html) => html;
  const alternatives = [...terms]
    .map((t) => escapeRegExp(escapeText(t.term)))
    .sort((a, b) => b.length - a.length)
    .join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&#-])(?:${alternatives})(?![\\p{L}\\p{N}-])`, 'giu');
  return (html) => {
    if (marked.size === terms.length) return html;
    let skipping = 0;
    return html.replace(/<[^>]*>|[^<]+/g, (token) => {
      if (token.startsWith('<')) {
        const skip = SKIP.exec(token);
        if (skip) skipping += skip[1] ? -1 : 1;
        return token;
      }
      if (skipping > 0) return token;
      return token.replace(pattern, (found) => {
        const term = byText.get(found) ?? byText.get(found.toLowerCase());
        if (!term || marked.has(term) || (isAcronymLike(term.term) && found !== term.term)) return found;
        marked.add(term);
        return term.expansion
          ? `<abbr title="${escapeAttribute(term.expansion)}">${found}</abbr>`
          : `<a class="term" href="${escapeAttribute(term.href)}" aria-label="${escapeAttribute(found + TERM_NAME)}">${found}</a>`;
      });
    });
  };
}
