/**
 * Scores an article's sections against the site's themes with BM25: a theme
 * term counts for more the fewer of the article's sections contain it, so
 * the article's subject, which every section mentions, decides almost
 * nothing, and a word found in one section decides a lot. Repeats of a term
 * add less and less (saturation), and a long section does not win by length
 * alone. A heading match counts three times a body match; a keyword of
 * several words counts as one term, matched as a run of stems.
 */
import type { Words } from './words.ts';
import { STOPWORDS } from './words.ts';

export interface ThemeTerms {
  slug: string;
  title: string;
  order: number;
  keywords: readonly string[];
}

export interface ScoredSection {
  heading: string;
  text: string;
}

/** What one term added to a theme's score for a section. */
export interface Contribution {
  term: string;
  score: number;
  inHeading: boolean;
}

export interface ThemeScore {
  theme: string;
  score: number;
}

export const HEADING_WEIGHT = 3;
// The usual BM25 constants: k1 sets how fast repeats saturate, b how much length is normalised.
const K1 = 1.2;
const B = 0.75;

interface Term {
  label: string;
  stems: string[];
  themes: number[];
}

/** The themes' terms (keywords and title words), each stem sequence once, with the themes that use it. */
function termsOf(themes: readonly ThemeTerms[], words: Words): Term[] {
  const byKey = new Map<string, Term>();
  themes.forEach((theme, i) => {
    const titleWords = words.words(theme.title).filter((w) => w.word.length > 2 && !STOPWORDS.has(w.word));
    const labels = [...theme.keywords, ...titleWords.map((w) => w.word)];
    for (const label of labels) {
      const stems = words.stems(label);
      if (stems.length === 0) continue;
      const key = stems.join(' ');
      const term = byKey.get(key) ?? { label, stems, themes: [] };
      if (!term.themes.includes(i)) term.themes.push(i);
      byKey.set(key, term);
    }
  });
  return [...byKey.values()];
}

/** Occurrences of a run of stems in a list of stems. */
function occurrences(stems: readonly string[], run: readonly string[], starts: readonly number[] | undefined): number {
  if (!starts) return 0;
  if (run.length === 1) return starts.length;
  let n = 0;
  for (const at of starts) {
    let i = 1;
    while (i < run.length && stems[at + i] === run[i]) i++;
    if (i === run.length) n++;
  }
  return n;
}

function positions(stems: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  stems.forEach((stem, i) => {
    const list = map.get(stem);
    if (list) list.push(i);
    else map.set(stem, [i]);
  });
  return map;
}

export interface ArticleScores {
  /** Themes in the order ties are broken: the site's order, then slug. */
  themes: readonly ThemeTerms[];
  /** Per section, every theme's score, in `themes` order. */
  scores: number[][];
  /** Per section and theme, what each term added, largest first; only when asked for. */
  contributions?: Contribution[][][];
}

interface Prepared {
  themes: ThemeTerms[];
  terms: Term[];
  byFirst: Map<string, number[]>;
}

// Derive scores article after article against the same themes: their terms are stemmed once.
const prepared = new WeakMap<Words, WeakMap<readonly ThemeTerms[], Prepared>>();

function prepare(themeList: readonly ThemeTerms[], words: Words): Prepared {
  const forWords = prepared.get(words) ?? new WeakMap<readonly ThemeTerms[], Prepared>();
  prepared.set(words, forWords);
  const cached = forWords.get(themeList);
  if (cached) return cached;
  const themes = [...themeList].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
  const terms = termsOf(themes, words);
  const byFirst = new Map<string, number[]>();
  terms.forEach((term, t) => byFirst.set(term.stems[0]!, [...(byFirst.get(term.stems[0]!) ?? []), t]));
  const result = { themes, terms, byFirst };
  forWords.set(themeList, result);
  return result;
}

/**
 * Every theme's score for every section of one article (the lead included:
 * its words are part of the article's vocabulary). Document frequencies and
 * the average length are the article's own, so a term's weight depends only
 * on the article it is in, never on what else is derived with it.
 */
export function scoreArticle(
  sections: readonly ScoredSection[],
  themeList: readonly ThemeTerms[],
  words: Words,
  { explain = false }: { explain?: boolean } = {},
): ArticleScores {
  const { themes, terms, byFirst } = prepare(themeList, words);
  const counted = sections.map((s) => {
    const heading = words.stems(s.heading);
    const body = words.stems(s.text);
    return {
      heading,
      body,
      length: HEADING_WEIGHT * heading.length + body.length,
      at: { heading: positions(heading), body: positions(body) },
    };
  });
  const average = counted.reduce((sum, c) => sum + c.length, 0) / Math.max(1, counted.length) || 1;

  // Only terms whose first word occurs somewhere in the article can match: look those up, not every term of every theme.
  const present = new Set<number>();
  for (const c of counted)
    for (const stem of [...c.at.heading.keys(), ...c.at.body.keys()]) for (const t of byFirst.get(stem) ?? []) present.add(t);
  const candidates = [...present].sort((a, b) => a - b);
  const tf = candidates.map((t) => {
    const term = terms[t]!;
    return counted.map((c) => {
      const heading = occurrences(c.heading, term.stems, c.at.heading.get(term.stems[0]!));
      const body = occurrences(c.body, term.stems, c.at.body.get(term.stems[0]!));
      return { heading, weighted: HEADING_WEIGHT * heading + body };
    });
  });
  const n = counted.length;
  const idf = tf.map((row) => {
    const df = row.filter((f) => f.weighted > 0).length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });

  const scores: number[][] = [];
  const contributions: Contribution[][][] = [];
  counted.forEach((c, s) => {
    const row = new Array<number>(themes.length).fill(0);
    const explained: Contribution[][] | undefined = explain ? themes.map(() => []) : undefined;
    const norm = K1 * (1 - B + (B * c.length) / average);
    candidates.forEach((t, k) => {
      const f = tf[k]![s]!;
      if (f.weighted === 0) return;
      const score = (idf[k]! * (f.weighted * (K1 + 1))) / (f.weighted + norm);
      for (const theme of terms[t]!.themes) {
        row[theme]! += score;
        explained?.[theme]!.push({ term: terms[t]!.label, score, inHeading: f.heading > 0 });
      }
    });
    scores.push(row);
    if (explained) contributions.push(explained.map((list) => list.sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))));
  });
  return explain ? { themes, scores, contributions } : { themes, scores };
}
