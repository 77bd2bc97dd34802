/**
 * Proposes themes for sections no editor has grouped yet: for a new explainer
 * (every section, 3–5 themes) or for the unplaced sections of a later article
 * (`derive --propose`, as few themes as they need, up to 5). Sections are
 * grouped by what they share (group-sections.ts); each group gets keywords
 * from the words that set it apart from the other groups, with at least one
 * that each of its sections uses, and a title from the best of them. Then the
 * sections are placed against the proposals as derive places them, and the
 * groups and keywords are redrawn from where they landed until nothing
 * moves, so the next derive, which reads the written theme files, places
 * every section exactly where the proposal put it.
 */
import { slugify } from '../../text/slug.ts';
import { placeSections, type ThemeTerms } from './assign.ts';
import { groupSections, type GroupableSection } from './group-sections.ts';
import { HEADING_WEIGHT } from '../../text/score.ts';
import { GENERIC_WORDS, STOPWORDS, type Words } from '../../text/words.ts';

export interface ProposedTheme extends ThemeTerms {
  /** The sections proposed for it, as indices into the open sections. */
  sections: number[];
}

/** One article: all its sections (the lead too, as derive scores them) and which of them need a theme. */
export interface OpenArticle {
  sections: readonly { heading: string; text: string }[];
  open: readonly number[];
}

/** How many themes to propose: about the square root of the sections, within the bounds. */
export function themeCount(sections: number, { min, max }: { min: number; max: number }): number {
  return Math.min(sections, Math.max(min, Math.min(max, Math.round(Math.sqrt(sections)))));
}

const MAX_KEYWORDS = 6;
const MAX_ROUNDS = 5;

interface Candidate {
  key: string;
  stems: string[];
  /** Per section: weighted occurrences. */
  counts: number[];
  forms: Map<string, number>;
}

/** Content words and two-word phrases of each section, with how often and how each was written. */
function candidates(sections: readonly GroupableSection[], words: Words): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (stems: string[], form: string, section: number, weight: number) => {
    const key = stems.join(' ');
    const c = byKey.get(key) ?? { key, stems, counts: sections.map(() => 0), forms: new Map<string, number>() };
    c.counts[section]! += weight;
    c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    byKey.set(key, c);
  };
  sections.forEach(({ heading, text }, s) => {
    for (const [source, weight] of [
      [heading, HEADING_WEIGHT],
      [text, 1],
    ] as const) {
      // Phrases do not run across sentences or clauses.
      for (const clause of source.split(/[.;:!?,()“”"]+/)) {
        const list = words.words(clause);
        list.forEach((w, i) => {
          if (!content(w.word)) return;
          add([w.stem], w.word, s, weight);
          const next = list[i + 1];
          if (next && content(next.word)) add([w.stem, next.stem], `${w.word} ${next.word}`, s, weight);
        });
      }
    }
  });
  return [...byKey.values()];
}

const content = (word: string) => word.length >= 3 && !STOPWORDS.has(word) && !GENERIC_WORDS.has(word) && !/^\d+$/.test(word);

const commonest = (forms: Map<string, number>) =>
  [...forms].sort(([a, m], [b, n]) => n - m || a.length - b.length || a.localeCompare(b))[0]![0];

/** Keywords for each group: the words that set it apart, and one for each of its sections that none of those covers. */
function keywordsFor(groups: readonly number[][], all: readonly Candidate[], sectionCount: number): Candidate[][] {
  const df = all.map((c) => c.counts.filter((n) => n > 0).length);
  const idf = df.map((d) => Math.log(1 + (sectionCount - d + 0.5) / (d + 0.5)));
  const totals = all.map((c) => c.counts.reduce((a, b) => a + b, 0));
  return groups.map((group) => {
    const scored = all
      .map((c, k) => {
        const inGroup = group.reduce((sum, s) => sum + c.counts[s]!, 0);
        const covered = group.filter((s) => c.counts[s]! > 0).length / group.length;
        // A phrase must recur to be worth proposing; a single word may stand alone.
        if (inGroup === 0 || (c.stems.length > 1 && inGroup < 2)) return { c, value: 0 };
        return { c, value: covered * (inGroup / totals[k]!) * idf[k]! * Math.log(1 + inGroup) };
      })
      .filter((x) => x.value > 0)
      .sort((a, b) => b.value - a.value || a.c.key.localeCompare(b.c.key));
    const chosen: Candidate[] = [];
    const within = (c: Candidate) => chosen.some((p) => p.stems.length > 1 && p.stems.includes(c.stems[0]!) && c.stems.length === 1);
    for (const { c } of scored) {
      if (chosen.length >= MAX_KEYWORDS) break;
      if (!within(c)) chosen.push(c);
    }
    for (const s of group) {
      if (chosen.some((c) => c.counts[s]! > 0)) continue;
      const best = scored.find((x) => x.c.counts[s]! > 0);
      if (best) chosen.push(best.c);
    }
    return chosen;
  });
}

export interface ProposeOptions {
  /** At most this many themes. */
  count: number;
  /** Themes that already exist: their slugs are taken and derive places sections against them too. */
  existing: readonly ThemeTerms[];
  /** Slugs taken besides the existing themes' (other stories' themes). */
  taken?: ReadonlySet<string>;
  /** The order of the first proposed theme. */
  firstOrder: number;
  words: Words;
}

/** Themes for the open sections of `articles`; each theme's `sections` index the open sections in article order. */
export function proposeThemes(
  articles: readonly OpenArticle[],
  { count, existing, taken: others = new Set(), firstOrder, words }: ProposeOptions,
): ProposedTheme[] {
  const sections: GroupableSection[] = articles.flatMap((a, article) =>
    a.open.map((position) => ({ ...a.sections[position]!, article, position })),
  );
  if (sections.length === 0) return [];
  const all = candidates(sections, words);
  const taken = new Set([...existing.map((t) => t.slug), ...others]);
  let groups = groupSections(sections, count, words);
  let themes: ProposedTheme[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    themes = named(groups, keywordsFor(groups, all, sections.length), taken, firstOrder);
    const moved = regroup(articles, themes, existing, groups, words);
    if (same(moved, groups)) break;
    groups = moved;
  }
  return themes;
}

function named(
  groups: readonly number[][],
  keywords: readonly Candidate[][],
  taken: ReadonlySet<string>,
  firstOrder: number,
): ProposedTheme[] {
  const used = new Set(taken);
  const titles = new Set<string>();
  return groups.map((group, g) => {
    const forms = keywords[g]!.map((c) => commonest(c.forms));
    let title = capitalise(forms[0] ?? `Theme ${g + 1}`);
    if (titles.has(title.toLowerCase()) && forms[1]) title = capitalise(`${forms[0]} and ${forms[1]}`);
    titles.add(title.toLowerCase());
    const base = slugify(title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return { slug, title, order: firstOrder + g, keywords: forms, sections: [...group] };
  });
}

/** Where derive would place each open section against the existing and proposed themes; one that fits none stays in its group. */
function regroup(
  articles: readonly OpenArticle[],
  themes: readonly ProposedTheme[],
  existing: readonly ThemeTerms[],
  groups: readonly number[][],
  words: Words,
): number[][] {
  const home = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((s) => home.set(s, g)));
  const slugIndex = new Map(themes.map((t, g) => [t.slug, g]));
  const landed: number[] = [];
  for (const article of articles) {
    const placed = placeSections(article.sections, [...existing, ...themes], { words });
    for (const position of article.open) {
      const i = landed.length;
      const g = slugIndex.get(placed[position]!.theme ?? '');
      landed.push(g ?? home.get(i)!);
    }
  }
  return groups.map((_, g) => landed.flatMap((to, i) => (to === g ? [i] : []))).filter((group) => group.length > 0);
}

const same = (a: readonly number[][], b: readonly number[][]) => JSON.stringify(a) === JSON.stringify(b);

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
