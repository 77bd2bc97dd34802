/**
 * One derive pass: seeds → content, for every article or, when the manifest
 * says what changed (manifest/changes.ts), for the articles a change can
 * reach. Read as a table of contents: inputs → themes → plan → key terms
 * and timeline → write → remember. Writes only what changed, never
 * overwrites a file a person edited (unless forced, and then says so),
 * writes atomically and never outside `content/`. Entries are found by what
 * they were derived from (plan/identity.ts), so a renamed seed, a moved
 * entry or a new article leaves every other file as it is. Themes it
 * proposes are written as new theme files, never over an existing one; key
 * terms and timeline items are proposed after the entries. Returns the
 * report and the manifest for the next run.
 */
import { InputError } from '../model/errors.ts';
import { loadSiteFile } from '../content-files/site-settings.ts';
import type { Seed } from '../article/seeds.ts';
import { isProposal } from './existing/derived-paths.ts';
import { readExisting, type Existing } from './existing/existing-files.ts';
import { sourceRecord, sourceRecords, type SourceRecord } from './existing/source-records.ts';
import { decideStories, type StoryDecisions } from './themes/decide-stories.ts';
import { deriveThemes } from './themes/derive-themes.ts';
import { STORY_FIT } from './themes/story-fit.ts';
import { planArticles, planUnclaimed } from './plan/plan-articles.ts';
import type { EntrySpot } from './plan/placement.ts';
import { planProposals } from './terms-timeline/proposals.ts';
import type { SeedReport } from './manifest/manifest-format.ts';
import type { Manifest } from './manifest/manifest.ts';
import { nextManifest } from './manifest/next-manifest.ts';
import { readInputs, type InputOptions, type PassInputs } from './read-inputs.ts';
import { completeReport, type DeriveReport } from './report.ts';
import { WritePass } from './write-pass.ts';

export interface PassOptions extends InputOptions {
  force: boolean;
  today: string;
  propose: boolean;
}

export interface PassResult {
  report: DeriveReport;
  /** What to remember for the next run; undefined after a dry run, or when a file's article cannot be told. */
  manifest: Omit<Manifest, 'format' | 'tool'> | undefined;
}

export async function derivePass(options: PassOptions, contentDir: string): Promise<PassResult> {
  const { force } = options;
  const inputs = readInputs(options, contentDir);
  // Sources and entries make articles; key terms and timeline items are proposed from them after.
  const files = new Map([...inputs.files].filter(([path]) => !isProposal(path)));
  const proposalFiles = new Map([...inputs.files].filter(([path]) => isProposal(path)));
  const stories = storiesOf(inputs, options.root, contentDir);
  // A newer version takes over another article's entries: a pass that did not read that article reads everything.
  if (options.since && [...stories.decisions.values()].some((d) => d.replaces && !files.has(`sources/${d.replaces}.yaml`)))
    return derivePass({ ...options, since: undefined }, contentDir);
  const storyCount = inputs.storyFiles.length + stories.created.length;
  const { themes, proposed, stamped } = deriveThemes(inputs.themeFiles, inputs.seeds, stories, { propose: options.propose, storyCount });
  if (themes.length === 0) throw new InputError({ file: 'content/themes', detail: noThemes(inputs.seeds) });

  const others: EntrySpot[] = inputs.unread
    .filter((path) => !isProposal(path))
    .map((path) => ({ path, order: inputs.partial!.manifest.files[path]!.order }));
  const plan = planArticles({ seeds: inputs.seeds, themes, stories: stories.decisions, files, others, today: options.today, force });
  const pass = new WritePass(contentDir, options, inputs.seeds);
  pass.stories(stories, STORY_FIT);
  pass.proposeThemes(proposed);
  pass.stampThemes(stamped);
  const { left, edits } = planUnclaimed(plan, files, {
    live: inputs.live,
    force,
    today: options.today,
    contentDir,
    themes: inputs.themeFiles,
    proposals: proposalFiles,
  });
  pass.noteSeeds(inputs.termsOf, plan.placed);
  await pass.articles(plan.planned, files, new Set(edits.map((e) => e.path)));
  const inPlace = new Set(edits.map((e) => e.path));
  const proposals = planProposals({
    seeds: inputs.seeds.filter((s) => stories.decisions.get(s.slug)?.how !== 'retired'),
    termsOf: inputs.termsOf,
    files: proposalFiles,
    read: (path) => readExisting(contentDir, path, options.now),
    force,
    decided: inputs.decided,
    drafts: { all: options.allDrafts ?? false },
    // A timeline item an editor keeps, moving with its renamed seed, holds its place in the new folder.
    taken: new Set(edits.flatMap((e) => (e.previous ? [e.path] : []))),
  });
  pass.proposals(proposals, proposalFiles, inPlace);
  pass.repointed(edits, files);
  await pass.finish(left);

  const report = completeReport(pass.report, inputs.live, pass.shown.bySlug, inputs.partial?.manifest, inputs.unread);
  if (options.dryRun) return { report, manifest: undefined };
  return { report, manifest: remember(inputs, pass, new Map([...files, ...proposalFiles]), [...left.orphans, ...pass.rejected]) };
}

/** Which story each article read belongs to (themes/decide-stories.ts); every source on disk is read only if a new article asks. */
function storiesOf(inputs: PassInputs, root: string, contentDir: string): StoryDecisions {
  let records: Map<string, SourceRecord> | undefined;
  return decideStories({
    seeds: inputs.seeds,
    stories: inputs.storyFiles,
    themes: inputs.themeFiles,
    sources: () => (records ??= sourceRecords(contentDir, inputs.files)),
    own: (slug) => sourceRecord(slug, inputs.files.get(`sources/${slug}.yaml`)),
    live: new Set(inputs.live.map((slug) => `seeds/${slug}.txt`)),
    siteName: loadSiteFile(root).settings?.name,
  });
}

/** Why derive has no theme to place sections in: no article yet, or articles too short to group. */
function noThemes(seeds: readonly Seed[]): string {
  if (seeds.length === 0)
    return 'no themes and no seeds: add an article to seeds/ for derive to propose themes from, or write content/themes/<slug>.md';
  const sections = seeds.reduce((n, seed) => n + seed.article.sections.length, 0);
  return `no themes, and seeds/ holds too few sections to propose themes from (${sections}): write content/themes/<slug>.md`;
}

/** The manifest for the next run: what this pass read and wrote, and the report a run that changes nothing gives. */
function remember(
  inputs: PassInputs,
  pass: WritePass,
  files: ReadonlyMap<string, Existing>,
  orphans: readonly { file: string; detail: string }[],
): PassResult['manifest'] {
  const reports: Record<string, SeedReport> = {};
  for (const slug of inputs.live) reports[slug] = pass.next.bySlug.get(slug) ?? inputs.partial!.manifest.reports[slug]!;
  return nextManifest({
    since: inputs.partial,
    unread: inputs.unread,
    files,
    written: pass.written,
    gone: pass.gone,
    orphans: new Map(orphans.map(({ file, detail }) => [file.replace(/^content\//, ''), detail])),
    themes: inputs.themeSignatures,
    seeds: inputs.seedSignatures,
    reports,
  });
}
