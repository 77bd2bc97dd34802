/**
 * `derive --explain`: for every seed, the story it belongs to and why (its
 * metadata, a newer version, its source's record, or how alike it is to
 * each story); then for every section, its story's themes ranked by score,
 * each with the terms that earned it (for a follow-up, by likeness), and
 * where the section goes and why (best score, a mapping in the seed's
 * metadata, or nothing matched). It reads what derive reads and writes
 * nothing. With no theme file yet it explains against the themes derive
 * would propose, and shows for each the sections it groups (a report's
 * structural sections say where they go and why, report-roles.ts), the
 * phrases that set them apart (the first names it), its draft question and
 * answer, and its story.
 */
import { join } from 'node:path';
import { readSeeds } from '../../article/seeds.ts';
import { loadSiteFile } from '../../content-files/site-settings.ts';
import { sourceRecords } from '../existing/source-records.ts';
import type { Placement } from './assign.ts';
import { decideStories, type StoryDecision } from './decide-stories.ts';
import { deriveThemes, loadStoryFiles, loadThemeFiles, placeSeed } from './derive-themes.ts';
import type { ProposedTheme } from './propose.ts';
import { reportRole, type ReportRole } from './report-roles.ts';
import { leadSection, scoredSections } from '../../article/sections.ts';
import { STORY_FIT, WEAK_FIT } from './story-fit.ts';

/** How many deciding terms to show per theme. */
const TERMS_SHOWN = 4;

const fixed = (n: number) => n.toFixed(2);

function placementLine(heading: string, placement: Placement, mapped: string | undefined, metaFile: string): string {
  if (mapped !== undefined) return `  "${heading}" → ${mapped} (mapped under "themes:" in ${metaFile})`;
  if (!placement.theme) return `  "${heading}" → fits no theme: no theme's title word or keyword occurs in it`;
  if (placement.weak !== undefined) {
    const weak = placement.weak ? `, weak: below ${WEAK_FIT}${placement.runnerUp ? `; runner-up ${placement.runnerUp.theme}` : ''}` : '';
    return `  "${heading}" → ${placement.theme} (most alike, ${fixed(placement.score)}${weak})`;
  }
  const narrow = placement.narrow
    ? `, narrow: runner-up ${placement.runnerUp!.theme} scored ${Math.round((100 * placement.runnerUp!.score) / placement.score)}% as much`
    : '';
  return `  "${heading}" → ${placement.theme} (best score${narrow})`;
}

const ROLE_NOTES: Record<ReportRole, string> = {
  background: "a report's background: a theme of its own",
  front: 'front matter: with the background, or the section after it',
  recommendation: 'a recommendation: with the others, or with the findings it is most like',
  conclusion: 'a conclusion: with the findings it is most like',
};

const sectionName = (heading: string) => {
  const role = reportRole(heading);
  return role ? `"${heading}" (${ROLE_NOTES[role]})` : `"${heading}"`;
};

function proposalLines({ slug, title, keywords, question, answer, why, story }: ProposedTheme & { story: string }): string[] {
  return [
    `  ${slug}: "${title}"`,
    `      sections: ${why?.headings.map(sectionName).join(', ') || '(the lead only)'}`,
    `      phrases that set them apart, best first: ${why?.phrases.join('; ') || '(none: named after a keyword)'}`,
    `      keywords: ${keywords.join(', ')}`,
    `      draft question: ${question ?? '(none)'}`,
    `      draft answer: ${answer ? `${answer.summary} (${answer.cites.map((c) => `${c.source} ${c.paragraphs.join(', ')}`).join('; ')})` : '(none: no short sentence of these sections names the subject)'}`,
    `      story: ${story}`,
  ];
}

const HOW: Record<StoryDecision['how'], string> = {
  named: 'named in its metadata',
  version: 'a newer version of its source',
  recorded: 'as its source records',
  only: "the site's one story",
  fit: 'a follow-up: the story it is most alike',
  new: 'a new story',
  retired: 'retired: a newer version replaced it, so it is not derived',
};

function storyLines({ story, how, fits = [], replaces }: StoryDecision): string[] {
  const lines = [`  story: ${story} (${HOW[how]}${replaces ? `, content/sources/${replaces}.yaml` : ''})`];
  if (fits.length > 0)
    lines.push(`    likeness to each story (${STORY_FIT} or more joins): ${fits.map((f) => `${f.story} ${fixed(f.likeness)}`).join(', ')}`);
  return lines;
}

export function explainPlacements(root: string, { propose }: { propose: boolean }): string[] {
  const files = loadThemeFiles(root);
  const seeds = readSeeds(root);
  const storyFiles = loadStoryFiles(root);
  const records = sourceRecords(join(root, 'content'), new Map());
  const stories = decideStories({
    seeds,
    stories: storyFiles,
    themes: files,
    sources: () => records,
    own: (slug) => records.get(slug),
    live: new Set(seeds.map((s) => s.file)),
    siteName: loadSiteFile(root).settings?.name,
  });
  const storyCount = storyFiles.length + stories.created.length;
  const { themes, proposed } = deriveThemes(files, seeds, stories, { propose, storyCount });
  const lines: string[] = [];
  if (proposed.length > 0) {
    lines.push(
      files.length === 0 ? 'No theme files yet; derive would propose these themes:' : 'Derive would propose these themes:',
      ...proposed.flatMap(proposalLines),
      '',
    );
  }
  for (const seed of seeds) {
    const decision = stories.decisions.get(seed.slug)!;
    lines.push(seed.file, ...storyLines(decision));
    if (decision.how !== 'retired')
      lines.push(
        ...sectionLines(
          seed,
          themes.filter((t) => t.story === decision.story),
          decision.follows,
        ),
      );
    lines.push('');
  }
  lines.push(
    "Scores: BM25 over each article's sections, a heading match counting three times a body match; a follow-up's sections by likeness to each question (the cosine of their words, weighted by rarity in general English). Nothing was written.",
  );
  return lines;
}

function sectionLines(seed: Parameters<typeof placeSeed>[0], themes: Parameters<typeof placeSeed>[1], follows: boolean): string[] {
  const { article, meta, metaFile } = seed;
  const width = Math.max(0, ...themes.map((t) => t.slug.length));
  const lead = leadSection(article, meta);
  const sections = scoredSections(article);
  const placed = placeSeed(seed, themes, follows, true);
  const lines: string[] = [];
  article.sections.forEach((section, i) => {
    const heading = sections[i]!.heading || article.title;
    if (section === lead) {
      lines.push(`  "${heading}" → the lead, shown on the story's home page; not placed in a theme`);
      return;
    }
    const placement = placed[i]!;
    lines.push(placementLine(heading, placement, meta.themes[sections[i]!.heading], metaFile));
    for (const { theme, score, terms } of placement.ranked ?? []) {
      const deciding = terms
        .slice(0, TERMS_SHOWN)
        .map((t) => `${t.term}${t.inHeading ? ' (heading)' : ''} ${fixed(t.score)}`)
        .join(', ');
      lines.push(`      ${theme.padEnd(width)}  ${fixed(score).padStart(6)}${deciding ? `  ${deciding}` : ''}`);
    }
  });
  return lines;
}
