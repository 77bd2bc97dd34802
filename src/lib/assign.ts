/**
 * Assigns each article section to a theme by scoring its heading and text
 * against the theme's keywords and title. Deterministic: equal scores go to
 * the theme that comes first in the site's order.
 */
export interface ThemeTerms {
  slug: string;
  title: string;
  order: number;
  keywords: readonly string[];
}

export interface Scored {
  theme: string;
  score: number;
}

const HEADING_WEIGHT = 3;
const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'what', 'how', 'why', 'can', 'do', 'is']);

/** A term matches whole words, allowing a short inflection (limit → limits, limited). */
function termPattern(term: string): RegExp {
  const escaped = term.toLowerCase().trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}\\p{L}{0,3}(?![\\p{L}\\p{N}])`, 'gu');
}

interface Term {
  pattern: RegExp;
  /** The term's first word: text without it cannot match, so most terms skip the regex. */
  first: string;
}

/** `lower` is already lowercased: a section is lowercased once, not once per term. */
function count(term: Term, lower: string): number {
  if (!lower.includes(term.first)) return 0;
  return lower.match(term.pattern)?.length ?? 0;
}

// Derive scores every section against every theme; compiling each theme's
// patterns once instead of per section keeps that linear in the sections.
const compiled = new WeakMap<ThemeTerms, Term[]>();

function termsOf(theme: ThemeTerms): Term[] {
  let terms = compiled.get(theme);
  if (terms) return terms;
  const titleWords = theme.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOPWORDS.has(w));
  const words = [...new Set([...theme.keywords.map((k) => k.toLowerCase()), ...titleWords])];
  terms = words.map((term) => ({ pattern: termPattern(term), first: term.trim().split(/\s+/)[0]! }));
  compiled.set(theme, terms);
  return terms;
}

/** Every theme's score for one section, best first. */
export function scoreSection(heading: string, text: string, themes: readonly ThemeTerms[]): Scored[] {
  const ordered = [...themes].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const lowerHeading = heading.toLowerCase();
  const lowerText = text.toLowerCase();
  const scored = ordered.map((theme) => {
    let score = 0;
    for (const term of termsOf(theme)) score += HEADING_WEIGHT * count(term, lowerHeading) + count(term, lowerText);
    return { theme: theme.slug, score };
  });
  // Array#sort is stable, so ties keep the site's theme order.
  return scored.sort((a, b) => b.score - a.score);
}

/** The winning theme, or undefined when no keyword matched at all. */
export function assignTheme(heading: string, text: string, themes: readonly ThemeTerms[]): string | undefined {
  const [best] = scoreSection(heading, text, themes);
  return best && best.score > 0 ? best.theme : undefined;
}
