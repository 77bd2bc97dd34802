/**
 * The phrases a proposed theme may be named after: the noun phrases of its
 * sections (noun-phrases.ts), counted per section (a heading's three times,
 * as the scorer counts it), and ranked for a group of sections by how much
 * they set it apart: the share of the phrase's uses that fall in the group,
 * the share of the group's sections using it, and its rarity across the
 * article; a phrase used once, in a body, counts half. Phrases are compared by stem ("loan servicer" is "loan
 * servicers") and shown as the article writes them most often, the body's
 * spelling before a heading's.
 */
import { HEADING_WEIGHT } from '../../text/score.ts';
import { GENERIC_WORDS, STOPWORDS, type Words } from '../../text/words.ts';
import { nounPhrases, untitled } from './noun-phrases.ts';

export interface Phrase {
  key: string;
  /** Per section: weighted uses. */
  counts: number[];
  /** How the article writes it, with how often; body text counts before headings. */
  forms: Map<string, number>;
}

export interface RankedPhrase {
  phrase: Phrase;
  form: string;
  value: number;
}

// Only a phrase with a word that says something can name a theme.
const informative = (words: readonly { word: string }[]) =>
  words.some(({ word }) => word.length > 2 && !STOPWORDS.has(word) && !GENERIC_WORDS.has(word) && !/^\d/u.test(word));

export function phrasesOf(sections: readonly { heading: string; text: string }[], words: Words): Phrase[] {
  const byKey = new Map<string, Phrase>();
  sections.forEach(({ heading, text }, s) => {
    for (const [source, weight, formWeight] of [
      [untitled(heading), HEADING_WEIGHT, 1],
      [text, 1, 2],
    ] as const) {
      if (!source.trim()) continue;
      for (const form of nounPhrases(source)) {
        const list = words.words(form);
        if (!informative(list)) continue;
        const key = list.map((w) => w.stem).join(' ');
        const phrase = byKey.get(key) ?? { key, counts: sections.map(() => 0), forms: new Map<string, number>() };
        phrase.counts[s]! += weight;
        phrase.forms.set(form, (phrase.forms.get(form) ?? 0) + formWeight);
        byKey.set(key, phrase);
      }
    }
  });
  return [...byKey.values()];
}

const commonest = (forms: Map<string, number>) =>
  [...forms].sort(([a, m], [b, n]) => n - m || a.length - b.length || a.localeCompare(b))[0]![0];

/** The phrases of `group` (indices into the sections), best first. */
export function rankPhrases(group: readonly number[], all: readonly Phrase[], sectionCount: number): RankedPhrase[] {
  return all
    .map((phrase) => {
      const inGroup = group.reduce((sum, s) => sum + phrase.counts[s]!, 0);
      const total = phrase.counts.reduce((a, b) => a + b, 0);
      const df = phrase.counts.filter((n) => n > 0).length;
      const covered = group.filter((s) => phrase.counts[s]! > 0).length / group.length;
      const idf = Math.log(1 + (sectionCount - df + 0.5) / (df + 0.5));
      // A phrase used once in passing is seldom what a group of sections is about; a heading's counts for more.
      const recurs = Math.min(1, total / 2);
      return { phrase, form: commonest(phrase.forms), value: recurs * covered * (inGroup / total) * idf * Math.log(1 + inGroup) };
    })
    .filter((r) => r.value > 0)
    .sort((a, b) => b.value - a.value || a.phrase.key.localeCompare(b.phrase.key));
}
