/**
 * What the search page makes of Pagefind's answer, kept free of the DOM so
 * it can be tested. Two things Pagefind does are not what a reader expects:
 *
 * - When no indexed word starts with a typed word, Pagefind searches for the
 *   longest indexed word the typed one starts with, so "Adams" finds every
 *   page with the article "a". Here a matched word counts only if it shares
 *   its first four letters with a typed word (all of it, if shorter); a page
 *   counts only if every typed word matched a word on it that way.
 * - Its excerpts start wherever the densest matches are, mid-heading or
 *   mid-sentence, with no sign of a cut. Here a snippet starts at the
 *   beginning of the sentence with the first match (or marks the cut with
 *   an ellipsis), never includes the result's own heading, and ends at a
 *   sentence end or an ellipsis. Sentences are the project's one splitter's
 *   (src/lib/text/sentences.ts), so "U.S." or "$7.9" is no end.
 */
import { sentencesAt } from '../lib/text/sentences.ts';

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  /** Index of the anchor's first word in the page's content. */
  location: number;
}

export interface PageData {
  url: string;
  content: string;
  /** `quoted`: the anchors whose text is the source's own words, space-separated (src/lib/publish/search-html.ts). */
  meta: { title?: string; theme?: string; story?: string; quoted?: string };
  /** Indexes of the matched words in the content. */
  locations: number[];
  anchors: Anchor[];
}

export interface Snippet {
  /** Words in order; `mark` on the matched ones. */
  words: { text: string; mark: boolean }[];
  before: boolean;
  after: boolean;
}

export interface Hit {
  title: string;
  /** Where the result is: its theme, the home page, the source. */
  place: string | undefined;
  url: string;
  snippet: Snippet;
  /** How many of the typed words it matches. */
  covered: number;
  /** Whose words the excerpt is: the source's (quoted) or the editors'. */
  whose: 'source' | 'editors';
}

const PREFIX = 4;
const BACK = 12;
const LENGTH = 30;
const STRETCH = 12;

/** Lower case, accents folded, then split into runs of letters and digits. */
const parts = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The words typed: the longest run of letters and digits in each ("ICE's" → "ice"). */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((token) => parts(token).reduce((longest, part) => (part.length > longest.length ? part : longest), ''))
    .filter(Boolean);
}

const shared = (a: string, b: string): number => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

const matchesTerm = (word: string, term: string): boolean =>
  parts(word).some((part) => shared(part, term) >= Math.min(term.length, PREFIX));

/** Whether a word Pagefind matched is one the reader could have meant by any of the typed words. */
export const isMatch = (word: string, terms: readonly string[]): boolean => terms.some((term) => matchesTerm(word, term));

/** Words as Pagefind counts them for its locations. */
const wordsOf = (content: string): string[] => content.split(/[\r\n\s]+/g);

/** The indexes of the words that end a sentence. */
function sentenceEnds(words: readonly string[]): Set<number> {
  const text = words.join(' ');
  const ends = new Set(sentencesAt(text).map((s) => s.start + s.text.length));
  const found = new Set<number>();
  let at = 0;
  words.forEach((word, i) => {
    at += word.length;
    if (ends.has(at)) found.add(i);
    at += 1;
  });
  return found;
}

/** One hit per part of the page with a match the reader meant: the page's opening, or a heading with an anchor and what follows it. */
export function hitsOf(page: PageData, terms: readonly string[]): Hit[] {
  const words = wordsOf(page.content);
  const ends = sentenceEnds(words);
  const located = page.locations.filter((at) => words[at] !== undefined);
  if (terms.some((term) => !located.some((at) => matchesTerm(words[at]!, term)))) return [];
  const meant = new Set(located.filter((at) => isMatch(words[at]!, terms)));
  const anchors = page.anchors.filter((a) => /^h\d$/i.test(a.element) && a.text?.trim()).sort((a, b) => a.location - b.location);
  const sections = [
    { title: page.meta.title ?? page.url, url: page.url, from: 0, heading: 0 },
    ...anchors.map((a) => ({
      title: a.text!.trim(),
      url: `${page.url.split('#')[0]}#${a.id}`,
      from: a.location,
      heading: wordsOf(a.text!.trim()).length,
    })),
  ];
  const quoted = new Set(page.meta.quoted?.split(' ') ?? []);
  const hits: Hit[] = [];
  sections.forEach((section, i) => {
    const to = sections[i + 1]?.from ?? words.length;
    // The page's opening starts with its own heading when its title is that heading.
    const heading =
      i === 0 && page.meta.title && page.content.startsWith(page.meta.title) ? wordsOf(page.meta.title).length : section.heading;
    const body = Math.min(section.from + heading, to);
    const found = [...meant].filter((at) => at >= section.from && at < to).sort((a, b) => a - b);
    // A heading with nothing under it (a page's title before its first section) is no result of its own.
    if (found.length === 0 || body === to) return;
    const covered = terms.filter((term) => found.some((at) => matchesTerm(words[at]!, term))).length;
    hits.push({
      title: section.title,
      place: page.meta.story ? `${page.meta.story} · ${page.meta.theme ?? ''}` : page.meta.theme,
      url: section.url,
      snippet: snippet(words, ends, body, to, Math.max(found[0]!, body), meant),
      covered,
      whose: i > 0 && quoted.has(anchors[i - 1]!.id) ? 'source' : 'editors',
    });
  });
  return hits;
}

/** Hits that match more of the typed words first; otherwise in the order given (pages by rank, then page order). */
export const byCoverage = (hits: readonly Hit[]): Hit[] => [...hits].sort((a, b) => b.covered - a.covered);

function snippet(
  words: readonly string[],
  ends: ReadonlySet<number>,
  from: number,
  to: number,
  first: number,
  meant: ReadonlySet<number>,
): Snippet {
  const endsSentence = (at: number) => ends.has(at);
  let start = first;
  while (start > from && first - start < BACK && !endsSentence(start - 1)) start--;
  const before = start > from && !endsSentence(start - 1);
  let end = Math.min(to, start + LENGTH);
  while (end < to && end - start < LENGTH + STRETCH && !endsSentence(end - 1)) end++;
  const after = end < to && !endsSentence(end - 1);
  const shown = [];
  for (let at = start; at < end; at++) shown.push({ text: words[at]!, mark: meant.has(at) });
  return { words: shown, before, after };
}
