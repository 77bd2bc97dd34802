/** `content/stories/<slug>.md`, a story (one explainer of a site of several), and what the pages read of it. */
import { z } from 'zod';
import { slug } from './shared.ts';

/**
 * `content/stories/<slug>.md`: one story. Its headline, standfirst and
 * what is not known are the editors' own words; the site labels them so.
 * Its questions are the themes naming it (`story:`), its articles the
 * sources derive filed under it. The body, optional, is the editors'
 * introduction, shown on the story's home page. A story derive proposed
 * for a new article carries `status: proposed` until an editor confirms it.
 */
export const storySchema = z.strictObject({
  headline: z
    .string()
    .min(1)
    .describe(
      "The story's headline, in the editors' words: the heading of its home page and its line on the front page. Say only what the sources say (a pledge is not a deed done).",
    ),
  status: z
    .literal('proposed')
    .optional()
    .describe(
      'Set by derive on a story it proposed for an article that fits no story: a draft, refused by `check` under CI=true outside a pull-request preview. Write the headline and standfirst in your own words, then delete this line.',
    ),
  standfirst: z
    .string()
    .min(1)
    .optional()
    .describe(
      "The editors' short account of the news, one or two sentences, shown under the headline (and on the front page) labelled as the editors' words.",
    ),
  notKnown: z
    .array(z.string().min(1))
    .default([])
    .describe("What is not known: a short list of what the sources do not say, in the editors' words, shown on the story's home page."),
  order: z
    .number()
    .int()
    .positive()
    .optional()
    .describe(
      'Position on the front page of a site of several stories, from 1: stories with an order come first, lowest first; the rest follow, newest first.',
    ),
  lead: slug
    .optional()
    .describe(
      "Slug of the source whose lead paragraphs the story's home page quotes; without it, the story's first article (its newest version).",
    ),
});

/** What the pages read of a story: a draft (one derive proposed) is marked as such. */
export const siteStorySchema = storySchema.omit({ status: true }).extend({
  draft: z.boolean().describe('Derive proposed the story and no editor has confirmed it yet.'),
});

export function storyForSite(data: Story): z.output<typeof siteStorySchema> {
  const { status, ...rest } = data;
  return { ...rest, draft: status === 'proposed' };
}

export type Story = z.output<typeof storySchema>;
