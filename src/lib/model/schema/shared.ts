/**
 * Pieces more than one collection's schema is made of: slugs, paragraph ids,
 * hashes, dates and web links, derive's record, citations, the kinds of
 * statement, and what is known about a source article besides its text.
 */
import { z } from 'zod';

/** Slugs name files and URLs: lowercase letters, digits and single hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of a-z, 0-9 and hyphens');

/** Paragraph ids are `p` plus the paragraph's position in its article. */
export const paragraphId = z.string().regex(/^p[1-9][0-9]*$/, 'a paragraph id like p3');

export const HASH = /^[0-9a-f]{16}$/;

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
export const webUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });

/** What a derived file was made from, so derive can tell an edited file from an untouched one. */
export const derivedRecord = z.strictObject({
  from: z.string().min(1).describe('The seed file, relative to the project root.'),
  seed: z.string().regex(HASH).describe('Hash of the normalised seed text when this file was written.'),
  digest: z.string().regex(HASH).describe("Hash of this file's content as derive wrote it; a different hash now means a person edited it."),
  section: slug
    .optional()
    .describe(
      "For an entry: the section of the seed it was derived from (the section heading's slug when it was first derived). With the source, this is the entry's identity: derive finds the entry by it wherever the file is moved or renamed.",
    ),
  assigned: slug
    .optional()
    .describe(
      "For an entry: the theme derive's assignment gave its section when this file was written. An entry in another theme's folder was put there by an editor, and derive leaves it there; one in this theme's folder follows the assignment when it changes.",
    ),
});

/** Paragraphs of one source that a piece of the editors' writing rests on. */
export const citation = z.strictObject({
  source: slug.describe('Slug of the source article.'),
  paragraphs: z.array(paragraphId).min(1).describe('Ids of the paragraphs of that source it rests on.'),
});

/**
 * What kind of statement an entry makes, shown to readers as a label. Derive
 * writes `quote` (its bodies are the source's own words); an editor who
 * rewrites a body in their own words chooses one of the others. `check`
 * holds the kind to the body where that can be decided: a `quote` must be
 * the source's words as written, and the source's words as written must be
 * a `quote`.
 */
export const entryKind = z.enum([
  /** The source's own words, unchanged: shown as a quotation. */
  'quote',
  /** The editors' summary of facts the source reports. */
  'reporting',
  /** The editors' summary of the source's own interpretation, prediction or evaluation. */
  'analysis',
  /** Background added by the site's editors. */
  'context',
]);

/**
 * What is known about a source article besides its text. A maintainer gives
 * these in the seed's metadata file; derive copies them into the source.
 * The site shows what is given and never fills in what is not.
 */
export const articleFacts = {
  publisher: z.string().min(1).optional().describe('Who published it.'),
  author: z.string().min(1).optional().describe('Who wrote it.'),
  published: isoDate.optional().describe('When it was published.'),
  url: webUrl.optional().describe('Where the original can be read.'),
  licence: z.string().min(1).optional().describe('Terms under which it is reproduced.'),
  retrieved: isoDate.optional().describe('When the text was copied into `seeds/`.'),
};

/**
 * Whether readers see an item: an entry, key term or timeline item an editor
 * marked `status: rejected` stays on disk (so derive does not write it
 * again) and never reaches a page.
 */
export const isShown = (data: object): boolean => !('status' in data && data.status === 'rejected');

export type EntryKind = z.output<typeof entryKind>;
export type Citation = z.output<typeof citation>;
export type DerivedRecord = z.output<typeof derivedRecord>;
