/**
 * The file derive writes for a theme it proposes: title, `status: proposed`,
 * a draft question and a draft answer (a quoted sentence of the article,
 * with the paragraph it cites), order, keywords and its story, with a comment
 * saying what the theme rests on and what the editor must do. The status line
 * keeps the drafts off a published site (`check` refuses it under CI=true)
 * until an editor rewrites and confirms them; a proposal with no sentence
 * fit for an answer leaves the summary out, and the schema then requires it
 * once the status line is gone.
 */
import { stringifyYaml } from '../../content-files/frontmatter.ts';
import type { ProposedTheme } from './propose.ts';

export const proposedThemePath = (slug: string): string => `themes/${slug}.md`;

export function proposedThemeFile({ title, order, keywords, question, answer, why, story }: ProposedTheme & { story?: string }): string {
  const drafts = {
    ...(question !== undefined && { question }),
    ...(answer && { summary: answer.summary, cites: answer.cites }),
  };
  return [
    '---',
    stringifyYaml({ title }).trimEnd(),
    ...(why && why.headings.length > 0
      ? ['# Proposed by "npm run derive" for the sections:', ...why.headings.map((h) => `#   ${h}`)]
      : ['# Proposed by "npm run derive".']),
    ...(why && why.phrases.length > 0 ? [`# The phrases that set them apart most: ${why.phrases.join('; ')}.`] : []),
    answer
      ? '# The question and the summary (a quotation of the article) are drafts:'
      : '# The question is a draft; add summary: (its one-line answer).',
    '# rewrite them in your own words, adjust the title and keywords, then',
    '# delete the status line to make this an ordinary theme.',
    'status: proposed',
    ...(Object.keys(drafts).length > 0 ? [stringifyYaml(drafts).trimEnd()] : []),
    stringifyYaml({ order, keywords, ...(story !== undefined && { story }) }).trimEnd(),
    '---',
    '',
  ].join('\n');
}
