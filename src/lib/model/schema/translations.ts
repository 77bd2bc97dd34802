/**
 * `content/translations/<lang>/…`: translations of entries, themes, stories,
 * key terms, the site's name and the interface, each with who made it and the digest of the text
 * it translates, and what the pages read of one.
 */
import { z } from 'zod';
import { HASH, isoDate } from './shared.ts';

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
          date: isoDate
            .optional()
            .describe(
              'The date of the correction this translates, as the English entry gives it. Optional: the site shows the English date; when given, `check` holds it to that date, so a translation cannot sit beside the wrong correction.',
            ),
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

/**
 * `content/translations/<lang>/terms/<slug>.md`: a key term, translated; the body translates its definition.
 * A definition quoted from the source (`kind: quote`) keeps the source's words on the page, and this
 * translation is shown beside them, under its own label.
 */
export const termTranslationSchema = z
  .strictObject({
    ...translationFields,
    term: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The term as readers of the edition meet it (deportation: deportación). Leave it out where it stays as it is, a name or an acronym such as ICE: the page then shows the original, marked as its language.',
      ),
    expansion: z
      .string()
      .min(1)
      .optional()
      .describe(
        'What the acronym stands for, translated, where that is words rather than a name; only for a term with an expansion. Leave it out to keep the original (a name, such as American Civil Liberties Union), shown marked as its language.',
      ),
  })
  .superRefine(reviewRule);

/**
 * `content/translations/<lang>/site.yaml`: the site's own words, translated: its name. A story's
 * headline and lead are translated in `stories/<slug>.md` beside it; `title` and `lead` here are the
 * form the file had when a site had one lead story, still read so such a file loads, and shown by
 * nothing (`check` says where they belong now).
 */
export const homeTranslationSchema = z
  .strictObject({
    ...translationFields,
    name: z.string().min(1).max(60).optional().describe('The site’s short name (`name` in content/site.yaml), translated.'),
    title: z
      .string()
      .min(1)
      .optional()
      .describe('Older form, no longer shown: a story’s headline is translated in content/translations/<lang>/stories/<slug>.md.'),
    lead: z
      .array(z.string().min(1))
      .default([])
      .describe('Older form, no longer shown: a story’s lead is translated in content/translations/<lang>/stories/<slug>.md.'),
  })
  .superRefine(reviewRule);

/** `content/translations/<lang>/stories/<slug>.md`: a story's home page words, translated; the body translates its introduction. */
export const storyTranslationSchema = z
  .strictObject({
    ...translationFields,
    headline: z.string().min(1).describe('The story’s headline, translated.'),
    standfirst: z.string().min(1).optional().describe('The editors’ standfirst, translated.'),
    notKnown: z.array(z.string().min(1)).default([]).describe('What is not known, translated, in the same order.'),
    lead: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'The lead paragraphs the story’s home page quotes, translated, in order; shown beside the original, marked as a translation, and only while the page quotes the text they were made from.',
      ),
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
  of: z.enum(['entry', 'theme', 'story', 'term', 'home', 'interface']).describe('What it translates.'),
  target: z
    .string()
    .describe('The id of what it translates: `<theme>/<slug>` for an entry, the slug for a theme, a story or a key term, empty otherwise.'),
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
  title: z.string().optional().describe('The title (entry, theme).'),
  headline: z.string().optional().describe('Story: the headline.'),
  standfirst: z.string().optional().describe('Story: the standfirst.'),
  notKnown: z.array(z.string()).optional().describe('Story: what is not known.'),
  question: z.string().optional().describe('Theme: the question.'),
  term: z.string().optional().describe('Key term: the term, where the edition words it otherwise.'),
  expansion: z.string().optional().describe('Key term: what the acronym stands for, where it is translated.'),
  summary: z.string().optional().describe('Entry or theme: the summary.'),
  lead: z.array(z.string()).optional().describe('Story: the lead paragraphs.'),
  corrections: z
    .array(z.strictObject({ date: z.string().optional(), wrong: z.string(), right: z.string() }))
    .optional()
    .describe('Entry: corrections.'),
  strings: z.record(z.string(), z.string()).optional().describe('Interface: the strings.'),
});

export type TranslationStatus = z.output<typeof translationStatus>;
export type EntryTranslation = z.output<typeof entryTranslationSchema>;
export type ThemeTranslation = z.output<typeof themeTranslationSchema>;
export type HomeTranslation = z.output<typeof homeTranslationSchema>;
export type StoryTranslation = z.output<typeof storyTranslationSchema>;
export type TermTranslation = z.output<typeof termTranslationSchema>;
export type InterfaceTranslation = z.output<typeof interfaceTranslationSchema>;
export type SiteTranslation = z.output<typeof siteTranslationSchema>;
