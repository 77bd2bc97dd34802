/**
 * Every article a pass reads, planned together: renamed seeds found first
 * (renames.ts), then each article placed against the entries on disk
 * (identity.ts, placement.ts) and planned (plan.ts); then what becomes of
 * the files no plan claims: leftovers removed or kept (leftovers.ts), the
 * superseded paragraphs that kept entries still cite (superseded.ts), and
 * the edited entries and theme citations of a renamed seed re-pointed
 * (repoint.ts). Stops with every problem the articles' metadata has.
 */
import type { Seed } from '../../article/seeds.ts';
import { InputError, type Problem } from '../../model/errors.ts';
import type { SourceInput } from '../../model/schema.ts';
import type { Existing } from '../existing/existing-files.ts';
import { translatedEntries } from '../existing/translated-entries.ts';
import type { ThemeTerms } from '../themes/assign.ts';
import type { StoryDecision, StoryTheme } from '../themes/decide-stories.ts';
import { placeSeed } from '../themes/derive-themes.ts';
import { EntryIndex } from './identity.ts';
import { leftovers, type Leftovers } from './leftovers.ts';
import type { Planned } from './outcome.ts';
import { planArticle, type PlannedFile, type SectionPlacement } from './plan.ts';
import { Placement, type EntrySpot } from './placement.ts';
import { findRenames, type Rename } from './renames.ts';
import { derivesOwn } from './dependents.ts';
import { findVersions, retiredSource } from './versions.ts';
import { repointed, repointedProposals, repointedThemes, type Repointed } from './repoint.ts';
import { keepSuperseded, survivingCitations } from './superseded.ts';

export interface ArticlesInput {
  seeds: readonly Seed[];
  /** Every theme, each with its story. */
  themes: readonly StoryTheme[];
  /** Each seed's story (decide-stories.ts), by seed slug. */
  stories: ReadonlyMap<string, StoryDecision>;
  /** The sources and entries the pass read, by path relative to `content/`. */
  files: ReadonlyMap<string, Existing>;
  /** The entries of the articles the pass did not read: new entries go after them. */
  others: readonly EntrySpot[];
  today: string;
  force: boolean;
}

export interface ArticlesPlan {
  planned: Planned[];
  /** How each article's sections were placed, for the narrow placements the report lists. */
  placed: { seedFile: string; placements: readonly SectionPlacement[] }[];
  /** Renamed seeds, by the old slug of their source. */
  renames: Map<string, Rename>;
  /** Old source slug → new, for each renamed seed. */
  renamed: Map<string, string>;
}

export function planArticles({ seeds, themes, stories, files, others, today, force }: ArticlesInput): ArticlesPlan {
  const problems: Problem[] = [];
  const versions = findVersions(seeds, stories, files);
  const replacing = new Set([...versions.values()].map((v) => v.seed));
  const found = findRenames(
    seeds.filter((s) => !replacing.has(s)),
    files,
    new Set(versions.keys()),
  );
  const renames = new Map([...versions, ...found]);
  const renamed = new Map([...renames].map(([from, { seed }]) => [from, seed.slug]));
  const renamedFrom = new Map([...renames].map(([from, { seed }]) => [seed.slug, from]));
  const placement = new Placement(files, new EntryIndex(files, renamed), others);
  const storyOfTheme = new Map(themes.map((t) => [t.slug, t.story]));
  const planned: Planned[] = [];
  const placed: ArticlesPlan['placed'] = [];
  for (const seed of seeds) {
    const story = stories.get(seed.slug)!;
    if (story.how === 'retired') {
      // Replaced in this pass: retired below, with the version that replaced it.
      const kept = versions.has(seed.slug) ? undefined : retiredSource(seed.slug, files.get(`sources/${seed.slug}.yaml`), undefined, today);
      if (kept) planned.push(kept);
      continue;
    }
    const mine = themes.filter((t) => t.story === story.story);
    const plan = planArticle({
      ...seed,
      seedFile: seed.file,
      themes: mine,
      story: { slug: story.story, follows: story.follows },
      ...(story.follows && { placed: placeSeed(seed, mine, true) }),
      storyOfTheme,
      today,
      place: (sections) => placement.place(seed.slug, sections),
    });
    problems.push(...plan.problems);
    placed.push({ seedFile: seed.file, placements: plan.placements });
    const rename = renames.get(renamedFrom.get(seed.slug) ?? '');
    if (rename && !versions.has(rename.from) && (files.get(rename.fromFile)!.unedited || force)) plan.source.previous = rename.fromFile;
    const from = rename?.from;
    for (const file of [plan.source, ...plan.entries]) planned.push({ file, seedFile: seed.file, seedHash: seed.hash, renamedFrom: from });
  }
  for (const [from, { seed }] of versions) {
    const retired = retiredSource(from, files.get(`sources/${from}.yaml`), seed.slug, today);
    if (retired) planned.push(retired);
  }
  // A retired source stays when its seed is deleted too: links to it, and what cites it, keep working.
  const live = new Set(seeds.map((s) => s.slug));
  for (const [path, existing] of files) {
    const slug = path.replace(/^sources\/|\.yaml$/g, '');
    if (!path.startsWith('sources/') || live.has(slug) || versions.has(slug) || existing.data?.['retired'] === undefined) continue;
    const kept = retiredSource(slug, existing, undefined, today);
    if (kept) planned.push(kept);
  }
  if (problems.length > 0) throw new InputError(problems);
  return { planned, placed, renames, renamed };
}

export interface Unclaimed {
  left: Leftovers;
  /** Edited entries, key terms, timeline items and theme files of a renamed seed, with only their `source` changed. */
  edits: Repointed[];
}

interface UnclaimedInput {
  live: readonly string[];
  force: boolean;
  today: string;
  contentDir: string;
  themes: readonly ThemeTerms[];
  /** The key term and timeline files the pass read. */
  proposals: ReadonlyMap<string, Existing>;
}

/** What becomes of the files no plan rewrites; keeps the superseded paragraphs in the planned sources. */
export function planUnclaimed(
  plan: ArticlesPlan,
  files: ReadonlyMap<string, Existing>,
  { live, force, today, contentDir, themes, proposals }: UnclaimedInput,
): Unclaimed {
  const { planned, renames, renamed } = plan;
  const rewritten = new Set(
    planned.flatMap(({ file }) => {
      const from = file.previous ?? file.path;
      return files.get(from)?.unedited || force ? [from] : [];
    }),
  );
  const claimed = new Set(planned.map(({ file }) => file.previous ?? file.path));
  const translated = translatedEntries(contentDir);
  const left = leftovers(files, claimed, { live: new Set(live), renamed, force, today, proposals, themes, translated });
  const removed = new Set(left.removed);
  // The entries this run leaves as they are: neither rewritten from their seed nor removed.
  const stays = (path: string) => !rewritten.has(path) && !removed.has(path);
  const surviving = survivingCitations(files, stays, renamed);
  for (const { file } of planned) {
    if (file.path.startsWith('sources/'))
      keepSuperseded(file as PlannedFile<SourceInput>, files.get(file.previous ?? file.path), surviving);
  }
  // Edited entries of a renamed seed get only their source changed; so do the citations of themes that cite it.
  return {
    left,
    edits: [
      ...repointed(files, renames, stays),
      ...repointedThemes(contentDir, themes, renames),
      ...repointedProposals(proposals, renames, (file) => !derivesOwn(file, force)),
    ],
  };
}
