/**
 * The stories of a site, resolved from the content: which story each theme
 * and each source belongs to, each story's questions and live articles, the
 * article whose lead its home page quotes, and the order of the front page.
 * `check`, the search index and the pages all read the site's stories
 * through this one function, so they never disagree about where anything
 * belongs.
 *
 * A theme or a source that names no story belongs to the site's one story
 * when it has only one; on a site of several, it belongs to none (`check`
 * says so). A retired source (replaced by a newer version, or its seed
 * deleted) belongs to its story but is none of its live articles.
 */

export interface StoryItem {
  id: string;
  data: { order?: number | undefined; lead?: string | undefined };
}

export interface ThemeOfStory {
  id: string;
  data: { story?: string | undefined; order: number };
}

export interface SourceOfStory {
  id: string;
  data: { story?: string | undefined; published?: string | undefined; follows?: true | undefined; retired?: unknown };
}

export interface ResolvedStory<S extends StoryItem, T extends ThemeOfStory, R extends SourceOfStory> {
  id: string;
  story: S;
  /** Its questions, in order. */
  themes: T[];
  /** Its live articles: the first article (or its newest version) first, then follow-ups, oldest first. */
  sources: R[];
  /** Its retired articles, kept for what still cites them. */
  retired: R[];
  /** The article whose lead paragraphs its home page quotes. */
  lead: R | undefined;
  /** The newest `published` date of its live articles, empty when none has one. */
  published: string;
}

export interface SiteStories<S extends StoryItem, T extends ThemeOfStory, R extends SourceOfStory> {
  /** In front-page order. */
  stories: ResolvedStory<S, T, R>[];
  byId: Map<string, ResolvedStory<S, T, R>>;
  /** Theme id → story id, for every theme that belongs to a story that exists. */
  themeStory: Map<string, string>;
  /** Source id → story id, likewise. */
  sourceStory: Map<string, string>;
}

/** The story a theme or source names, or the site's only story. */
export function storyOf(named: string | undefined, storyIds: readonly string[]): string | undefined {
  if (named !== undefined) return storyIds.includes(named) ? named : undefined;
  return storyIds.length === 1 ? storyIds[0] : undefined;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Live articles in story order: the first article before follow-ups, then oldest first, then by slug. */
function storyOrder(a: SourceOfStory, b: SourceOfStory): number {
  const [x, y] = [a.data.follows ? 1 : 0, b.data.follows ? 1 : 0];
  if (x !== y) return x - y;
  return byText(a.data.published ?? '', b.data.published ?? '') || byText(a.id, b.id);
}

export function resolveStories<S extends StoryItem, T extends ThemeOfStory, R extends SourceOfStory>(
  stories: readonly S[],
  themes: readonly T[],
  sources: readonly R[],
  { lead }: { lead?: string | undefined } = {},
): SiteStories<S, T, R> {
  const ids = stories.map((s) => s.id);
  const themeStory = new Map<string, string>();
  const sourceStory = new Map<string, string>();
  for (const theme of themes) {
    const story = storyOf(theme.data.story, ids);
    if (story !== undefined) themeStory.set(theme.id, story);
  }
  for (const source of sources) {
    const story = storyOf(source.data.story, ids);
    if (story !== undefined) sourceStory.set(source.id, story);
  }
  const resolved = stories.map((story): ResolvedStory<S, T, R> => {
    const mine = sources.filter((s) => sourceStory.get(s.id) === story.id);
    const live = mine.filter((s) => !s.data.retired).sort(storyOrder);
    return {
      id: story.id,
      story,
      themes: themes.filter((t) => themeStory.get(t.id) === story.id).sort((a, b) => a.data.order - b.data.order || byText(a.id, b.id)),
      sources: live,
      retired: mine.filter((s) => s.data.retired).sort((a, b) => byText(a.id, b.id)),
      lead: live.find((s) => s.id === story.data.lead) ?? live[0],
      published: live.reduce((newest, s) => (s.data.published !== undefined && s.data.published > newest ? s.data.published : newest), ''),
    };
  });
  const leading = lead === undefined ? undefined : sourceStory.get(lead);
  resolved.sort((a, b) => frontPageOrder(a, b, leading));
  return { stories: resolved, byId: new Map(resolved.map((s) => [s.id, s])), themeStory, sourceStory };
}

/** The story of content/site.yaml's `lead` first, then stories by their `order`, then the rest newest first, then by slug. */
function frontPageOrder(a: ResolvedStory<StoryItem, ThemeOfStory, SourceOfStory>, b: typeof a, leading: string | undefined): number {
  if (a.id === leading || b.id === leading) return a.id === leading ? -1 : 1;
  const [x, y] = [a.story.data.order, b.story.data.order];
  if (x !== undefined || y !== undefined) return x === undefined ? 1 : y === undefined ? -1 : x - y || byText(a.id, b.id);
  return byText(b.published, a.published) || byText(a.id, b.id);
}
