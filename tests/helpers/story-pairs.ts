/**
 * The story-pairs set (tests/fixtures/story-pairs/): pairs of public-domain
 * articles labelled related (the second is a follow-up of the first's
 * story) or unrelated, and for each related pair the first story's question
 * each follow-up section answers (null: a new question). The labels were
 * written before any code ran on the articles. Pairs whose first article is
 * in the sealed held-out assignment set are the check; the rest calibrate.
 *
 * Also here: the rules that turn the calibration pairs into derive's two
 * thresholds (src/lib/derive/themes/story-fit.ts), fixed before they were
 * run: each is the midpoint of the widest gap between neighbouring scores
 * among the cuts that do best.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, type Article } from '../../src/lib/article/article.ts';
import { scoredSections } from '../../src/lib/article/sections.ts';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { validate } from '../../src/lib/content-files/validate.ts';
import { themeWords } from '../../src/lib/derive/themes/likeness.ts';
import { articleText, placeByLikeness, rankStories, type QuestionTheme } from '../../src/lib/derive/themes/story-fit.ts';
import { themeSchema } from '../../src/lib/model/schema.ts';
import { projectRoot } from './build-site.ts';

export const PAIRS_DIR = join(projectRoot, 'tests/fixtures/story-pairs');

export interface StoryPair {
  first: string;
  second: string;
  related: boolean;
  why: string;
  sections?: { heading: string; theme: string | null }[];
  /** Set on the pairs whose first article was in the sealed held-out assignment set when the pairs were labelled. */
  check?: true;
}

export interface LabelledStory {
  article: Article;
  themes: QuestionTheme[];
}

export const storyPairs = (): StoryPair[] => JSON.parse(readFileSync(join(PAIRS_DIR, 'pairs.json'), 'utf8'));

/** A pair whose first article was in the sealed held-out assignment set: a check, never calibration. */
export const isCheck = (pair: StoryPair): boolean => pair.check === true;

/** An article of the set: a path of the assignment fixtures, or a slug under story-pairs/articles/. */
export function storyArticle(ref: string): LabelledStory {
  const dir = ref.startsWith('tests/') ? join(projectRoot, ref) : join(PAIRS_DIR, 'articles', ref);
  const article = parseArticle(`${ref}/seed.txt`, readFileSync(join(dir, 'seed.txt'), 'utf8'));
  let names: string[] = [];
  try {
    names = readdirSync(join(dir, 'themes')).sort();
  } catch {
    // A second article has no themes of its own.
  }
  const themes = names.map((file) => {
    const result = validate(themeSchema, parseMarkdownFile(file, readFileSync(join(dir, 'themes', file), 'utf8')));
    if (!result.ok) throw new Error(result.problems.map((p) => p.detail).join('\n'));
    return { slug: file.replace(/\.md$/, ''), ...result.value };
  });
  return { article, themes };
}

/** How alike the second article is to the first's story: its text and its questions' words, as derive profiles a story. */
export function pairLikeness(pair: StoryPair): number {
  const first = storyArticle(pair.first);
  const text = [articleText(first.article), ...first.themes.map(themeWords)].join('\n');
  return rankStories(articleText(storyArticle(pair.second).article), [{ id: 'first', text }])[0]!.likeness;
}

export interface SectionRow {
  heading: string;
  label: string | null;
  placed: string | undefined;
  likeness: number;
}

/** Each follow-up section after the lead, placed against the first story's questions as derive places a follow-up's. */
export function sectionRows(pair: StoryPair): SectionRow[] {
  const { themes } = storyArticle(pair.first);
  const { article } = storyArticle(pair.second);
  const placed = placeByLikeness(scoredSections(article), themes);
  return article.sections.flatMap((section, i) => {
    if (i === 0) return [];
    const label = pair.sections?.find((s) => s.heading === section.heading);
    if (!label) throw new Error(`${pair.second}: no label for "${section.heading}"`);
    return [{ heading: section.heading ?? '', label: label.theme, placed: placed[i]!.theme, likeness: placed[i]!.score }];
  });
}

/**
 * The threshold that best separates `yes` scores (at or above it) from `no` scores (below):
 * among the cuts between neighbouring scores, those that do best by `score`, and of them the
 * widest gap, cut in the middle.
 */
export function bestCut(points: readonly { value: number; yes: boolean }[], score: (yesAbove: number, noBelow: number) => number): number {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  let best = { score: -Infinity, gap: -1, cut: 0 };
  for (let i = 1; i < sorted.length; i++) {
    const [low, high] = [sorted[i - 1]!.value, sorted[i]!.value];
    if (high === low) continue;
    const above = sorted.slice(i);
    const below = sorted.slice(0, i);
    const s = score(above.filter((p) => p.yes).length, below.filter((p) => !p.yes).length);
    if (s > best.score + 1e-12 || (Math.abs(s - best.score) <= 1e-12 && high - low > best.gap))
      best = { score: s, gap: high - low, cut: (low + high) / 2 };
  }
  return best.cut;
}

/** The article threshold: fewest calibration pairs on the wrong side. */
export function storyFitCut(pairs: readonly { likeness: number; related: boolean }[]): number {
  const yes = pairs.filter((p) => p.related).length;
  const no = pairs.length - yes;
  return bestCut(
    pairs.map((p) => ({ value: p.likeness, yes: p.related })),
    (above, below) => -(yes - above + (no - below)),
  );
}

/**
 * The weak-fit threshold: a section is weak below it. A section labelled with a new question
 * (null) should be weak; one labelled with a question of the story should not, wherever it was
 * placed. The cut with the best balanced accuracy over those two kinds.
 */
export function weakFitCut(rows: readonly SectionRow[]): number {
  const points = rows.map((r) => ({ value: r.likeness, yes: r.label !== null }));
  const answers = points.filter((p) => p.yes).length;
  const fresh = points.length - answers;
  return bestCut(points, (above, below) => above / answers + below / fresh);
}
