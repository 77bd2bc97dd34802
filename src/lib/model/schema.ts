/**
 * The one content model. Astro's collections (src/content.config.ts), `check`
 * and `derive` all validate with these schemas, so a file that passes one
 * passes all three. Every field carries its meaning as a zod description, so
 * the JSON Schemas generated for editors (`npm run schemas`) show it on hover.
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
 * `content/themes/<slug>.md`: one section of the site. The question, the
 * summary (the answer) and the body (the introduction) are the editors' own
 * words; `cites` names the source paragraphs they rest on. A theme derive
 * proposed carries `status: proposed` and may leave its question and summary
 * for the editor; once the editor writes them and deletes the status line it
 * is an ordinary theme, and both are required.
 */
const themeFields = z.strictObject({
  title: z.string().min(1).describe('Short name, used in navigation and labels.'),
  status: z
    .literal('proposed')
    .optional()
    .describe(
      'Set by derive on a theme it proposed: a draft, shown with a notice, refused by `check` under CI=true outside a pull-request preview. Write the question and summary, then delete this line.',
    ),
  question: z
    .string()
    .min(1)
    .regex(/\?$/, 'a question ending in "?"')
    .optional()
    .describe("The reader's question this theme answers; the theme page's heading. Required unless the theme is proposed."),
  summary: z
    .string()
    .min(1)
    .optional()
    .describe('One-line answer to the question, shown on the home page and under the question. Required unless the theme is proposed.'),
  cites: z
    .array(citation)
    .default([])
    .describe(
      'The source paragraphs the question, answer and introduction rest on; shown to readers beside them and checked like entries.',
    ),
  order: z.number().int().positive().describe('Position in the site, from 1; unique across themes.'),
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

/** A paragraph of a source article, verbatim. */
export const sourceParagraph = z.strictObject({
  id: paragraphId.describe('Stable id, `p1` … in document order.'),
  hash: z.string().regex(HASH).describe("Hash of the paragraph's text; entries record it to notice when the source changes."),
  text: z.string().min(1).describe('The paragraph exactly as the article has it.'),
});

/** A link the original article pointed to, known only by its label unless the metadata gives a URL. */
export const furtherReadingItem = z.strictObject({
  label: z.string().min(1).describe('The link text as it appeared in the article.'),
  paragraph: paragraphId.describe('The paragraph the link text was split from.'),
  url: webUrl.optional().describe("Given by a maintainer in the seed's metadata; never guessed."),
});

/**
 * What is known about a source article besides its text. A maintainer gives
 * these in the seed's metadata file; derive copies them into the source.
 * The site shows what is given and never fills in what is not.
 */
const articleFacts = {
  publisher: z.string().min(1).optional().describe('Who published it.'),
  author: z.string().min(1).optional().describe('Who wrote it.'),
  published: isoDate.optional().describe('When it was published.'),
  url: webUrl.optional().describe('Where the original can be read.'),
  licence: z.string().min(1).optional().describe('Terms under which it is reproduced.'),
  retrieved: isoDate.optional().describe('When the text was copied into `seeds/`.'),
};

/** `content/sources/<slug>.yaml`: a parsed source article. */
export const sourceSchema = z.strictObject({
  title: z.string().min(1).describe("The article's own headline."),
  ...articleFacts,
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

/** A dated correction, worded as newsrooms do: what was wrong and what is right. */
export const correction = z.strictObject({
  date: isoDate.describe('When the correction was made.'),
  wrong: z.string().min(1).describe('What the entry said that was wrong.'),
  right: z.string().min(1).describe('What is correct.'),
});

const entryFields = z.strictObject({
  title: z.string().min(1).describe('Heading of the entry.'),
  theme: slug.describe('Slug of the theme this entry belongs to; must match its folder.'),
  source: slug.describe('Slug of the source article it draws on.'),
  paragraphs: z.array(paragraphId).describe('Ids of the source paragraphs it draws on; a context entry may cite `reading` instead.'),
  reading: z.array(webUrl).default([]).describe("URLs of the source's further-reading items it draws on (for context added by editors)."),
  order: z.number().int().positive().describe('Position within the theme, from 1; unique within the theme.'),
  summary: z.string().min(1).describe('One sentence saying what the entry tells the reader.'),
  kind: entryKind.describe(
    "What kind of statement it is: quote (the body is the source's own words, unchanged; what derive writes), or, once an editor has rewritten the body in their own words, reporting (a summary of facts the source reports), analysis (a summary of the source's own interpretation, prediction or evaluation) or context (background added by the site's editors).",
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

/**
 * A language the site is written or translated in. The code names the
 * language in `<html lang>`, in `hreflang` and, for an edition, in its
 * addresses (`/es/`); the name is written in the language itself, as a
 * reader looking for it would; the direction sets `<html dir>`.
 */
export const languageSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/, 'a language code such as es or pt-br (lowercase)')
    .describe('BCP 47 language code in lowercase, e.g. `en`, `es`, `ar`, `pt-br`; an edition is published under `/<code>/`.'),
  name: z.string().min(1).describe('The language’s name in the language itself, e.g. `Español`; the language switcher shows it.'),
  dir: z
    .enum(['ltr', 'rtl'])
    .default('ltr')
    .describe('Writing direction: `ltr` (left to right) or `rtl` (right to left, e.g. Arabic, Urdu).'),
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a locale such as en-GB')
    .optional()
    .describe('The locale whose conventions format dates and plurals, e.g. `en-GB` for "26 November 2026"; defaults to the code.'),
});

/** The language content is written in when content/site.yaml does not say. */
export const DEFAULT_LANGUAGE: z.output<typeof languageSchema> = { code: 'en', name: 'English', dir: 'ltr', locale: 'en-GB' };

/** `content/site.yaml`, optional: settings for the whole site. */
export const siteSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe("Short name in the header and page titles; without it, the lead story's headline is used."),
  lead: slug
    .optional()
    .describe(
      'Slug of the source whose story leads the home page (its headline, lead paragraphs and credit); the other sources are listed as further stories. Without it, the most recently published source leads.',
    ),
  language: languageSchema
    .default(DEFAULT_LANGUAGE)
    .describe('The language the source articles and the content are written in; its pages are at the root of the site. Default: English.'),
  editions: z
    .array(languageSchema)
    .default([])
    .describe(
      'Languages the site is translated into, each published under `/<code>/` from the translations in `content/translations/<code>/`.',
    ),
});

/**
 * Who made a translation and how far it can be trusted, recorded the way a
 * newsroom that publishes translations records it: a person (or a machine)
 * translates, another person reviews. `translates` is the digest of the
 * English text the translation was made from, so `check` notices when that
 * text changes.
 */
export const translationStatus = z.enum([
  /** Work in progress: shown with the unreviewed notice. */
  'draft',
  /** Translated by machine and not reviewed by a person: shown with the unreviewed notice. */
  'machine',
  /** Reviewed by a person who reads both languages: shown as it is. */
  'reviewed',
]);

const translationFields = {
  translates: z
    .string()
    .regex(HASH, 'a digest of 16 hex digits')
    .describe(
      'Digest of the source-language text this translation was made from (`npm run translations -- --confirm <file>` records it). When that text changes, `check` warns that the translation is stale and readers are told.',
    ),
  status: translationStatus.describe(
    'draft (work in progress), machine (translated by machine, not reviewed) or reviewed (checked by a person who reads both languages). Only a reviewed translation is shown without a notice.',
  ),
  translator: z.string().min(1).describe('Who translated it: a person, or the team that ran a machine translation.'),
  reviewer: z.string().min(1).optional().describe('Who reviewed it; required when status is reviewed.'),
  reviewed: isoDate.optional().describe('When it was reviewed; required when status is reviewed.'),
};

/** A reviewed translation names its reviewer and the review date; no other status may claim a review. */
function reviewRule(data: { status: string; reviewer?: string | undefined; reviewed?: string | undefined }, ctx: z.RefinementCtx): void {
  if (data.status === 'reviewed') {
    const missing = (['reviewer', 'reviewed'] as const).filter((field) => data[field] === undefined);
    if (missing.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `expected ${missing.join(' and ')} (who reviewed it, and when) with status reviewed, found ${missing.length === 2 ? 'neither' : 'none'}; add ${missing.join(' and ')}, or set status: machine or draft`,
      });
    return;
  }
  for (const field of ['reviewer', 'reviewed'] as const) {
    if (data[field] !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `expected no ${field} while status is ${data.status}; set status: reviewed once a person has reviewed it`,
      });
  }
}

/** `content/translations/<lang>/entries/<theme>/<slug>.md`: an entry's title, summary, corrections and body, translated. */
export const entryTranslationSchema = z
  .strictObject({
    ...translationFields,
    title: z.string().min(1).describe('The entry’s title, translated.'),
    summary: z.string().min(1).describe('The entry’s one-sentence summary, translated.'),
    corrections: z
      .array(
        z.strictObject({
          wrong: z.string().min(1).describe('What the entry said that was wrong, translated.'),
          right: z.string().min(1).describe('What is correct, translated.'),
        }),
      )
      .default([])
      .describe('The entry’s corrections, translated, in the same order; one the translation lacks is shown in the source language.'),
  })
  .superRefine(reviewRule);

/** `content/translations/<lang>/themes/<slug>.md`: a theme's title, question, answer and introduction (the body), translated. */
export const themeTranslationSchema = z
  .strictObject({
    ...translationFields,
    title: z.string().min(1).describe('The theme’s short name, translated.'),
    // Each script its own question mark: Arabic and Urdu "؟", full-width "？" in Chinese and Japanese.
    question: z
      .string()
      .min(1)
      .regex(/[?؟？]$/, 'a question ending in a question mark ("?", "؟" or "？")')
      .describe('The reader’s question, translated.'),
    summary: z.string().min(1).describe('The one-line answer, translated.'),
  })
  .superRefine(reviewRule);

/** `content/translations/<lang>/site.yaml`: the home page's words, translated. */
export const homeTranslationSchema = z
  .strictObject({
    ...translationFields,
    name: z.string().min(1).max(60).optional().describe('The site’s short name (`name` in content/site.yaml), translated.'),
    title: z.string().min(1).describe('The lead story’s headline, the home page’s title, translated.'),
    lead: z
      .array(z.string().min(1))
      .default([])
      .describe('The lead story’s lead paragraphs, translated, in order; shown beside the original, marked as a translation.'),
  })
  .superRefine(reviewRule);

/** `content/translations/<lang>/interface.yaml`: every interface string of the site, translated. */
export const interfaceTranslationSchema = z
  .strictObject({
    ...translationFields,
    strings: z
      .record(z.string(), z.string().min(1))
      .describe(
        'Interface string key → its translation, in ICU MessageFormat with the same {placeholders} as the source language’s; every key of the source catalogue is required.',
      ),
  })
  .superRefine(reviewRule);

/**
 * What the content store holds of a translation for the pages: its fields,
 * which file it translates, its status, and whether that file changed since
 * (`stale`, with the date the source-language text last changed, if known).
 */
export const siteTranslationSchema = z.strictObject({
  language: z.string().describe('The edition’s language code.'),
  of: z.enum(['entry', 'theme', 'home', 'interface']).describe('What it translates.'),
  target: z.string().describe('The id of what it translates: `<theme>/<slug>` for an entry, the slug for a theme, empty otherwise.'),
  status: translationStatus.describe('draft, machine or reviewed.'),
  translator: z.string().describe('Who translated it.'),
  reviewer: z.string().optional().describe('Who reviewed it.'),
  reviewed: z.string().optional().describe('When it was reviewed.'),
  stale: z.boolean().describe('The source-language text changed since the translation was made.'),
  changed: z
    .string()
    .optional()
    .describe('When the source-language text last changed, where the content says (an entry’s update or correction).'),
  name: z.string().optional().describe('Home: the site name.'),
  title: z.string().optional().describe('The title (entry, theme) or headline (home).'),
  question: z.string().optional().describe('Theme: the question.'),
  summary: z.string().optional().describe('Entry or theme: the summary.'),
  lead: z.array(z.string()).optional().describe('Home: the lead paragraphs.'),
  corrections: z
    .array(z.strictObject({ wrong: z.string(), right: z.string() }))
    .optional()
    .describe('Entry: corrections.'),
  strings: z.record(z.string(), z.string()).optional().describe('Interface: the strings.'),
});

/** `seeds/<slug>.yaml`: optional facts about a seed that a maintainer supplies. */
export const seedMetaSchema = z.strictObject({
  ...articleFacts,
  lead: z.string().min(1).optional().describe('Heading of the section to use as the lead, instead of the first one.'),
  themes: z.record(z.string(), slug).default({}).describe('Heading → theme slug, overriding keyword assignment.'),
  links: z.record(z.string(), webUrl).default({}).describe('Further-reading label → URL; labels without one stay unlinked.'),
});

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

/** Where a key term or timeline item comes from in the source, checked like an entry's citations. */
const sourceEvidence = {
  source: slug.optional().describe('Slug of the source article it rests on; required when paragraphs are named.'),
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
  ...sourceEvidence,
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
  ...sourceEvidence,
});

export const timelineItemSchema = timelineFields.superRefine(evidenceIssues);

/** What the pages read of a term or timeline item: no bookkeeping, and whether it is still a draft. */
export const siteTermSchema = termFields.omit({ status: true, cited: true, derived: true }).extend({
  draft: z.boolean().describe('Derive proposed it and no editor has confirmed it yet.'),
});
export const siteTimelineItemSchema = timelineFields.omit({ status: true, cited: true, derived: true }).extend({
  draft: z.boolean().describe('Derive proposed it and no editor has confirmed it yet.'),
});

export function proposalForSite<T extends { status?: 'proposed' | 'rejected' | undefined; cited: unknown; derived?: unknown }>(
  data: T,
): Omit<T, 'status' | 'cited' | 'derived'> & { draft: boolean } {
  const { status, cited, derived, ...rest } = data;
  return { ...rest, draft: status === 'proposed' };
}

export type Theme = z.output<typeof themeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type SourceInput = z.input<typeof sourceSchema>;
export type EntryKind = z.output<typeof entryKind>;
export type Citation = z.output<typeof citation>;
export type SeedMeta = z.output<typeof seedMetaSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type DerivedRecord = z.output<typeof derivedRecord>;
export type Language = z.output<typeof languageSchema>;
export type TranslationStatus = z.output<typeof translationStatus>;
export type EntryTranslation = z.output<typeof entryTranslationSchema>;
export type ThemeTranslation = z.output<typeof themeTranslationSchema>;
export type HomeTranslation = z.output<typeof homeTranslationSchema>;
export type InterfaceTranslation = z.output<typeof interfaceTranslationSchema>;
export type SiteTranslation = z.output<typeof siteTranslationSchema>;
export type Term = z.output<typeof termSchema>;
export type TimelineItem = z.output<typeof timelineItemSchema>;
export type TermInput = z.input<typeof termSchema>;
export type TimelineItemInput = z.input<typeof timelineItemSchema>;
