/**
 * Proposes themes for sections no editor has grouped yet: for a new explainer
 * (every section, 3–5 themes) or for the unplaced sections of a later article
 * (`derive --propose`, as few themes as they need, up to 5). Sections are
 * grouped by what they share (group-sections.ts); each group gets keywords
 * from the words that set it apart from the other groups, with at least one
 * that each of its sections uses (theme-keywords.ts), and is named after the
 * noun phrase of the article that sets it apart best (theme-phrases.ts).
 * Then the sections are placed against the proposals as derive places them,
 * and the groups and keywords are redrawn from where they landed until
 * nothing moves, so the next derive, which reads the written theme files,
 * places every section exactly where the proposal put it. Each proposal
 * comes with a draft question and answer (draft-question.ts) and what it
 * rests on, for `derive --explain`.
 */
import { slugify } from '../../text/slug.ts';
import type { Words } from '../../text/words.ts';
import { placeSections, type ThemeTerms } from './assign.ts';
import { draftAnswer, draftQuestion, type DraftAnswer, type DraftSection } from './draft-question.ts';
import { groupSections, structuralGroupCount, type GroupableSection } from './group-sections.ts';
import { reportRole } from './report-roles.ts';
import { candidates, commonest, keywordsFor, type Candidate } from './theme-keywords.ts';
import { phrasesOf, rankPhrases, type Phrase } from './theme-phrases.ts';

export interface ProposedTheme extends ThemeTerms {
  /** The sections proposed for it, as indices into the open sections. */
  sections: number[];
  /** The reader's question, a draft: a heading that asks it, or a question naming the title. */
  question?: string;
  /** A draft answer: a sentence of the sections, quoted, and the paragraph it is from. */
  answer?: DraftAnswer;
  /** What the proposal rests on: the phrases that set its sections apart (best first) and their headings. */
  why?: { phrases: string[]; headings: string[] };
}

/** One article: all its sections (the lead too, as derive scores them) and which of them need a theme. */
export interface OpenArticle {
  sections: readonly (DraftSection & { text: string })[];
  open: readonly number[];
}

/**
 * How many themes to propose, within the bounds: about the square root of the
 * sections about the subject, and one more for each group a report's
 * structural sections make of their own (group-sections.ts). Given only a
 * number of sections, about its square root.
 */
export function themeCount(sections: number | readonly { heading: string }[], { min, max }: { min: number; max: number }): number {
  const total = typeof sections === 'number' ? sections : sections.length;
  const structural = typeof sections === 'number' ? 0 : structuralGroupCount(sections);
  const subject = typeof sections === 'number' ? sections : sections.filter((s) => reportRole(s.heading) === undefined).length;
  return Math.min(total, Math.max(min, Math.min(max, structural + Math.round(Math.sqrt(subject)))));
}

const MAX_ROUNDS = 5;

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
  const sections: (GroupableSection & DraftSection)[] = articles.flatMap((a, article) =>
    a.open.map((position) => ({ ...a.sections[position]!, article, position })),
  );
  if (sections.length === 0) return [];
  const all = candidates(sections, words);
  const phrases = phrasesOf(sections, words);
  const taken = new Set([...existing.map((t) => t.slug), ...others]);
  let groups = groupSections(sections, count, words);
  let themes: ProposedTheme[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    themes = named(groups, keywordsFor(groups, all, sections.length), phrases, taken, firstOrder);
    const moved = regroup(articles, themes, existing, groups, words);
    if (same(moved, groups)) break;
    groups = moved;
  }
  return themes.map((theme) => withDrafts(theme, sections, words));
}

const SHOWN_PHRASES = 5;

function named(
  groups: readonly number[][],
  keywords: readonly Candidate[][],
  phrases: readonly Phrase[],
  taken: ReadonlySet<string>,
  firstOrder: number,
): ProposedTheme[] {
  const used = new Set(taken);
  const titles = new Set<string>();
  const sectionCount = phrases[0]?.counts.length ?? 0;
  return groups.map((group, g) => {
    const forms = keywords[g]!.map((c) => commonest(c.forms));
    const ranked = rankPhrases(group, phrases, sectionCount);
    // The best phrase no other theme is named after; a single keyword only when the sections have no noun phrase at all.
    const phrase = ranked.find((r) => !titles.has(r.form.toLowerCase()))?.form;
    let title = capitalise(phrase ?? forms[0] ?? `Theme ${g + 1}`);
    if (titles.has(title.toLowerCase()) && forms[1]) title = capitalise(`${forms[0]} and ${forms[1]}`);
    titles.add(title.toLowerCase());
    const base = slugify(title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    const why = { phrases: ranked.slice(0, SHOWN_PHRASES).map((r) => r.form), headings: [] };
    return { slug, title, order: firstOrder + g, keywords: forms, sections: [...group], why };
  });
}

/** The draft question and answer, from the theme's own sections. */
function withDrafts(theme: ProposedTheme, sections: readonly (GroupableSection & DraftSection)[], words: Words): ProposedTheme {
  const own = theme.sections.map((i) => sections[i]!);
  const subject = theme.why?.phrases.find((p) => capitalise(p) === theme.title) ?? theme.title;
  const headings = own.map((s) => s.heading).filter(Boolean);
  const answer = draftAnswer(subject, own, words);
  return {
    ...theme,
    question: draftQuestion(subject, headings, words),
    ...(answer && { answer }),
    why: { phrases: theme.why?.phrases ?? [], headings },
  };
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
