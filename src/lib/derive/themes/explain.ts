/**
 * `derive --explain`: for every section of every seed, the themes ranked by
 * score, each with the terms that earned it, and where the section goes and
 * why (best score, a mapping in the seed's metadata, or nothing matched). It
 * reads what derive reads and writes nothing. With no theme file yet it
 * explains against the themes derive would propose, and shows for each the
 * sections it groups (a report's structural sections say where they go and
 * why, report-roles.ts), the phrases that set them apart (the first names
 * it) and its draft question and answer.
 */
import { readSeeds } from '../../article/seeds.ts';
import { placeSections, type Placement } from './assign.ts';
import { deriveThemes, loadThemeFiles } from './derive-themes.ts';
import type { ProposedTheme } from './propose.ts';
import { reportRole, type ReportRole } from './report-roles.ts';
import { leadSection, scoredSections } from '../../article/sections.ts';

/** How many deciding terms to show per theme. */
const TERMS_SHOWN = 4;

const fixed = (n: number) => n.toFixed(2);

function placementLine(heading: string, placement: Placement, mapped: string | undefined, metaFile: string): string {
  if (mapped !== undefined) return `  "${heading}" → ${mapped} (mapped under "themes:" in ${metaFile})`;
  if (!placement.theme) return `  "${heading}" → fits no theme: no theme's title word or keyword occurs in it`;
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

function proposalLines({ slug, title, keywords, question, answer, why }: ProposedTheme): string[] {
  return [
    `  ${slug}: "${title}"`,
    `      sections: ${why?.headings.map(sectionName).join(', ') || '(the lead only)'}`,
    `      phrases that set them apart, best first: ${why?.phrases.join('; ') || '(none: named after a keyword)'}`,
    `      keywords: ${keywords.join(', ')}`,
    `      draft question: ${question ?? '(none)'}`,
    `      draft answer: ${answer ? `${answer.summary} (${answer.cites.map((c) => `${c.source} ${c.paragraphs.join(', ')}`).join('; ')})` : '(none: no short sentence of these sections names the subject)'}`,
  ];
}

export function explainPlacements(root: string, { propose }: { propose: boolean }): string[] {
  const files = loadThemeFiles(root);
  const seeds = readSeeds(root);
  const { themes, proposed } = deriveThemes(files, seeds, { propose });
  const lines: string[] = [];
  if (proposed.length > 0) {
    lines.push(
      files.length === 0 ? 'No theme files yet; derive would propose these themes:' : 'Derive would propose these themes:',
      ...proposed.flatMap(proposalLines),
      '',
    );
  }
  const width = Math.max(0, ...themes.map((t) => t.slug.length));
  for (const { file, metaFile, article, meta } of seeds) {
    lines.push(file);
    const lead = leadSection(article, meta);
    const sections = scoredSections(article);
    const placed = placeSections(sections, themes, { explain: true });
    article.sections.forEach((section, i) => {
      const heading = sections[i]!.heading || article.title;
      if (section === lead) {
        lines.push(`  "${heading}" → the lead, shown on the home page; not placed in a theme`);
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
    lines.push('');
  }
  lines.push("Scores: BM25 over each article's sections; a heading match counts three times a body match. Nothing was written.");
  return lines;
}
