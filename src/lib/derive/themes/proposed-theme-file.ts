/**
 * The file derive writes for a theme it proposes: title, `status: proposed`,
 * order, keywords and its story, with a comment saying what the editor must do. The
 * question and summary are left out on purpose: the schema accepts a
 * proposed theme without them and requires them once the status line is
 * gone, so no placeholder can reach readers.
 */
import { stringifyYaml } from '../../content-files/frontmatter.ts';
import type { ProposedTheme } from './propose.ts';

export const proposedThemePath = (slug: string): string => `themes/${slug}.md`;

export function proposedThemeFile({ title, order, keywords, story }: ProposedTheme & { story?: string }): string {
  return [
    '---',
    stringifyYaml({ title }).trimEnd(),
    '# Proposed by "npm run derive" from the words that set these sections apart.',
    '# Add question: (the reader\'s question, ending in "?") and summary: (its',
    '# one-line answer), adjust the title and keywords, then delete the status',
    '# line to make this an ordinary theme.',
    'status: proposed',
    stringifyYaml({ order, keywords, ...(story !== undefined && { story }) }).trimEnd(),
    '---',
    '',
  ].join('\n');
}
