/** `content/themes/<slug>.md`, a theme (one question of a story), and what the pages read of it. */
import { z } from 'zod';
import { citation, slug } from './shared.ts';

/**
 * `content/themes/<slug>.md`: one section of the site. The question, the
 * summary (the answer) and the body (the introduction) are the editors' own
 * words; `cites` names the source paragraphs they rest on. A theme derive
 * proposed carries `status: proposed` with a draft question and a draft
 * summary (a quoted sentence of the article, cited under `cites`), or
 * without them when it found none; once the editor rewrites them and
 * deletes the status line it is an ordinary theme, and both are required.
 */
const themeFields = z.strictObject({
  title: z.string().min(1).describe('Short name, used in navigation and labels.'),
  story: slug
    .optional()
    .describe(
      'Slug of the story (content/stories/<slug>.md) whose question this is. Required on a site of several stories; on a site of one story, a theme without it belongs to that story.',
    ),
  status: z
    .literal('proposed')
    .optional()
    .describe(
      'Set by derive on a theme it proposed: a draft, shown with a notice, refused by `check` under CI=true outside a pull-request preview. Rewrite the draft question and summary in your own words, then delete this line.',
    ),
  question: z
    .string()
    .min(1)
    .regex(/\?$/, 'a question ending in "?"')
    .optional()
    .describe(
      "The reader's question this theme answers; the theme page's heading. Required unless the theme is proposed; on a proposed theme, derive's draft: a heading of its sections that asks about its subject, or a question naming the title.",
    ),
  summary: z
    .string()
    .min(1)
    .optional()
    .describe(
      "One-line answer to the question, shown on the home page and under the question. Required unless the theme is proposed; on a proposed theme, derive's draft: a short sentence of its sections that names its subject, in quotation marks, with its paragraph under cites.",
    ),
  cites: z
    .array(citation)
    .default([])
    .describe(
      'The source paragraphs the question, answer and introduction rest on; shown to readers beside them and checked like entries.',
    ),
  order: z.number().int().positive().describe('Position in its story, from 1; unique across themes.'),
  keywords: z
    .array(z.string().min(1))
    .min(1)
    .describe('Words and phrases an editor would use for this theme; derive scores sections against them.'),
});

export const themeSchema = themeFields.superRefine((theme, ctx) => {
  if (theme.status === 'proposed') return;
  for (const field of ['question', 'summary'] as const) {
    if (theme[field] === undefined)
      ctx.addIssue({ code: 'custom', path: [field], message: 'expected string, found nothing (the field is required)' });
  }
});

/**
 * What the pages read of a theme: a draft theme (one derive proposed) is
 * marked as such, and until its editor writes a question its title stands
 * in as the heading. `themeForSite` makes it.
 */
export const siteThemeSchema = themeFields.omit({ status: true }).extend({
  question: z.string().min(1).describe("The reader's question, or a draft theme's title until the question is written."),
  draft: z.boolean().describe('Derive proposed the theme and no editor has confirmed it yet.'),
});

export function themeForSite(data: Theme): z.output<typeof siteThemeSchema> {
  const { status, question, ...rest } = data;
  return { ...rest, question: question ?? data.title, draft: status === 'proposed' };
}

export type Theme = z.output<typeof themeSchema>;
