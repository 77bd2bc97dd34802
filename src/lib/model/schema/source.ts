/**
 * `content/sources/<slug>.yaml`, the parsed source article derive writes,
 * what the pages read of it, and `seeds/<slug>.yaml`, the facts about a seed
 * that a maintainer supplies.
 */
import { z } from 'zod';
import { articleFacts, derivedRecord, HASH, isoDate, paragraphId, slug, webUrl } from './shared.ts';

/** A paragraph of a source article, verbatim. */
export const sourceParagraph = z.strictObject({
  id: paragraphId.describe('Stable id, `p1` … in document order.'),
  hash: z.string().regex(HASH).describe("Hash of the paragraph's text; entries record it to notice when the source changes."),
  text: z.string().min(1).describe('The paragraph exactly as the article has it.'),
  body: z
    .string()
    .min(1)
    .optional()
    .describe(
      'The paragraph as the source page shows it: the beginning of its text, without the link texts split off its end as further reading. Written by derive only for a paragraph they were split from.',
    ),
});

/** A link the original article pointed to, known only by its label unless the metadata gives a URL. */
export const furtherReadingItem = z.strictObject({
  label: z.string().min(1).describe('The link text as it appeared in the article.'),
  paragraph: paragraphId.describe('The paragraph the link text was split from.'),
  url: webUrl.optional().describe("Given by a maintainer in the seed's metadata; never guessed."),
});

/** When and why a source stopped being a live article. */
export const retirement = z.strictObject({
  date: isoDate.describe('The day derive retired it.'),
  replacedBy: slug.optional().describe('The source of the newer version that replaced it, when there is one.'),
});

/** `content/sources/<slug>.yaml`: a parsed source article. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).describe("The article's own headline."),
  ...articleFacts,
  story: slug
    .optional()
    .describe(
      "The story (content/stories/<slug>.md) this article belongs to, as derive decided it; set `story:` in the seed's metadata to move it.",
    ),
  follows: z
    .literal(true)
    .optional()
    .describe(
      "Set by derive on an article that joined a story as a follow-up: its sections go to the story's questions they are most alike, not to the ones whose keywords were written for the story's first article.",
    ),
  retired: retirement
    .optional()
    .describe(
      "Set by derive when the article was replaced by a newer version (or its seed deleted while something still cites it): the source stays so citations keep their evidence, but it is no story's live article, and its page says so.",
    ),
  lead: z.array(paragraphId).describe('Paragraphs shown as the lead on the home page.'),
  sections: z
    .array(
      z.strictObject({
        heading: z.string().nullable().describe('Heading as written; null for text before the first heading.'),
        theme: slug.nullable().describe('Theme slug, or null for the lead.'),
        paragraphs: z.array(paragraphId).min(1).describe("Ids of the section's paragraphs."),
      }),
    )
    .describe("The article's sections in order, with the theme each was assigned to."),
  paragraphs: z.array(sourceParagraph).min(1).describe('Every paragraph of the article.'),
  furtherReading: z.array(furtherReadingItem).default([]).describe("Link texts split off the article's paragraphs."),
  superseded: z
    .array(sourceParagraph)
    .default([])
    .describe('Earlier texts of paragraphs that changed, kept while an entry still cites them, so `check` can show what changed.'),
  derived: derivedRecord.optional().describe('Set by derive.'),
});

/**
 * What the content store holds of a source for the site's pages: everything
 * but the bookkeeping derive and check keep (derive records, paragraph
 * hashes, superseded texts) and its paragraph texts, which the render cache
 * holds (src/lib/render/markdown/render-cache.ts); a paragraph's shown body, where
 * further reading was split off it, stays. Astro serialises its store into
 * the build, so it carries only what queries need. `forSite` (schema.ts)
 * makes it.
 */
export const siteSourceSchema = sourceSchema.omit({ derived: true, superseded: true }).extend({
  paragraphs: z.array(sourceParagraph.pick({ id: true, body: true })).min(1),
});

/** `seeds/<slug>.yaml`: optional facts about a seed that a maintainer supplies. */
export const seedMetaSchema = z.strictObject({
  ...articleFacts,
  lead: z.string().min(1).optional().describe('Heading of the section to use as the lead, instead of the first one.'),
  story: slug
    .optional()
    .describe(
      'The story this article belongs to (content/stories/<slug>.md): a follow-up joins it. A slug no story has yet starts a new story of that name. Without it, derive files the article under the story it fits, or proposes a new one.',
    ),
  replaces: slug
    .optional()
    .describe(
      "Slug of the source this article is a newer version of: it takes over that source's entries, and the old source is retired. A seed with the same `url` as a source is its newer version without this.",
    ),
  themes: z.record(z.string(), slug).default({}).describe('Heading → theme slug, overriding keyword assignment.'),
  links: z.record(z.string(), webUrl).default({}).describe('Further-reading label → URL; labels without one stay unlinked.'),
});

export type Source = z.output<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;
export type SeedMeta = z.output<typeof seedMetaSchema>;
