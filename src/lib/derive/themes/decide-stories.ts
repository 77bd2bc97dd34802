/**
 * Which story each article belongs to, decided once and then recorded in
 * its source (`story:`), so adding articles never moves an earlier one:
 *
 * 1. the story its metadata names (`story:`); a name no story has starts one;
 * 2. the story of the source it is a newer version of (`replaces:`, or the
 *    same `url:` as a live source, when it has no source of its own yet);
 * 3. the story its source records;
 * 4. on a site of one story, that story (a site older than stories gets its
 *    one story written first, headlined as its home page was);
 * 5. a new article: the story it is most alike (story-fit.ts), when at least
 *    STORY_FIT alike (a follow-up); otherwise a new story, proposed.
 *
 * A story's likeness is taken against its live articles' text and its
 * questions' words, and a story started earlier in the same pass counts too,
 * so two new articles on one story land together.
 */
import type { Seed } from '../../article/seeds.ts';
import { InputError, type Problem } from '../../model/errors.ts';
import type { SourceRecord } from '../existing/source-records.ts';
import { themeWords } from './likeness.ts';
import { articleText, rankStories, STORY_FIT, type QuestionTheme, type StoryFit } from './story-fit.ts';
import type { NewStory } from './story-file.ts';

export type StoryTheme = QuestionTheme & { story?: string | undefined };

export interface StoryDecision {
  story: string;
  /** named, version, recorded, only (the site's one story), fit, new, or retired (a newer version replaced it). */
  how: 'named' | 'version' | 'recorded' | 'only' | 'fit' | 'new' | 'retired';
  /** Its sections go to the questions they are most alike, not by keywords written for another article. */
  follows: boolean;
  /** The source this article is a newer version of. */
  replaces?: string;
  /** For a new article: every story, most alike first. */
  fits?: StoryFit[];
  /** Decided now, for an article derive had not filed yet: the report says where it went. */
  fresh?: true;
}

export interface StoryInput {
  seeds: readonly Seed[];
  /** Slugs of the stories in content/stories/. */
  stories: readonly string[];
  themes: readonly StoryTheme[];
  /** Every source on disk, read when first asked (existing/source-records.ts). */
  sources: () => ReadonlyMap<string, SourceRecord>;
  /** The source of a seed, when this pass read it. */
  own: (slug: string) => SourceRecord | undefined;
  /** Every seed file in `seeds/` (`seeds/<slug>.txt`), read by this pass or not. */
  live: ReadonlySet<string>;
  /** content/site.yaml's `name`, the headline a site older than stories showed. */
  siteName: string | undefined;
}

export interface StoryDecisions {
  /** By seed slug. */
  decisions: Map<string, StoryDecision>;
  /** Stories to write. */
  created: NewStory[];
  /** The story a theme or source that names none belongs to: the site's one story, if it had one. */
  implicit: string | undefined;
}

export function decideStories(input: StoryInput): StoryDecisions {
  const ids = [...input.stories];
  const created: NewStory[] = [];
  const decisions = new Map<string, StoryDecision>();
  const problems: Problem[] = [];
  const first = input.seeds.find((s) => input.own(s.slug)) ?? input.seeds[0];
  // A site that had questions (or articles) before it had stories: they are its one story.
  if (ids.length === 0 && first && (input.themes.length > 0 || input.seeds.some((s) => input.own(s.slug)))) {
    created.push({ slug: first.slug, headline: input.siteName ?? first.article.title, proposed: false, seedFile: first.file });
    ids.push(first.slug);
  }
  const implicit = ids.length === 1 ? ids[0] : undefined;
  // The story written for the site's questions is the story of the article it was written from.
  const migrated = created[0]?.slug;
  const storyOf = (record: SourceRecord) => record.story ?? implicit;
  const start = (seed: Seed, slug: string, fits?: StoryFit[]) => {
    let unique = slug;
    for (let n = 2; ids.includes(unique); n++) unique = `${slug}-${n}`;
    created.push({ slug: unique, headline: seed.article.title, proposed: true, seedFile: seed.file, closest: fits?.[0] });
    ids.push(unique);
    return { story: unique, how: 'new' as const, follows: false, ...(fits && { fits }) };
  };
  for (const seed of input.seeds) {
    const own = input.own(seed.slug);
    const replaced = versionOf(seed, own, input, problems);
    const mine = own ?? (replaced === undefined ? renamedFrom(seed, input) : undefined);
    const decided = ((): StoryDecision | undefined => {
      const named = seed.meta.story;
      // A version a newer one replaced is not derived again; a source retired because its seed left seeds/ comes back with it.
      if (mine?.retired?.replacedBy !== undefined) return { story: storyOf(mine) ?? '', how: 'retired', follows: mine.follows };
      if (named !== undefined)
        return ids.includes(named)
          ? { story: named, how: 'named', follows: mine?.follows ?? hasOthers(input, decisions, named, seed.slug, storyOf) }
          : start(seed, named);
      const old = replaced === undefined ? undefined : input.sources().get(replaced);
      if (old && storyOf(old)) return { story: storyOf(old)!, how: 'version', follows: old.follows, replaces: old.slug };
      if (mine && mine.story !== undefined && ids.includes(mine.story))
        return { story: mine.story, how: 'recorded', follows: mine.follows };
      if ((mine || seed.slug === migrated) && implicit) return { story: implicit, how: 'only', follows: mine?.follows ?? false };
      if (ids.length === 0) return start(seed, seed.slug);
      // Questions written before the site's first article: that article is the one they were written for.
      if (implicit && !hasOthers(input, decisions, implicit, seed.slug, storyOf)) return { story: implicit, how: 'only', follows: false };
      const fits = rankStories(articleText(seed.article), profiles(input, decisions, ids, storyOf, implicit));
      const best = fits[0]!;
      if (best.likeness < STORY_FIT) return start(seed, seed.slug, fits);
      return { story: best.story, how: 'fit', follows: hasOthers(input, decisions, best.story, seed.slug, storyOf), fits };
    })();
    if (decided) decisions.set(seed.slug, mine ? decided : { ...decided, fresh: true });
  }
  // An article a newer version replaces in this pass, its seed still in seeds/, is retired, not derived again.
  for (const decision of [...decisions.values()]) {
    const old = decision.replaces === undefined ? undefined : decisions.get(decision.replaces);
    if (old) decisions.set(decision.replaces!, { story: decision.story, how: 'retired', follows: old.follows });
  }
  if (problems.length > 0) throw new InputError(problems);
  return { decisions, created, implicit };
}

/**
 * The source of a seed renamed since the last derive: one whose seed is gone, derived from the
 * same text or an article of the same title (plan/renames.ts makes the rename itself).
 */
function renamedFrom(seed: Seed, input: StoryInput): SourceRecord | undefined {
  return [...input.sources().values()].find(
    (r) => r.from !== undefined && !input.live.has(r.from) && (r.seedHash === seed.hash || r.title === seed.article.title),
  );
}

/** Whether a story has live articles besides this seed's: an article joining it is then a follow-up. */
function hasOthers(
  input: StoryInput,
  decisions: ReadonlyMap<string, StoryDecision>,
  story: string,
  seed: string,
  storyOf: (record: SourceRecord) => string | undefined,
): boolean {
  if ([...decisions].some(([slug, d]) => slug !== seed && d.story === story && d.how !== 'retired')) return true;
  return [...input.sources().values()].some((r) => r.slug !== seed && isLive(r, input) && storyOf(r) === story);
}

/** A source still one of its story's articles: not retired, its seed still in `seeds/`. */
const isLive = (record: SourceRecord, input: StoryInput): boolean =>
  !record.retired && (record.from === undefined || input.live.has(record.from));

/** The source a seed is a newer version of: the one its metadata names, or a new seed's live namesake by `url`. */
function versionOf(seed: Seed, mine: SourceRecord | undefined, input: StoryInput, problems: Problem[]): string | undefined {
  const { replaces, url } = seed.meta;
  if (replaces !== undefined) {
    if (input.sources().has(replaces)) return replaces;
    problems.push({
      file: seed.metaFile,
      line: seed.metaLineOf(['replaces']),
      field: 'replaces',
      detail: `expected the slug of a source in content/sources/, found "${replaces}"`,
    });
    return undefined;
  }
  if (mine || url === undefined) return undefined;
  // The same text under a new name is a renamed seed, not a newer version.
  const same = [...input.sources().values()].filter(
    (r) => r.url === url && r.slug !== seed.slug && !r.retired && !(r.seedHash === seed.hash && !isLive(r, input)),
  );
  const twins = input.seeds.filter((s) => s !== seed && s.meta.url === url && !input.own(s.slug));
  if (twins.length > 0 && same.length === 0)
    problems.push({
      file: seed.metaFile,
      line: seed.metaLineOf(['url']),
      field: 'url',
      detail: `expected one new article per url, found ${twins.map((s) => s.file).join(', ')} with the same url; if it is a newer version, write "replaces: <the older seed's slug>" in its metadata, once the older is derived`,
    });
  if (same.length > 1)
    problems.push({
      file: seed.metaFile,
      line: seed.metaLineOf(['url']),
      field: 'url',
      detail: `expected at most one live source with this url, found ${same.map((r) => r.slug).join(', ')}; name the one it replaces under "replaces:"`,
    });
  return same.length === 1 ? same[0]!.slug : undefined;
}

/** Each story as a new article is compared with it: its live articles' text, its questions' words, and the articles this pass filed under it. */
function profiles(
  input: StoryInput,
  decisions: ReadonlyMap<string, StoryDecision>,
  ids: readonly string[],
  storyOf: (record: SourceRecord) => string | undefined,
  implicit: string | undefined,
): { id: string; text: string }[] {
  const texts = new Map(ids.map((id) => [id, [] as string[]]));
  for (const record of input.sources().values()) if (isLive(record, input)) texts.get(storyOf(record) ?? '')?.push(record.text);
  for (const theme of input.themes) texts.get(theme.story ?? implicit ?? '')?.push(themeWords(theme));
  for (const seed of input.seeds) {
    const decided = decisions.get(seed.slug);
    if (decided && decided.how !== 'retired' && !input.own(seed.slug)) texts.get(decided.story)?.push(articleText(seed.article));
  }
  return [...texts].map(([id, parts]) => ({ id, text: parts.join('\n') }));
}
