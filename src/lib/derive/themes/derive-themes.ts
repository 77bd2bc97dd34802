/**
 * The themes a derive works with: the site's theme files, each in its story,
 * plus the themes it proposes. A new story (no theme yet) gets 3–5 proposed
 * themes for its articles' sections; with `propose`, the sections of any
 * article that fit none of its story's themes get new proposed themes in
 * that story. Without `propose`, a story that has themes never gets
 * proposals: an unplaced section stays an error. Each article's sections are
 * placed against its own story's themes only.
 */
import type { Seed } from '../../article/seeds.ts';
import { InputError, type Problem } from '../../model/errors.ts';
import { storySchema, themeSchema, type Theme } from '../../model/schema.ts';
import { loadCollection } from '../../content-files/content-tree.ts';
import { placeSections, type Placement } from './assign.ts';
import { leadSection, scoredSections } from '../../article/sections.ts';
import { proposeThemes, themeCount, type OpenArticle, type ProposedTheme } from './propose.ts';
import { englishWords } from '../../text/words.ts';
import type { StoryDecisions, StoryTheme } from './decide-stories.ts';
import { placeByLikeness } from './story-fit.ts';

export type ThemeFile = { slug: string } & Theme;

export interface DeriveThemes {
  /** Every theme sections are placed against: the files' and the proposed, by order, each with its story. */
  themes: StoryTheme[];
  /** The proposed ones, to be written as `content/themes/<slug>.md`. */
  proposed: (ProposedTheme & { story: string })[];
  /** Theme files that name no story, on a site that now has several: the story to write into each. */
  stamped: { slug: string; story: string }[];
}

export function loadThemeFiles(root: string): ThemeFile[] {
  const problems: Problem[] = [];
  const themes = loadCollection(root, 'themes', themeSchema, problems).map((t) => ({ slug: t.id, ...t.data }));
  if (problems.length > 0) throw new InputError(problems);
  return themes.sort((a, b) => a.order - b.order);
}

/** The slugs of the stories in content/stories/; a story file with a mistake stops derive, as a theme file does. */
export function loadStoryFiles(root: string): string[] {
  const problems: Problem[] = [];
  const stories = loadCollection(root, 'stories', storySchema, problems).map((s) => s.id);
  if (problems.length > 0) throw new InputError(problems);
  return stories.sort();
}

/** Where a seed's sections go against its story's themes: by likeness for a follow-up, else by keywords. */
export function placeSeed(seed: Seed, themes: readonly StoryTheme[], follows: boolean, explain = false): Placement[] {
  const sections = scoredSections(seed.article);
  return follows ? placeByLikeness(sections, themes, { explain }) : placeSections(sections, themes, { explain });
}

/** Each seed's sections as derive scores them, and which still need a theme. */
function openArticles(
  seeds: readonly Seed[],
  existing: readonly StoryTheme[],
  stories: StoryDecisions,
  everything: boolean,
): OpenArticle[] {
  return seeds.map((seed) => {
    const { slug, article, meta } = seed;
    const sections = scoredSections(article).map((s, i) => ({
      ...s,
      source: slug,
      paragraphs: article.sections[i]!.paragraphs.map((p) => ({ id: p.id, text: p.body })),
    }));
    const lead = article.sections.indexOf(leadSection(article, meta));
    const placed = everything ? [] : placeSeed(seed, existing, stories.decisions.get(seed.slug)!.follows);
    const open = sections
      .map((_, i) => i)
      .filter((i) => i !== lead && meta.themes[sections[i]!.heading] === undefined && (everything || placed[i]!.theme === undefined));
    return { sections, open };
  });
}

export function deriveThemes(
  files: readonly ThemeFile[],
  seeds: readonly Seed[],
  stories: StoryDecisions,
  { propose, storyCount }: { propose: boolean; storyCount: number },
): DeriveThemes {
  const themes: StoryTheme[] = files.map((t) => ({ ...t, story: t.story ?? stories.implicit }));
  const stamped =
    storyCount > 1 && stories.implicit !== undefined
      ? files.filter((t) => t.story === undefined).map((t) => ({ slug: t.slug, story: stories.implicit! }))
      : [];
  const taken = new Set(files.map((t) => t.slug));
  const proposed: DeriveThemes['proposed'] = [];
  const bySeed = Map.groupBy(
    seeds.filter((s) => stories.decisions.get(s.slug)?.how !== 'retired'),
    (s) => stories.decisions.get(s.slug)?.story ?? '',
  );
  for (const [story, mine] of bySeed) {
    const existing = themes.filter((t) => t.story === story);
    const fresh = existing.length === 0;
    if (!fresh && !propose) continue;
    const articles = openArticles(mine, existing, stories, fresh);
    const open = articles.flatMap((a) => a.open.map((i) => a.sections[i]!));
    const made = proposeThemes(articles, {
      count: themeCount(open, fresh ? { min: 3, max: 5 } : { min: 1, max: 5 }),
      existing,
      taken,
      firstOrder: Math.max(0, ...existing.map((t) => t.order)) + 1,
      words: englishWords(),
    });
    for (const theme of made) {
      taken.add(theme.slug);
      proposed.push({ ...theme, story });
    }
  }
  return { themes: [...themes, ...proposed].sort((a, b) => a.order - b.order), proposed, stamped };
}
