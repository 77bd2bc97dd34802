/**
 * The text a translation translates, as one plain document per translated
 * file: the fields a reader sees, one per line, then the body. Its digest is
 * what a translation records under `translates`, so a change to any of these
 * words (and to nothing else: not an entry's order, date or citations) makes
 * the translation stale; and two versions of it can be compared word by word
 * to show what changed.
 */
import { contentHash } from '../model/hash.ts';
import type { Entry, Theme, SiteSettings, Story, Term } from '../model/schema.ts';
import { CATALOGUE_KEYS, ENGLISH_CATALOGUE } from './interface-catalogue.ts';

const document = (fields: readonly [string, string | undefined][], body = ''): string =>
  [
    ...fields.flatMap(([name, value]) => (value === undefined ? [] : [`${name}: ${value}`])),
    ...(body.trim() ? ['', body.trim()] : []),
  ].join('\n') + '\n';

export function entryText(entry: { data: Pick<Entry, 'title' | 'summary' | 'corrections'>; body: string }): string {
  const { title, summary, corrections } = entry.data;
  return document(
    [
      ['title', title],
      ['summary', summary],
      ...corrections.flatMap((c, i): [string, string][] => [
        [`corrections[${i}].wrong`, c.wrong],
        [`corrections[${i}].right`, c.right],
      ]),
    ],
    entry.body,
  );
}

export function themeText(theme: { data: Pick<Theme, 'title' | 'question' | 'summary'>; body: string }): string {
  const { title, question, summary } = theme.data;
  return document(
    [
      ['title', title],
      ['question', question],
      ['summary', summary],
    ],
    theme.body,
  );
}

/** A key term: the term, what an acronym stands for, and its definition (the body). */
export function termText(term: { data: Pick<Term, 'term' | 'expansion'>; body: string }): string {
  return document(
    [
      ['term', term.data.term],
      ['expansion', term.data.expansion],
    ],
    term.body,
  );
}

/** The site's own words: its name. */
export function homeText(settings: Pick<SiteSettings, 'name'>): string {
  return document([['name', settings.name]]);
}

/** A story's home page words: its headline, standfirst and what is not known, the lead paragraphs it quotes, and its introduction. */
export function storyText(
  story: { data: Pick<Story, 'headline' | 'standfirst' | 'notKnown'>; body: string },
  lead: readonly string[],
): string {
  const { headline, standfirst, notKnown } = story.data;
  return document(
    [
      ['headline', headline],
      ['standfirst', standfirst],
      ...notKnown.map((text, i): [string, string] => [`notKnown[${i}]`, text]),
      ...lead.map((text, i): [string, string] => [`lead[${i}]`, text]),
    ],
    story.body,
  );
}

/** The interface catalogue, a line per key in the catalogue's order. */
export function interfaceText(messages: Readonly<Record<string, string>> = ENGLISH_CATALOGUE): string {
  return document(CATALOGUE_KEYS.map((key): [string, string | undefined] => [key, messages[key]]));
}

export const textDigest = (text: string): string => contentHash(text);
