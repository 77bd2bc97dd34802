/**
 * `content/terms/<slug>.md` and `content/timelines/<source>/<slug>.md`: key
 * terms and dated events, proposed by derive and confirmed by editors, each
 * citing the paragraphs it rests on, and what the pages read of them.
 */
import { z } from 'zod';
import { derivedRecord, entryKind, HASH, paragraphId, slug, type EntryKind } from './shared.ts';

/**
 * A date as precise as its source gives it: a day (`2019-06-14`), a month
 * (`2019-06`) or a year (`2019`). YAML may hand over a date or a number for
 * the first and last; all become text. It must be a real day or month, and
 * may lie in the future (a source may say when something will happen).
 */
export const partialDate = z.union([z.date(), z.string(), z.number()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  const [year, month = '01', day = '01'] = match ? [match[1]!, match[2], match[3]] : [];
  const real = year !== undefined && new Date(Date.UTC(+year, +month - 1, +day)).toISOString().slice(0, 10) === `${year}-${month}-${day}`;
  if (!real) {
    ctx.addIssue({ code: 'custom', message: `expected a real date as YYYY-MM-DD, YYYY-MM or YYYY, found ${JSON.stringify(text)}` });
    return z.NEVER;
  }
  return text;
});

/**
 * What derive proposed and what an editor decided, for key terms and
 * timeline items: `proposed` (a draft, shown only with a draft notice and
 * refused by `check` under CI=true outside a pull-request preview),
 * `rejected` (kept so derive does not propose it again, never shown), or no
 * status at all once an editor confirms it.
 */
const proposalStatus = z
  .enum(['proposed', 'rejected'])
  .optional()
  .describe(
    'Set by derive: proposed (a draft an editor has not confirmed). Delete the line to confirm it; write rejected to keep it off the site without derive proposing it again.',
  );

/**
 * Why derive proposed a draft, for the editor deciding on it; readers never
 * see it, and an editor may delete it.
 */
const proposalReason = z
  .string()
  .min(1)
  .optional()
  .describe(
    "Set by derive on a draft: why it was proposed (where the article defines, uses or dates it) and how it ranked among the article's candidates of its kind. Never shown to readers; delete it at will.",
  );

/** Where a key term or timeline item comes from in the source, checked like an entry's citations. */
const sourceEvidence = {
  source: slug
    .optional()
    .describe(
      "Slug of the source article it rests on; required when paragraphs are named. It belongs to that article's story: on a site of several stories, that story's key terms page or timeline lists it. Without a source it belongs to no story and is listed only on the site-wide page, after every story's.",
    ),
  paragraphs: z.array(paragraphId).default([]).describe('Ids of the paragraphs of that source it rests on.'),
  cited: z
    .record(paragraphId, z.string().regex(HASH))
    .default({})
    .describe(
      'Hash of each cited paragraph when it was written or last confirmed against it; `check` flags a paragraph that changed since.',
    ),
  derived: derivedRecord.optional().describe('Set by derive; absent on files written by hand.'),
};

/** A source named with no paragraph, or paragraphs with no source, cannot be checked. */
function evidenceIssues(data: { source?: string | undefined; paragraphs: string[]; kind: EntryKind }, ctx: z.RefinementCtx): void {
  if (data.paragraphs.length > 0 && data.source === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['paragraphs'],
      message: 'expected a source (the slug of the article these paragraphs belong to) beside them, found none',
    });
  if (data.kind === 'quote' && data.paragraphs.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: 'expected at least one paragraph id under paragraphs for a quote, found none: a quotation names the paragraph it comes from',
    });
}

/**
 * `content/terms/<slug>.md`: a key term. The body is its definition: the
 * source's sentence as written (`kind: quote`, shown as a quotation) or the
 * editors' words (shown under their label). Derive proposes acronyms the
 * article defines or uses; editors confirm them and add their own.
 */
const termFields = z.strictObject({
  term: z.string().min(1).describe('The word, phrase or acronym as readers meet it in the text; its first use on a page is marked.'),
  expansion: z.string().min(1).optional().describe('What an acronym stands for, shown beside it and as its <abbr> title.'),
  kind: entryKind.describe(
    "Who wrote the definition (the body): quote (the source's sentence, unchanged; what derive writes for a defined acronym), or, once an editor writes it in their own words, reporting, analysis or context, as for entries.",
  ),
  status: proposalStatus,
  why: proposalReason,
  ...sourceEvidence,
  story: slug
    .optional()
    .describe(
      "Slug of the story (content/stories/<slug>.md) a term resting on no source belongs to, on a site of several stories: that story's key terms page lists it. A term with a source belongs to its source's story and needs none.",
    ),
});

export const termSchema = termFields.superRefine(evidenceIssues);

/**
 * `content/timelines/<source>/<slug>.md`: one dated event. The body is its
 * text: the source's sentence as written (`kind: quote`) or an editor's
 * shorter wording. Derive proposes one per sentence and absolute date.
 */
const timelineFields = z.strictObject({
  date: partialDate.describe('When it happened, as precisely as the source says: YYYY-MM-DD, YYYY-MM or YYYY.'),
  kind: entryKind.describe(
    "Who wrote the text (the body): quote (the source's sentence, unchanged; what derive writes), or, once an editor rewords it, reporting, analysis or context, as for entries.",
  ),
  status: proposalStatus,
  why: proposalReason,
  ...sourceEvidence,
});

export const timelineItemSchema = timelineFields.superRefine(evidenceIssues);

/** What the pages read of a term or timeline item: no bookkeeping, and whether it is still a draft. */
export const siteTermSchema = termFields.omit({ status: true, why: true, cited: true, derived: true }).extend({
  draft: z.boolean().describe('Derive proposed it and no editor has confirmed it yet.'),
});
export const siteTimelineItemSchema = timelineFields.omit({ status: true, why: true, cited: true, derived: true }).extend({
  draft: z.boolean().describe('Derive proposed it and no editor has confirmed it yet.'),
});

export function proposalForSite<
  T extends { status?: 'proposed' | 'rejected' | undefined; why?: unknown; cited: unknown; derived?: unknown },
>(data: T): Omit<T, 'status' | 'why' | 'cited' | 'derived'> & { draft: boolean } {
  const { status, why, cited, derived, ...rest } = data;
  return { ...rest, draft: status === 'proposed' };
}

export type Term = z.output<typeof termSchema>;
export type TimelineItem = z.output<typeof timelineItemSchema>;
export type TermInput = z.input<typeof termSchema>;
export type TimelineItemInput = z.input<typeof timelineItemSchema>;
