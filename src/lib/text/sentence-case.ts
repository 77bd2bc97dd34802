/**
 * A source's Title Case section heading as an editor would write it for an
 * entry: in sentence case ("Detention and Release Policies Under Mamdani" →
 * "Detention and release policies under Mamdani"). Which words are names is
 * read from the article itself: a capitalised word keeps its capital only
 * when the article writes it capitalised mid-sentence more often than in
 * lower case. "Capitalised somewhere" would not do: "Immigration and Customs
 * Enforcement" would keep "Immigration" in a heading that means the common
 * word. A run of heading words the article writes as a name ("New York
 * City", "Immigration and Customs Enforcement") keeps every capital, though
 * the article may write "city" more often. Acronyms and words with a capital
 * inside ("ICE", "McAllen", "iPhone") are kept as written; the first word
 * starts with a capital.
 */
import { escapeRegExp } from './escape-regexp.ts';

const LETTER = /\p{L}/u;
/** A word's letters and digits, apostrophes and hyphens inside it, with what surrounds it (quotes, brackets, a colon). */
const PARTS = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const POSSESSIVE = /['’]s$/iu;
/** What may stand between a sentence's end and its first word. */
const OPENING = /[\s"“‘'([«¿¡]/u;
/** The most words a name of several is looked for with. */
const LONGEST_NAME = 6;

interface Usage {
  /** Each way the article writes it other than in lower case, mid-sentence, with how often. */
  written: Map<string, number>;
  /** Times it writes it in lower case. */
  lower: number;
}

interface Word {
  /** Index among the heading's tokens (words and the spaces between them). */
  at: number;
  lead: string;
  core: string;
  tail: string;
}

/** Whether the word at `index` starts a sentence (or the text, or a line): only an opening quote or bracket between it and a full stop. */
function startsSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && OPENING.test(text[at]!) && text[at] !== '\n') at--;
  return at < 0 || /[.!?:;\n]/u.test(text[at]!);
}

function count(form: string, text: string): Usage {
  const lower = form.toLowerCase();
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${form.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  const usage: Usage = { written: new Map(), lower: 0 };
  for (const match of text.matchAll(pattern)) {
    const found = match[0].replace(/\s+/gu, ' ');
    if (found === lower) usage.lower++;
    else if (!startsSentence(text, match.index)) usage.written.set(found, (usage.written.get(found) ?? 0) + 1);
  }
  return usage;
}

/** The article's text, in lower case too, with what has been counted in it: derive cases every heading of one article against the same text. */
let article = { text: '', lower: '', usage: new Map<string, Usage>() };

function usageOf(form: string, text: string): Usage {
  if (article.text !== text) article = { text, lower: text.toLowerCase(), usage: new Map() };
  const key = form.toLowerCase();
  let usage = article.usage.get(key);
  if (!usage) {
    // Most runs of heading words are in no article: one search of the text tells.
    usage = key.includes(' ') && !article.lower.includes(key) ? { written: new Map(), lower: 0 } : count(form, text);
    article.usage.set(key, usage);
  }
  return usage;
}

/** Whether the article writes `form` as a name: exactly so, mid-sentence, more often than in lower case. */
const named = (form: string, text: string): boolean => {
  const usage = usageOf(form, text);
  return (usage.written.get(form) ?? 0) > usage.lower;
};

/** How the article writes a word of a heading in capitals as a name ("McAllen" for "MCALLEN"), if it does. */
function nameFor(word: string, text: string): string | undefined {
  const { written, lower } = usageOf(word, text);
  const [form, times] = [...written].reduce<[string, number]>((best, next) => (next[1] > best[1] ? next : best), ['', 0]);
  return times > lower ? form : undefined;
}

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const startsUpper = (word: string): boolean => /^\p{Lu}/u.test(word);

/** Kept as written: a word with a capital after a lower-case letter ("McAllen", "iPhone"), or an acronym ("ICE", "U.S.") in a heading that is not all capitals. */
const keptAsWritten = (core: string, shouting: boolean): boolean =>
  /\p{Ll}\p{Lu}/u.test(core) || (!shouting && /^\p{Lu}[\p{Lu}\p{N}.&]*\p{Lu}\.?$/u.test(core.replace(POSSESSIVE, '')));

/** One part of a word (hyphens split it): in lower case unless the article writes it as a name. */
function casePart(part: string, text: string, shouting: boolean): string {
  if (!startsUpper(part) || keptAsWritten(part, shouting)) return part;
  const base = part.replace(POSSESSIVE, '');
  const rest = part.slice(base.length).toLowerCase();
  // A heading in capitals says nothing of which words are names: the article's own spelling does.
  if (shouting) return (nameFor(base, text) ?? base.toLowerCase()) + rest;
  return (named(base, text) ? base : base.toLowerCase()) + rest;
}

/** The heading's words that belong to a run of two or more the article writes as a name, capitalised at both ends. */
function inNames(words: readonly Word[], text: string): Set<number> {
  const kept = new Set<number>();
  // Words run on when nothing but a space stands between them.
  const joined = (k: number) => words[k]!.tail === '' && words[k + 1]!.lead === '' && words[k + 1]!.at === words[k]!.at + 2;
  for (let i = 0; i < words.length; i++) {
    let end = i + 1;
    while (end < words.length && end - i < LONGEST_NAME && joined(end - 1)) end++;
    for (; end > i + 1; end--) {
      const run = words.slice(i, end);
      if (!startsUpper(run[0]!.core) || !startsUpper(run.at(-1)!.core)) continue;
      if (!named(run.map((w) => w.core).join(' '), text)) continue;
      for (let k = i; k < end; k++) kept.add(k);
      break;
    }
  }
  return kept;
}

/**
 * `heading` in sentence case, with the names that `articleText` (the
 * article's sentences, not its headings) writes as names. A heading already
 * in sentence case comes back as it is.
 */
export function sentenceCase(heading: string, articleText: string): string {
  const tokens = heading.split(/(\s+)/u);
  const words = tokens.flatMap((token, at): Word[] => {
    const [, lead = '', core = '', tail = ''] = PARTS.exec(token) ?? [];
    return LETTER.test(core) ? [{ at, lead, core, tail }] : [];
  });
  // A heading in capitals throughout shouts: its words are names only where the article writes them so.
  const shouting = !/\p{Ll}/u.test(heading) && words.length > 1;
  const kept = shouting ? new Set<number>() : inNames(words, articleText);
  words.forEach(({ at, lead, core, tail }, i) => {
    const cased = kept.has(i)
      ? core
      : core
          .split(/(-)/u)
          .map((part) => (part === '-' ? part : casePart(part, articleText, shouting)))
          .join('');
    tokens[at] = lead + (i === 0 ? capitalised(cased) : cased) + tail;
  });
  return tokens.join('');
}
