/**
 * The one content model. Astro's collections (src/content.config.ts), `check`
 * and `derive` all validate with these schemas, so a file that passes one
 * passes all three.
 */
import { z } from 'zod';

/** Slugs name files and URLs: lowercase letters, digits and single hyphens. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of a-z, 0-9 and hyphens');

/** Paragraph ids are `p` plus the paragraph's position in its article. */
const paragraphId = z.string().regex(/^p[1-9][0-9]*$/, 'a paragraph id like p3');

const HASH = /^[0-9a-f]{16}$/;

/** YAML may hand us a Date or a string; both become `YYYY-MM-DD`, and it must be a real day, not in the future. */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : undefined;
  if (!day || day.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `expected a real date as YYYY-MM-DD, found ${JSON.stringify(text)}` });
    return z.NEVER;
  }
  if (text > new Date().toISOString().slice(0, 10)) {
    ctx.addIssue({ code: 'custom', message: `expected a date no later than today, found ${text}` });
    return z.NEVER;
  }
  return text;
});

/** Only web links: no `javascript:`, `data:` or relative surprises. */
const webUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

/** What a derived file was made from, so derive can tell an edited file from an untouched one. */
export const derivedRecord = z.strictObject({
  /** The seed file, relative to the project root. */
  from: z.string().min(1),
  /** Hash of the normalised seed text when this file was written. */
  seed: z.string().regex(HASH),
  /** Hash of this file's content as derive wrote it; a different hash now means a person edited it. */
  digest: z.string().regex(HASH),
});

/** `content/themes/<slug>.md`: one section of the site. The body is the theme's introduction. */
export const themeSchema = z.strictObject({
  /** Short name, used in navigation and labels. */
  title: z.string().min(1),
  /** The reader's question this theme answers; the theme page's heading. */
  question: z.string().min(1).regex(/\?$/, 'a question ending in "?"'),
  /** One-line answer to the question, shown on the home page. */
  summary: z.string().min(1),
  /** Position in the site, from 1; unique across themes. */
  order: z.number().int().positive(),
  /** Words and phrases an editor would use for this theme; derive scores sections against them. */
  keywords: z.array(z.string().min(1)).min(1),
});

/** A paragraph of a source article, verbatim. */
export const sourceParagraph = z.strictObject({
  /** Stable id, `p1` … in document order. */
  id: paragraphId,
  /** Hash of the paragraph's text; entries record it to notice when the source changes. */
  hash: z.string().regex(HASH),
  /** The paragraph exactly as the article has it. */
  text: z.string().min(1),
});

/** A link the original article pointed to, known only by its label unless the metadata gives a URL. */
export const furtherReadingItem = z.strictObject({
  /** The link text as it appeared in the article. */
  label: z.string().min(1),
  /** The paragraph the link text was split from. */
  paragraph: paragraphId,
  /** Given by a maintainer in the seed's metadata; never guessed. */
  url: webUrl.optional(),
});

/**
 * What is known about a source article besides its text. A maintainer gives
 * these in the seed's metadata file; derive copies them into the source.
 * The site shows what is given and never fills in what is not.
 */
const articleFacts = {
  /** Who published it. */
  publisher: z.string().min(1).optional(),
  /** Who wrote it. */
  author: z.string().min(1).optional(),
  /** When it was published. */
  published: isoDate.optional(),
  /** Where the original can be read. */
  url: webUrl.optional(),
  /** Terms under which it is reproduced. */
  licence: z.string().min(1).optional(),
  /** When the text was copied into `seeds/`. */
  retrieved: isoDate.optional(),
};

/** `content/sources/<slug>.yaml`: a parsed source article. */
export const sourceSchema = z.strictObject({
  /** The article's own headline. */
  title: z.string().min(1),
  ...articleFacts,
  /** Paragraphs shown as the lead on the home page. */
  lead: z.array(paragraphId),
  /** The article's sections in order, with the theme each was assigned to. */
  sections: z.array(
    z.strictObject({
      /** Heading as written; null for text before the first heading. */
      heading: z.string().nullable(),
      /** Theme slug, or null for the lead. */
      theme: slug.nullable(),
      /** Ids of the section's paragraphs. */
      paragraphs: z.array(paragraphId).min(1),
    }),
  ),
  /** Every paragraph of the article. */
  paragraphs: z.array(sourceParagraph).min(1),
  /** Link texts split off the article's paragraphs. */
  furtherReading: z.array(furtherReadingItem).default([]),
  /** Earlier texts of paragraphs that changed, kept while an entry still cites them, so `check` can show what changed. */
  superseded: z.array(sourceParagraph).default([]),
  /** Set by derive. */
  derived: derivedRecord.optional(),
});

/** What kind of statement an entry makes, shown to readers as a label. */
export const entryKind = z.enum([
  /** Facts the source reports. */
  'reporting',
  /** The source's own interpretation, prediction or evaluation. */
  'analysis',
  /** Background added by the site's editors. */
  'context',
]);

/** A dated correction, worded as newsrooms do: what was wrong and what is right. */
export const correction = z.strictObject({
  /** When the correction was made. */
  date: isoDate,
  /** What the entry said that was wrong. */
  wrong: z.string().min(1),
  /** What is correct. */
  right: z.string().min(1),
});

const entryFields = z.strictObject({
  /** Heading of the entry. */
  title: z.string().min(1),
  /** Slug of the theme this entry belongs to; must match its folder. */
  theme: slug,
  /** Slug of the source article it draws on. */
  source: slug,
  /** Ids of the source paragraphs it draws on; a context entry may cite `reading` instead. */
  paragraphs: z.array(paragraphId),
  /** URLs of the source's further-reading items it draws on (for context added by editors). */
  reading: z.array(webUrl).default([]),
  /** Position within the theme, from 1; unique within the theme. */
  order: z.number().int().positive(),
  /** One sentence saying what the entry tells the reader. */
  summary: z.string().min(1),
  /** Reporting, analysis or editors' context. */
  kind: entryKind,
  /** Last time the entry's substance changed. */
  updated: isoDate,
  /** Corrections, oldest first. */
  corrections: z.array(correction).default([]),
  /** Hash of each cited paragraph when the entry was written or last confirmed against it. */
  cited: z.record(paragraphId, z.string().regex(HASH)).default({}),
  /** Set by derive; absent on entries written by hand. */
  derived: derivedRecord.optional(),
});

/** `content/entries/<theme>/<slug>.md`: one statement-sized piece of the explainer. */
export const entrySchema = entryFields.superRefine((entry, ctx) => {
  if (entry.paragraphs.length > 0 || (entry.kind === 'context' && entry.reading.length > 0)) return;
  ctx.addIssue({
    code: 'custom',
    path: ['paragraphs'],
    message:
      entry.kind === 'context'
        ? 'expected at least one paragraph id, or a further-reading URL under reading, found neither: every entry names its evidence'
        : 'expected at least one paragraph id, found none: every entry names its evidence',
  });
});

/**
 * What the content store holds of a source and of an entry for the site's
 * pages: everything but the bookkeeping derive and check keep (derive
 * records, paragraph hashes, superseded texts, cited hashes) and, for a
 * source, its paragraph texts, which the render cache holds
 * (src/lib/render/render-cache.ts). Astro serialises its store into the build, so
 * it carries only what queries need. `forSite` makes it.
 */
export const siteSourceSchema = sourceSchema.omit({ derived: true, superseded: true }).extend({
  paragraphs: z.array(sourceParagraph.pick({ id: true })).min(1),
});
export const siteEntrySchema = entryFields.omit({ cited: true, derived: true });

export function forSite(data: Source): z.output<typeof siteSourceSchema>;
export function forSite(data: Entry): z.output<typeof siteEntrySchema>;
export function forSite(data: Source | Entry): z.output<typeof siteSourceSchema> | z.output<typeof siteEntrySchema>;
export function forSite(data: Source | Entry): z.output<typeof siteSourceSchema> | z.output<typeof siteEntrySchema> {
  if ('paragraphs' in data && 'lead' in data) {
    const { derived, superseded, paragraphs, ...rest } = data;
    return { ...rest, paragraphs: paragraphs.map(({ id }) => ({ id })) };
  }
  const { cited, derived, ...rest } = data;
  return rest;
}

/** `content/site.yaml`, optional: settings for the whole site. */
export const siteSchema = z.strictObject({
  /** Short name in the header and page titles; without it, the first source's headline is used. */
  name: z.string().min(1).max(60).optional(),
});

/** `seeds/<slug>.yaml`: optional facts about a seed that a maintainer supplies. */
export const seedMetaSchema = z.strictObject({
  ...articleFacts,
  /** Heading of the section to use as the lead, instead of the first one. */
  lead: z.string().min(1).optional(),
  /** Heading → theme slug, overriding keyword assignment. */
  themes: z.record(z.string(), slug).default({}),
  /** Further-reading label → URL; labels without one stay unlinked. */
  links: z.record(z.string(), webUrl).default({}),
});

export type Theme = z.output<typeof themeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type SourceInput = z.input<typeof sourceSchema>;
export type EntryKind = z.output<typeof entryKind>;
export type SeedMeta = z.output<typeof seedMetaSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type DerivedRecord = z.output<typeof derivedRecord>;
