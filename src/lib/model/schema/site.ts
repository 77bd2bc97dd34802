/** `content/site.yaml`, the settings for the whole site, and the languages it names. */
import { z } from 'zod';
import { slug, webUrl } from './shared.ts';

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

/** Where a reader writes to the newsroom: an email address (the site makes the `mailto:` link) or the address of a web form. */
const email = z.email();
const contact = z.string().superRefine((value, ctx) => {
  if (email.safeParse(value).success || webUrl.safeParse(value).success) return;
  ctx.addIssue({ code: 'custom', message: `expected an email address or an http(s) URL, found ${JSON.stringify(value)}` });
});

/** `content/site.yaml`, optional: settings for the whole site. */
export const siteSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe(
      "Short name in the header and page titles; without it, the headline of the site's story (of a site of several, the first on the front page). Set it on a site of several stories, so that adding a story changes no page of another: `check` asks for it there (a warning, refused under CI outside a pull-request preview).",
    ),
  lead: slug
    .optional()
    .describe(
      'Slug of a source whose story comes first on the front page of a site of several stories, before the order the stories give. Without it, stories with an `order` come first, then the rest, newest first.',
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
  contact: contact
    .optional()
    .describe(
      'Where readers report an error: an email address (each entry and question page then has a "Report an error" link that opens a message naming the page) or the http(s) address of a form. Shown in the footer and on the About page. Without it, no page offers to report an error.',
    ),
  correctionsPolicy: webUrl
    .optional()
    .describe(
      "The http(s) address of the newsroom's corrections policy: linked from the footer and the About page, and given to search engines as each article's correctionsPolicy.",
    ),
  publishingPrinciples: webUrl
    .optional()
    .describe(
      "The http(s) address of the newsroom's publishing principles (ethics, standards): linked from the footer and the About page, and given to search engines as each article's publishingPrinciples.",
    ),
  funding: z
    .string()
    .min(1)
    .max(300)
    .optional()
    .describe(
      'Who funds the site, in a sentence readers can check, e.g. "Funded by readers and the Example Foundation." Shown in the footer and on the About page.',
    ),
});

export type SiteSettings = z.output<typeof siteSchema>;
export type Language = z.output<typeof languageSchema>;
