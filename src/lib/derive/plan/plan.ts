/**
 * Turns one parsed article into the files derive would write: a source
 * record and one entry per section. Pure: no file system, no clock.
 */
import type { Article, Section } from '../../article/article.ts';
import { leadSection, scoredSections, sectionText } from '../../article/sections.ts';
import { placeSections, type Placement, type ThemeTerms } from '../themes/assign.ts';
import type { Problem } from '../../model/errors.ts';
import { sentenceCase } from '../../text/sentence-case.ts';
import { firstSentence } from '../../text/sentences.ts';
import { escapeMarkdownText } from '../../text/markdown-text.ts';
import type { EntryInput, SeedMeta, SourceInput } from '../../model/schema.ts';
import type { Placed, SectionToPlace } from './placement.ts';

export interface PlannedFile<T> {
  /** Path relative to `content/`. */
  path: string;
  data: Omit<T, 'derived'>;
  body: string;
  /** For an entry: the section it is derived from, recorded as its identity. */
  section?: string;
  /** For an entry: the theme the assignment gave its section, recorded to tell derive's placement from an editor's. */
  assigned?: string;
  /** The existing file this one is derived into, when it is not at `path`. */
  previous?: string;
}

export interface ArticlePlan {
  source: PlannedFile<SourceInput>;
  entries: PlannedFile<EntryInput>[];
  problems: Problem[];
  /** How each section after the lead was placed, in article order; `mapped` when the seed's metadata chose its theme. */
  placements: SectionPlacement[];
}

export interface SectionPlacement {
  heading: string;
  placement: Placement;
  mapped: boolean;
}

export interface PlanInput {
  article: Article;
  slug: string;
  meta: SeedMeta;
  /** The themes of the article's story: its sections go to these only. */
  themes: readonly ThemeTerms[];
  /** The story the article belongs to, recorded in its source, and whether it joined it as a follow-up. */
  story?: { slug: string; follows: boolean };
  /** Where each section goes, when placed otherwise than by keywords (a follow-up's, by likeness). */
  placed?: readonly Placement[];
  /** Every theme of the site, with its story, to say where a mapping to another story's theme went wrong. */
  storyOfTheme?: ReadonlyMap<string, string | undefined>;
  /** Relative path of the seed and of its metadata file, for messages. */
  seedFile: string;
  metaFile: string;
  /** Line of a value in the metadata file. */
  metaLineOf?: (path: readonly PropertyKey[]) => number;
  /** Where the article's entries go: existing entries stay where they are (src/lib/derive/placement.ts). */
  place: (sections: readonly SectionToPlace[]) => Placed[];
  today: string;
}

export function planArticle(input: PlanInput): ArticlePlan {
  const { article, meta, themes } = input;
  const known = new Set(themes.map((t) => t.slug));
  const problems = [...leadOnly(input), ...metaProblems(input, known)];
  const { assigned, placements } = assignSections(input, problems);
  const toPlace = assigned.filter((s): s is { section: Section; theme: string } => s.theme !== null && known.has(s.theme));
  const where = new Map(
    input
      .place(toPlace.map(({ section, theme }) => ({ key: section.slug, theme, hashes: section.paragraphs.map((p) => p.hash) })))
      .map((spot, i) => [toPlace[i]!.section, spot]),
  );
  const sections = assigned.map(({ section, theme }) => ({ section, theme: where.get(section)?.theme ?? theme }));
  const source = sourceFile(input, leadSection(article, meta), sections);
  // Which of a heading's words are names is read from the article's sentences, never from its Title Case headings.
  const sentences = article.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
  const entries = toPlace.map(({ section, theme }) => entryFile(input, section, theme, where.get(section)!, sentences));
  return { source, entries, problems, placements };
}

/** An article of its lead alone would be a source with no entry: nothing for any theme to show. */
function leadOnly({ article, seedFile }: PlanInput): Problem[] {
  if (article.sections.length > 1) return [];
  return [
    {
      file: seedFile,
      detail: `only a lead, no section under a heading: derive writes one entry per section, so add a heading line above each section (a short line with no closing full stop, above its text)`,
    },
  ];
}

/** What the seed's metadata names that the article or the site does not have. */
function metaProblems(input: PlanInput, known: ReadonlySet<string>): Problem[] {
  const { article, meta, metaFile, metaLineOf } = input;
  const line = (path: readonly PropertyKey[]) => metaLineOf?.(path);
  const problems: Problem[] = [];
  const headings = new Set(article.sections.map((s) => s.heading));
  for (const [heading, theme] of Object.entries(meta.themes)) {
    if (!headings.has(heading))
      problems.push({
        file: metaFile,
        line: line(['themes', heading]),
        field: 'themes',
        detail: `no section has the heading "${heading}"`,
      });
    else if (!known.has(theme))
      problems.push({
        file: metaFile,
        line: line(['themes', heading]),
        field: `themes`,
        detail: input.storyOfTheme?.has(theme)
          ? `"${theme}" for "${heading}" is a question of the story "${input.storyOfTheme.get(theme) ?? '?'}", not of this article's story "${input.story?.slug ?? '?'}"; expected one of ${[...known].join(', ')}, or set "story:" here to that story`
          : `unknown theme "${theme}" for "${heading}"; expected one of ${[...known].join(', ')}, or create content/themes/${theme}.md for a new theme`,
      });
  }
  if (meta.lead !== undefined && !headings.has(meta.lead)) {
    problems.push({ file: metaFile, line: line(['lead']), field: 'lead', detail: `no section has the heading "${meta.lead}"` });
  }
  return problems;
}

/** Each section's theme: the one the metadata maps it to, else the best score; none for the lead. Adds a problem per section that fits no theme. */
function assignSections({ article, meta, themes, seedFile, metaFile, placed: given }: PlanInput, problems: Problem[]) {
  const lead = leadSection(article, meta);
  const placed = given ?? placeSections(scoredSections(article), themes);
  const placements: SectionPlacement[] = [];
  const assigned = article.sections.map((section, i) => {
    if (section === lead) return { section, theme: null };
    const heading = section.heading ?? '';
    const placement = placed[i]!;
    const mapped = meta.themes[heading];
    placements.push({ heading, placement, mapped: mapped !== undefined });
    const theme = mapped ?? placement.theme;
    if (!theme) problems.push({ file: seedFile, detail: unplacedMessage(heading, metaFile) });
    return { section, theme: theme ?? null };
  });
  return { assigned, placements };
}

/** The source record: the article's facts, its sections with their themes, and every paragraph with its hash. */
function sourceFile(
  { article, slug, meta, story }: PlanInput,
  lead: Section,
  sections: { section: Section; theme: string | null }[],
): PlannedFile<SourceInput> {
  const paragraphs = article.sections.flatMap((s) => s.paragraphs);
  return {
    path: `sources/${slug}.yaml`,
    body: '',
    data: {
      title: article.title,
      ...pick(meta, ['publisher', 'author', 'published', 'url', 'licence', 'retrieved']),
      ...(story && { story: story.slug }),
      ...(story?.follows && { follows: true as const }),
      lead: lead.paragraphs.map((p) => p.id),
      sections: sections.map(({ section, theme }) => ({
        heading: section.heading,
        theme,
        paragraphs: section.paragraphs.map((p) => p.id),
      })),
      // The page shows a paragraph without the link texts split off it; the source says so, so no page splits it again.
      paragraphs: paragraphs.map(({ id, hash, text, body }) => ({ id, hash, text, ...(body !== text && { body }) })),
      furtherReading: paragraphs.flatMap((p) =>
        p.furtherReading.map((label) =>
          meta.links[label] ? { label, paragraph: p.id, url: meta.links[label] } : { label, paragraph: p.id },
        ),
      ),
    },
  };
}

/**
 * One section's entry, where placement put it; `assigned` is the theme the assignment gave it. Its title is
 * the editors' form of the section heading, in sentence case; the heading as the source writes it stays in
 * the source record, and the entry's attribution names it from there.
 */
function entryFile(
  { article, slug, today }: PlanInput,
  section: Section,
  assigned: string,
  spot: Placed,
  sentences: string,
): PlannedFile<EntryInput> {
  const { theme, path, order, previous } = spot;
  return {
    path,
    section: section.slug,
    assigned,
    ...(previous !== undefined && previous !== path && { previous }),
    body: section.paragraphs.map((p) => escapeMarkdownText(p.body)).join('\n\n'),
    data: {
      title: section.heading === null ? article.title : sentenceCase(section.heading, sentences),
      theme,
      source: slug,
      paragraphs: section.paragraphs.map((p) => p.id),
      order,
      summary: firstSentence(sectionText(section)),
      // The body is the section's own text: the source's words, shown as a quotation until an editor rewrites it.
      kind: 'quote',
      added: today,
      updated: today,
      corrections: [],
      cited: Object.fromEntries(section.paragraphs.map((p) => [p.id, p.hash])),
    },
  };
}

export const unplacedMessage = (heading: string, metaFile: string): string =>
  `section "${heading}" fits no theme; add keywords to a theme, map it under "themes:" in ${metaFile}, or run "npm run derive -- --propose" to propose a new theme for it`;

function pick<T extends object, K extends keyof T>(object: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => object[k] !== undefined).map((k) => [k, object[k]])) as Partial<Pick<T, K>>;
}
