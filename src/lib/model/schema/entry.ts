/** `content/entries/<theme>/<slug>.md`, one entry of a theme, and what the pages read of it. */
import { z } from 'zod';
import { derivedRecord, entryKind, HASH, isoDate, paragraphId, slug, webUrl } from './shared.ts';

/** A dated correction, worded as newsrooms do: what was wrong and what is right. */
export const correction = z.strictObject({
  date: isoDate.describe('When the correction was made.'),
  wrong: z.string().min(1).describe('What the entry said that was wrong.'),
  right: z.string().min(1).describe('What is correct.'),
});

const entryFields = z.strictObject({
  title: z
    .string()
    .min(1)
    .describe(
      "Heading of the entry, in the editors' words: derive writes its section's heading in sentence case, and the page names the source's heading as written in the entry's attribution.",
    ),
  theme: slug.describe('Slug of the theme this entry belongs to; must match its folder.'),
  source: slug.describe('Slug of the source article it draws on.'),
  paragraphs: z.array(paragraphId).describe('Ids of the source paragraphs it draws on; a context entry may cite `reading` instead.'),
  reading: z.array(webUrl).default([]).describe("URLs of the source's further-reading items it draws on (for context added by editors)."),
  order: z.number().int().positive().describe('Position within the theme, from 1; unique within the theme.'),
  summary: z.string().min(1).describe('One sentence saying what the entry tells the reader.'),
  kind: entryKind.describe(
    "What kind of statement it is: quote (the body is the source's own words, unchanged; what derive writes), or, once an editor has rewritten the body in their own words, reporting (a summary of facts the source reports), analysis (a summary of the source's own interpretation, prediction or evaluation) or context (background added by the site's editors).",
  ),
  status: z
    .literal('rejected')
    .optional()
    .describe(
      "Written by an editor to leave the entry's section off the site for good: no page shows the entry, and derive, which finds it by its section, never writes that section again. Delete the line to show it again.",
    ),
  added: isoDate
    .optional()
    .describe(
      'The day the entry first appeared on the site: derive writes it when it creates the entry and never moves it (an entry it wrote before this field existed gets its `updated` date, the earliest the file records). With it the updates page tells a new entry from a revised one; without it (an entry written by hand) the row says the entry was added or revised.',
    ),
  updated: isoDate.describe("Last time the entry's substance changed."),
  corrections: z.array(correction).default([]).describe('Corrections, oldest first.'),
  cited: z
    .record(paragraphId, z.string().regex(HASH))
    .default({})
    .describe('Hash of each cited paragraph when the entry was written or last confirmed against it.'),
  derived: derivedRecord.optional().describe('Set by derive; absent on entries written by hand.'),
});

/** `content/entries/<theme>/<slug>.md`: one statement-sized piece of the explainer. */
export const entrySchema = entryFields.superRefine((entry, ctx) => {
  if (entry.added !== undefined && entry.added > entry.updated)
    ctx.addIssue({
      code: 'custom',
      path: ['added'],
      message: `expected a date no later than updated (${entry.updated}), found ${entry.added}: an entry is added before it is revised`,
    });
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

/** What the content store holds of an entry for the site's pages: everything but derive's record, the cited hashes and the status (a rejected entry never reaches the store). `forSite` (schema.ts) makes it. */
export const siteEntrySchema = entryFields.omit({ cited: true, derived: true, status: true });

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
