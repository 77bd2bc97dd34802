/**
 * Assigns each article section to a theme by scoring its heading and text
 * against the theme's keywords and title. Deterministic: equal scores go to
 * the theme that comes first in the site's order.
 */
import { escapeRegExp } from '../text/escape-regexp.ts';

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
  const escaped = escapeRegExp(term.toLowerCase().trim()).replace(/\s+/g, '\\s+');
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

// Derive scores every section against every theme. An index from each
// term's leading word to its themes lets a section look up only the terms
// that can occur in it, so scoring costs the section's length, not the number
// of themes times their keywords.
interface Candidate {
  theme: number;
  term: Term;
}

interface ThemeIndex {
  ordered: readonly ThemeTerms[];
  byLead: Map<string, Candidate[]>;
  /** Lengths (in code units) of the leading words in `byLead`. */
  leadLengths: Set<number>;
  /** Terms that start with neither letter nor digit: no word lookup finds them. */
  always: Candidate[];
}

/** A whole-word match of `term` starts a word that is its leading word plus up to three letters (six code units). */
const MAX_SUFFIX = 6;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
const leadingWord = (term: string) => /^[\p{L}\p{N}]*/u.exec(term)![0];

function termsOf(theme: ThemeTerms): Term[] {
  const titleWords = theme.title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
  const words = [...new Set([...theme.keywords.map((k) => k.toLowerCase()), ...titleWords])];
  return words.map((term) => ({ pattern: termPattern(term), first: term.trim().split(/\s+/)[0]! }));
}

const indexes = new WeakMap<readonly ThemeTerms[], ThemeIndex>();

function indexOf(themes: readonly ThemeTerms[]): ThemeIndex {
  const cached = indexes.get(themes);
  if (cached) return cached;
  const ordered = [...themes].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const index: ThemeIndex = { ordered, byLead: new Map(), leadLengths: new Set(), always: [] };
  ordered.forEach((theme, i) => {
    for (const term of termsOf(theme)) {
      const lead = leadingWord(term.first);
      if (!lead) {
        index.always.push({ theme: i, term });
        continue;
      }
      index.byLead.set(lead, [...(index.byLead.get(lead) ?? []), { theme: i, term }]);
      index.leadLengths.add(lead.length);
    }
  });
  indexes.set(themes, index);
  return index;
}

function candidates(index: ThemeIndex, lower: string): Set<Candidate> {
  const found = new Set(index.always);
  for (const word of new Set(lower.split(WORD_BREAK))) {
    for (let cut = 0; cut <= MAX_SUFFIX && cut < word.length; cut++) {
      if (!index.leadLengths.has(word.length - cut)) continue;
      for (const candidate of index.byLead.get(word.slice(0, word.length - cut)) ?? []) found.add(candidate);
    }
  }
  return found;
}

/** Every theme's score for one section, best first. */
export function scoreSection(heading: string, text: string, themes: readonly ThemeTerms[]): Scored[] {
  const index = indexOf(themes);
  const lowerHeading = heading.toLowerCase();
  const lowerText = text.toLowerCase();
  const scores = index.ordered.map(() => 0);
  for (const { theme, term } of candidates(index, `${lowerHeading}\n${lowerText}`)) {
    scores[theme]! += HEADING_WEIGHT * count(term, lowerHeading) + count(term, lowerText);
  }
  // Array#sort is stable, so ties keep the site's theme order.
  return index.ordered.map((theme, i) => ({ theme: theme.slug, score: scores[i]! })).sort((a, b) => b.score - a.score);
}

/** The winning theme, or undefined when no keyword matched at all. */
export function assignTheme(heading: string, text: string, themes: readonly ThemeTerms[]): string | undefined {
  const [best] = scoreSection(heading, text, themes);
  return best && best.score > 0 ? best.theme : undefined;
}
