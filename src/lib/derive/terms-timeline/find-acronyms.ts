/**
 * Acronyms an article defines, and those it uses without defining.
 *
 * Definitions are found as Schwartz and Hearst's algorithm finds them ("A
 * simple algorithm for identifying abbreviation definitions in biomedical
 * text", 2003): a parenthesis after a phrase, "Full Name (ABBR)", or after an
 * acronym, "ABBR (Full Name)". The long form is the shortest run of words
 * before the parenthesis, at most min(|ABBR| + 5, 2·|ABBR|) words, in which
 * every letter and digit of the short form can be matched, right to left and
 * in order, the first one at the start of a word. Two additions for news and
 * government prose: the words considered stop at a clause boundary (`;`, `:`
 * or an earlier parenthesis), and a possessive ("Agency’s (FEMA)") is left
 * off the long form. A short form must look like an acronym (two capitals or
 * more), which keeps out amounts, lists of names and asides.
 *
 * An acronym the article never defines so is listed for an editor, with the
 * paragraph where it is first used; when the article spells a capitalised
 * phrase whose initials are the acronym ("Immigration and Customs
 * Enforcement" for ICE), that phrase and its paragraph are offered as the
 * expansion.
 */
import { sentencesOf } from '../../text/sentences.ts';

export interface AcronymParagraph {
  id: string;
  text: string;
}

export interface DefinedAcronym {
  acronym: string;
  expansion: string;
  /** The paragraph of its first definition, and the sentence that defines it, as written. */
  paragraph: string;
  sentence: string;
}

export interface UndefinedAcronym {
  acronym: string;
  /** The paragraph of its first use. */
  paragraph: string;
  /** A capitalised phrase of the article whose initials spell it, and where the phrase first appears. */
  spelledOut?: { expansion: string; paragraph: string; sentence: string };
}

export interface Acronyms {
  defined: DefinedAcronym[];
  undefined: UndefinedAcronym[];
}

/** Two capitals or more, with digits and joining hyphens or ampersands: FEMA, CDBG-DR, COVID-19, AT&T. */
const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}][\p{Lu}\p{Ll}\p{N}&]*(?:-[\p{Lu}\p{N}]+)*$/u;
const ACRONYM_IN_TEXT = /(?<![\p{L}\p{N}&.-])[\p{Lu}][\p{Lu}\p{N}&]*(?:-[\p{Lu}\p{N}]+)*(?![\p{L}\p{N}&]|\.\p{L}|-[\p{L}\p{N}])/gu;
const POSSESSIVE = /['’]s$/u;
const MINOR = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'at', 'by']);

export const isAcronym = (word: string): boolean => word.length >= 2 && word.length <= 12 && ACRONYM.test(word);

export function findAcronyms(paragraphs: readonly AcronymParagraph[]): Acronyms {
  const defined = new Map<string, DefinedAcronym>();
  const used = new Map<string, string>();
  const phrases = new Map<string, { expansion: string; paragraph: string; sentence: string }>();
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.text)) {
      for (const { acronym, expansion } of definitionsIn(sentence)) {
        if (!defined.has(acronym)) defined.set(acronym, { acronym, expansion, paragraph: paragraph.id, sentence });
      }
      for (const [initials, expansion] of capitalisedPhrases(sentence)) {
        if (!phrases.has(initials)) phrases.set(initials, { expansion, paragraph: paragraph.id, sentence });
      }
    }
    for (const match of paragraph.text.matchAll(ACRONYM_IN_TEXT)) {
      if (isAcronym(match[0]) && !used.has(match[0])) used.set(match[0], paragraph.id);
    }
  }
  const undefinedOnes: UndefinedAcronym[] = [];
  for (const [acronym, paragraph] of used) {
    if (defined.has(acronym)) continue;
    // Two letters match too many phrases by chance, and a digit or small letter is no initial.
    const spelledOut = /^\p{Lu}{3,}$/u.test(acronym) ? phrases.get(acronym) : undefined;
    undefinedOnes.push({ acronym, paragraph, ...(spelledOut && { spelledOut }) });
  }
  return { defined: [...defined.values()], undefined: undefinedOnes };
}

/** Every "Full Name (ABBR)" and "ABBR (Full Name)" of one sentence. */
export function definitionsIn(sentence: string): { acronym: string; expansion: string }[] {
  const found: { acronym: string; expansion: string }[] = [];
  for (const match of sentence.matchAll(/\(([^()]+)\)/g)) {
    const inside = match[1]!.trim();
    const before = sentence.slice(0, match.index).replace(/[\s\-–—]+$/u, '');
    const short = inside.split(/[;,]/)[0]!.trim();
    if (short.split(/\s+/).length <= 2 && isAcronym(short)) {
      const expansion = longForm(short, before);
      if (expansion) found.push({ acronym: short, expansion });
      continue;
    }
    // "ABBR (Full Name)": the acronym is the word right before the parenthesis, and the whole
    // parenthesis, but for a leading article ("FEMA (the Federal …)"), is its long form.
    const word = /([^\s(]+)$/u.exec(before)?.[1]?.replace(POSSESSIVE, '');
    if (word && isAcronym(word)) {
      const named = inside.replace(/^(?:the|an?)\s+/iu, '');
      const expansion = longForm(word, named);
      if (expansion && expansion === named) found.push({ acronym: word, expansion });
    }
  }
  return found;
}

/** The Schwartz–Hearst long form of `short` at the end of `text`, or undefined. */
export function longForm(short: string, text: string): string | undefined {
  const clause = text.split(/[;:)]/).pop()!.trim().replace(POSSESSIVE, '');
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').length;
  const limit = Math.min(letters + 5, letters * 2);
  const words = clause.split(/\s+/).filter(Boolean);
  const candidate = words
    .slice(-limit)
    .join(' ')
    .replace(/^[\-–—]+/u, '');
  const initials = byInitials(short, words.slice(-limit));
  if (initials) return initials;
  const long = candidate.toLowerCase();
  let l = long.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  const result = candidate.slice(start).replace(/^[^\p{L}\p{N}]+/u, '');
  if (result.length <= short.length || (result.split(/\s+/).length < 2 && !/\p{Lu}.*\p{Lu}/u.test(result))) return undefined;
  return result;
}

/**
 * The long form when the short form's letters are the initials of the last
 * words, minor words aside ("Equal Employment Opportunity Commission" for
 * EEOC). Schwartz–Hearst alone takes the shortest match and would read
 * EEOC in "Employment Opportunity Commission", both Es from "Employment".
 */
function byInitials(short: string, words: readonly string[]): string | undefined {
  const letters = [...short.replace(/[^\p{L}]/gu, '').toLowerCase()];
  if (letters.length !== short.replace(/[^\p{L}\p{N}]/gu, '').length) return undefined;
  let i = words.length - 1;
  for (let l = letters.length - 1; l >= 0; l--) {
    while (i >= 0 && MINOR.has(words[i]!.toLowerCase()) && l < letters.length - 1) i--;
    if (i < 0 || words[i]![0]?.toLowerCase() !== letters[l]) return undefined;
    if (l > 0) i--;
  }
  return words.slice(i).join(' ').replace(POSSESSIVE, '');
}

/** Each run of capitalised words (minor words allowed inside), by the capitals that start its words. */
function capitalisedPhrases(sentence: string): [string, string][] {
  const phrases: [string, string][] = [];
  const words = sentence.split(/\s+/).map((w) => w.replace(/^[“"‘(]+|[”"’),.;:!?]+$/gu, '').replace(POSSESSIVE, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}\p{Ll}/u.test(words[i]!)) continue;
    let initials = '';
    for (let j = i; j < words.length; j++) {
      const word = words[j]!;
      if (/^\p{Lu}\p{Ll}/u.test(word)) {
        initials += word[0];
        if (initials.length >= 2) phrases.push([initials, words.slice(i, j + 1).join(' ')]);
      } else if (!MINOR.has(word)) break;
    }
  }
  return phrases;
}
