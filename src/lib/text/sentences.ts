/**
 * The one sentence splitter: summaries, the home page's lead, quotation
 * hints, key terms, the timeline and search snippets all cut text here.
 *
 * `Intl.Segmenter` (Unicode's sentence rules, UAX #29, from ICU) does the
 * splitting, in English or Spanish; it already keeps decimals, money and an
 * abbreviation followed by a small letter whole ("$7.9 billion", "the U.S.
 * include"). What it cannot know is which full stops end abbreviations that
 * a capital, a digit or a section sign follows, the shape of government
 * prose: "Pub. L. No. 117-169", "8 U.S.C. § 1225", "Brown v. Board", "John
 * F. Kennedy", "Dr. Ruiz", "Mar. 17", "EE. UU.", a numbered list inside a
 * sentence ("should: 1. Test …; 2. Have …"). A second step joins such a cut
 * back together (`continues`). An abbreviation that may also end a
 * sentence ("D.C.", "Inc.", "a.m.") keeps the cut when the next words read
 * as a new sentence (a function word, or a capitalised word then a small
 * one: "Visitors should …"); after a country's ("U.S.", "EE. UU."), which
 * stands before a name as often ("the U.S. Treasury paid"), only a function
 * word there or next ("Find your …") keeps it. The choice against the
 * libraries that do the same is measured in docs/architecture.md.
 */

/** A BCP 47 language code; English and Spanish know their abbreviations, others get Unicode's rules and the English ones. */
export type SentenceLanguage = string;

const listsFor = (language: SentenceLanguage): 'en' | 'es' => (language.split('-')[0] === 'es' ? 'es' : 'en');

/** Abbreviations that never end a sentence: titles before a name, the parts of a legal citation. */
const NEVER_LAST: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'mr mrs ms dr prof st sen rep gov gen hon rev pres no nos pub stat fed reg cong pt pts app sec secs v vs vol ch art fig para e.g i.e cf approx ee'.split(
      ' ',
    ),
  ),
  es: new Set('sr sra srta sres dr dra lic ing núm nº art pág págs av avda vol cap ee ej'.split(' ')),
};

/** Words a new sentence often starts with; a capital after "U.S." that is one of these starts a sentence. */
const OPENERS: Record<'en' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'a an the this that these those it its he she we they you your i my our their his her in on at by for from with to as if when while after before since during under about most many some all each every no not one two there here what who how why but and or so yet also however although because'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la los las un una unos unas este esta estos estas ese esa eso en con por para de del si cuando pero y o también además no su sus nuestro nuestra usted ustedes ellos ellas él ella nosotros hay se lo le'.split(
      ' ',
    ),
  ),
};

/** Small words that join the capitalised words of a name: "U.S. Department of Agriculture". */
const JOINERS = new Set('of and for on the & de del y la las los el'.split(' '));

/** Words that label what a letter names ("Appendix A."): the letter is no initial. */
const LABELS = new Set(
  'appendix table figure exhibit part plan schedule section title phase tier option type class category annex anexo tabla figura'.split(
    ' ',
  ),
);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: SentenceLanguage): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return s;
}

const lastWord = (text: string) => /(\S+)\s*$/u.exec(text)?.[1]?.replace(/^[(“"‘«[]+/u, '') ?? '';
const wordsOf = (text: string) => text.trimStart().split(/\s+/u, 2);

/** Whether the cut between `before` and `after` falls inside a sentence. */
function continues(before: string, after: string, language: SentenceLanguage): boolean {
  if (/\n\s*$/u.test(before)) return false;
  const word = lastWord(before);
  if (!word.endsWith('.') || word.endsWith('..')) return false;
  const bare = word.slice(0, -1);
  const key = bare.toLowerCase();
  const next = after.trimStart();
  // A numbered item inside a sentence: "should: 1. Test …; 2. Have …; and 3. Test …", but not "categories 1 and 2. A person …".
  if (/^\d{1,2}$/u.test(bare)) {
    const lead = before.trimEnd().slice(0, -word.length).trimEnd();
    if (lead === '' || lead.endsWith(':')) return true;
    return (/[;,]$/u.test(lead) || /\b(?:and|or|y|o)$/u.test(lead)) && new RegExp(`(?:^|\\s)${Number(bare) - 1}\\.\\s`, 'u').test(lead);
  }
  const dotted = /^(?:\p{L}{1,2}\.)*\p{L}{1,2}$/u.test(bare) && bare.includes('.');
  const initial = /^\p{Lu}$/u.test(bare);
  const known = NEVER_LAST[listsFor(language)].has(key) || NEVER_LAST.en.has(key);
  const abbreviation = dotted || initial || known || MONTH.test(bare) || /^(?:inc|co|corp|ltd|jr|etc)$/u.test(key);
  if (!abbreviation) return false;
  // Nothing starts a sentence with a digit, a section sign or a bracketed year after an abbreviation.
  if (/^[\p{N}§(]/u.test(next) && !(initial && next.startsWith('('))) return known || dotted || MONTH.test(bare) || initial;
  if (known) return true;
  if (initial) {
    const previous = lastWord(before.slice(0, before.lastIndexOf(word)));
    return /^\p{Lu}/u.test(previous) && !LABELS.has(previous.replace(/\W+$/u, '').toLowerCase());
  }
  if (!dotted) return false;
  const [first = '', second = ''] = wordsOf(next);
  const opener = (w: string) => OPENERS[listsFor(language)].has(w.replace(/[^\p{L}]/gu, '').toLowerCase());
  if (!/^\p{Lu}/u.test(first) || opener(first)) return false;
  // "U.S." mostly comes before a name ("the U.S. Treasury paid"): only a function word, now or next, starts a sentence after it ("… U.S. Find your office").
  if (COUNTRIES.has(key)) return !opener(second);
  return second === '' || !/^\p{Ll}/u.test(second) || JOINERS.has(second.toLowerCase());
}

/** Abbreviated country names, which stand before a noun as often as they end a sentence. */
const COUNTRIES = new Set(['u.s', 'u.k', 'ee.uu', 'uu', 'e.u']);

const MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ene|abr|ago|dic)$/u;

/** The sentences with the spaces between them kept, so joining them gives the text back. */
export function sentenceRuns(text: string, language: SentenceLanguage = 'en'): string[] {
  const runs: string[] = [];
  for (const { segment } of segmenter(language).segment(text)) {
    const last = runs.length - 1;
    if (last >= 0 && continues(runs[last]!, segment, language)) runs[last] += segment;
    else runs.push(segment);
  }
  return runs;
}

/** A sentence and where it starts in the text. */
export interface Sentence {
  text: string;
  start: number;
}

/** Each sentence without the spaces around it, with its place in the text. */
export function sentencesAt(text: string, language: SentenceLanguage = 'en'): Sentence[] {
  const found: Sentence[] = [];
  let at = 0;
  for (const run of sentenceRuns(text, language)) {
    const trimmed = run.trim();
    if (trimmed) found.push({ text: trimmed, start: at + run.indexOf(trimmed) });
    at += run.length;
  }
  return found;
}

export function sentencesOf(text: string, language: SentenceLanguage = 'en'): string[] {
  return sentencesAt(text, language).map((s) => s.text);
}

/** The first sentence, as a one-line summary. */
export function firstSentence(text: string, language: SentenceLanguage = 'en'): string {
  return sentencesOf(text, language)[0] ?? text.trim();
}
