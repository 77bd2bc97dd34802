/**
 * Which story a new article fits, and which of a story's questions a
 * follow-up's section answers, by likeness (likeness.ts): absolute
 * measures, so one threshold means the same on every site. Both thresholds
 * were calibrated on labelled pairs of related and unrelated public-domain
 * articles (tests/fixtures/story-pairs/, `npx vitest run
 * tests/unit/story-pairs-quality.test.ts`), which holds these constants to
 * the figures its rule gives.
 */
import type { Article } from '../../article/article.ts';
import type { Placement, ThemeTerms } from './assign.ts';
import { cosine, themeWords, vectorOf, type Vector } from './likeness.ts';

/** An article this alike to a story's articles and questions, or more, is a follow-up of it. */
export const STORY_FIT = 0.332;
/** A follow-up's section less alike than this to the question it goes to fits it weakly, and is reported. */
export const WEAK_FIT = 0.165;

/** An article's text as a story's is compared: its title and every section, headings included. */
export const articleText = (article: Article): string =>
  [article.title, ...article.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.body)])].join('\n');

export interface StoryProfile {
  id: string;
  /** Its live articles' text and its questions' words. */
  text: string;
}

export interface StoryFit {
  story: string;
  likeness: number;
}

/** Every story, most alike first (ties by slug). */
export function rankStories(article: string | Vector, stories: readonly StoryProfile[]): StoryFit[] {
  const vector = typeof article === 'string' ? vectorOf(article) : article;
  return stories
    .map(({ id, text }) => ({ story: id, likeness: cosine(vector, vectorOf(text)) }))
    .sort((a, b) => b.likeness - a.likeness || (a.story < b.story ? -1 : a.story > b.story ? 1 : 0));
}

export type QuestionTheme = ThemeTerms & { question?: string | undefined; summary?: string | undefined };

/**
 * A follow-up's sections placed by likeness to its story's questions: each to the most alike
 * (ties by order, then slug), weak below WEAK_FIT, none when nothing is shared. The runner-up is
 * the next most alike.
 */
export function placeByLikeness(
  sections: readonly { heading: string; text: string }[],
  themes: readonly QuestionTheme[],
  { explain = false }: { explain?: boolean } = {},
): Placement[] {
  const ordered = [...themes].sort((a, b) => a.order - b.order || (a.slug < b.slug ? -1 : 1));
  const vectors = ordered.map((t) => vectorOf(themeWords(t)));
  return sections.map(({ heading, text }) => {
    const section = vectorOf(`${heading}\n${text}`);
    const ranked = ordered
      .map((theme, i) => ({ theme: theme.slug, score: cosine(section, vectors[i]!) }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = ranked;
    const shown = explain ? { ranked: ranked.map((r) => ({ ...r, terms: [] })) } : {};
    if (!best || best.score <= 0) return { theme: undefined, score: 0, narrow: false, weak: true, ...shown };
    return {
      theme: best.theme,
      score: best.score,
      ...(second && second.score > 0 && { runnerUp: second }),
      narrow: false,
      weak: best.score < WEAK_FIT,
      ...shown,
    };
  });
}
