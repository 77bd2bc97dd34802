/**
 * Groups sections by what they share, for proposing themes: each section is a
 * vector of its words weighted by how rare they are among the sections (a
 * heading word three times a body word), two sections are as alike as the
 * cosine of their vectors, and sections next to each other in the same
 * article count as a little more alike, since articles keep related sections
 * together. Groups are merged greedily until `count` remain, always the two
 * whose least alike sections are most alike (complete linkage), so every
 * section of a group is close to every other and no group grows by chaining
 * one neighbour to the next. Deterministic: ties merge the earliest groups.
 */
import { HEADING_WEIGHT } from '../../text/score.ts';
import { STOPWORDS, type Words } from '../../text/words.ts';

export interface GroupableSection {
  heading: string;
  text: string;
  /** Which article the section is in, and where: sections `position` n and n + 1 of one article are neighbours. */
  article: number;
  position: number;
}

/** Likeness added for neighbours; a cosine is between 0 and 1. */
export const NEIGHBOUR_BONUS = 0.15;

/** Each section's weighted word counts: content words only, stems as keys. */
export function sectionVectors(sections: readonly GroupableSection[], words: Words): Map<string, number>[] {
  const counts = sections.map(({ heading, text }) => {
    const counted = new Map<string, number>();
    const add = (source: string, weight: number) => {
      for (const { word, stem } of words.words(source)) {
        if (STOPWORDS.has(word) || word.length < 3 || /^\d+$/.test(word)) continue;
        counted.set(stem, (counted.get(stem) ?? 0) + weight);
      }
    };
    add(heading, HEADING_WEIGHT);
    add(text, 1);
    return counted;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const stem of c.keys()) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = sections.length;
  return counts.map((c) => {
    const vector = new Map<string, number>();
    for (const [stem, tf] of c) vector.set(stem, (1 + Math.log(tf)) * Math.log(1 + n / df.get(stem)!));
    return vector;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Sections grouped into `count` groups (fewer if there are fewer sections), each a list of indices in order; groups ordered by their first section. */
export function groupSections(sections: readonly GroupableSection[], count: number, words: Words): number[][] {
  const vectors = sectionVectors(sections, words);
  const like = sections.map((a, i) =>
    sections.map((b, j) => {
      if (i === j) return 1;
      const neighbours = a.article === b.article && Math.abs(a.position - b.position) === 1;
      return cosine(vectors[i]!, vectors[j]!) + (neighbours ? NEIGHBOUR_BONUS : 0);
    }),
  );
  let groups = sections.map((_, i) => [i]);
  const linkage = (g: number[], h: number[]) => {
    let least = Infinity;
    for (const i of g) for (const j of h) least = Math.min(least, like[i]![j]!);
    return least;
  };
  while (groups.length > Math.max(1, count)) {
    let best = { a: 0, b: 1, value: -Infinity };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const value = linkage(groups[a]!, groups[b]!);
        if (value > best.value) best = { a, b, value };
      }
    }
    const merged = [...groups[best.a]!, ...groups[best.b]!].sort((x, y) => x - y);
    groups = groups.filter((_, i) => i !== best.a && i !== best.b);
    groups.push(merged);
    groups.sort((g, h) => g[0]! - h[0]!);
  }
  return groups;
}
