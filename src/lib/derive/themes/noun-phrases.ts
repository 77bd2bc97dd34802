/**
 * The noun phrases of a text, as it writes them: runs of adjectives and
 * nouns ending in a noun ("student loan servicers", "Known Exploited
 * Vulnerabilities catalog", "federal financial assistance"), found with
 * wink-nlp's part-of-speech tagger and its English model. A proposed theme
 * is named after one, so a title is a thing the article talks about, never
 * a lone verb, year or adverb.
 *
 * The tagger and its model take a noticeable part of a second to load, so
 * they are loaded on the first call: derive proposes themes only for a new
 * explainer or with `--propose`, and no other derive pays for them.
 * A long heading in title case ("USPS's Current Financial Condition Is
 * Poor") would read as a run of proper nouns; its words are lower-cased
 * first, acronyms aside. A short one is more often a name ("Child Tax
 * Credit") and keeps its capitals.
 */
import { createRequire } from 'node:module';
import type WinkNLP from 'wink-nlp';

type Nlp = ReturnType<typeof WinkNLP>;

let loaded: Nlp | undefined;
function nlp(): Nlp {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof WinkNLP;
    loaded = winkNLP(require('wink-eng-lite-web-model'));
  }
  return loaded;
}

const NOUN = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_WORDS = 4;

const NAME_WORDS = 4;

/** A long title-case heading's words in lower case, but for acronyms and words with a capital inside ("USPS", "eBay"). */
export function untitled(heading: string): string {
  const words = heading.split(/\s+/u);
  const titleCase = words.length > NAME_WORDS && words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length / 2;
  if (!titleCase) return heading;
  return words.map((w, i) => (/^\p{Lu}[\p{Ll}’'-]*$/u.test(w) && !(i === 0 && w.length === 1) ? w.toLowerCase() : w)).join(' ');
}

interface Unit {
  value: string;
  pos: string;
  stop: boolean;
  space: string;
}

/** The tagged words, with words joined by a hyphen or slash ("fixed-rate", "Post-9/11") made one again, tagged as their last part. */
function units(text: string): Unit[] {
  const { its } = nlp();
  const tokens = nlp().readDoc(text).tokens();
  const pos = tokens.out(its.pos) as string[];
  const value = tokens.out() as string[];
  const stop = tokens.out(its.stopWordFlag) as boolean[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const joined: Unit[] = [];
  value.forEach((v, i) => {
    const last = joined[joined.length - 1];
    if (last && spaces[i] === '' && (/^[-/]$/u.test(v) || /[-/]$/u.test(last.value))) {
      last.value += v;
      if (!/^[-/]$/u.test(v)) Object.assign(last, { pos: pos[i]!, stop: false });
    } else joined.push({ value: v, pos: pos[i]!, stop: stop[i]!, space: spaces[i] || ' ' });
  });
  return joined;
}

const WORD = /^(?=.*\p{L})[\p{L}\p{N}][\p{L}\p{N}’'/-]*$/u;

/** Each noun phrase of two to four words, in order, as the text writes it. */
export function nounPhrases(text: string): string[] {
  const words = units(text);
  const phrases: string[] = [];
  let start = 0;
  const flush = (end: number) => {
    // Trim to a noun at the end and no function word, number or mark at the start.
    let from = start;
    let to = end;
    while (to > from && !NOUN.has(words[to - 1]!.pos)) to--;
    for (let i = from; i < to; i++) if (!WORD.test(words[i]!.value)) from = i + 1;
    while (from < to && words[from]!.stop) from++;
    if (to - from >= 2 && to - from <= MAX_WORDS)
      phrases.push(words.slice(from, to).reduce((text, word, i) => text + (i > 0 ? word.space : '') + word.value, ''));
  };
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && MODIFIER.has(words[i]!.pos) && !words[i]!.stop) continue;
    flush(i);
    start = i + 1;
  }
  return phrases;
}
