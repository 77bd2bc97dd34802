/**
 * Words as theme assignment compares them: lowercased, split at anything that
 * is not a letter or digit, and reduced to their stem (Porter's algorithm, the
 * `stemmer` package), so "cities" and "city", "limits" and "limited" are one
 * word while "riverside" stays apart from "river". Stems are remembered per
 * word: an article repeats its words, and a derive of thousands of sections
 * stems each distinct word once.
 */
import { stemmer } from 'stemmer';

export type Stem = (word: string) => string;

export interface Words {
  /** The stems of a text's words, in order. */
  stems(text: string): string[];
  /** The words of a text, lowercased, each with its stem, in order. */
  words(text: string): { word: string; stem: string }[];
}

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

export function wordsWith(stem: Stem): Words {
  const cache = new Map<string, string>();
  const stemOf = (word: string): string => {
    let stemmed = cache.get(word);
    if (stemmed === undefined) {
      stemmed = stem(word);
      cache.set(word, stemmed);
    }
    return stemmed;
  };
  const split = (text: string) => text.toLowerCase().split(WORD_BREAK).filter(Boolean);
  return {
    stems: (text) => split(text).map(stemOf),
    words: (text) => split(text).map((word) => ({ word, stem: stemOf(word) })),
  };
}

let shared: Words | undefined;

/** English words, one stem cache shared by every caller in the process. */
export function englishWords(): Words {
  shared ??= wordsWith(stemmer);
  return shared;
}

/** Function words: too common in any English text to tell sections apart. */
export const STOPWORDS = new Set(
  (
    'a about after all also an and any are as at be been before being both but by can could did do does each either for from ' +
    'had has have he her his how i if in into is it its just may might more most much must my no nor not of on one only or ' +
    'other our out over own s same she should so some such than that the their them then there these they this those through ' +
    'to too under up us very was we were what when where whether which while who whom why will with would you your'
  ).split(' '),
);

/** Everyday verbs and adverbs any topic uses: they can tell sections apart, but they name no theme. */
export const GENERIC_WORDS = new Set(
  (
    'again always because even ever every get gets getting give go help here however know like likely made make makes many ' +
    'need needs new now often once really see since still take takes thing things until use used uses using usually want ' +
    'wants way well within without yet'
  ).split(' '),
);
