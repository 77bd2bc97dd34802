/**
 * Keywords for proposed themes: the words and two-word phrases that set a
 * group of sections apart from the other groups (the share of the term's
 * occurrences in the group × the share of the group's sections using it ×
 * its rarity), plus one for each section of the group that none of those
 * covers, so derive, placing sections by keywords, finds every section of
 * the group.
 */
import { HEADING_WEIGHT } from '../../text/score.ts';
import { GENERIC_WORDS, STOPWORDS, type Words } from '../../text/words.ts';
import type { GroupableSection } from './group-sections.ts';

const MAX_KEYWORDS = 6;

export interface Candidate {
  key: string;
  stems: string[];
  /** Per section: weighted occurrences. */
  counts: number[];
  forms: Map<string, number>;
}

/** Content words and two-word phrases of each section, with how often and how each was written. */
export function candidates(sections: readonly GroupableSection[], words: Words): Candidate[] {
  const byKey = new Map<string, Candidate>();
  const add = (stems: string[], form: string, section: number, weight: number) => {
    const key = stems.join(' ');
    const c = byKey.get(key) ?? { key, stems, counts: sections.map(() => 0), forms: new Map<string, number>() };
    c.counts[section]! += weight;
    c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
    byKey.set(key, c);
  };
  sections.forEach(({ heading, text }, s) => {
    for (const [source, weight] of [
      [heading, HEADING_WEIGHT],
      [text, 1],
    ] as const) {
      // Phrases do not run across sentences or clauses.
      for (const clause of source.split(/[.;:!?,()“”"]+/)) {
        const list = words.words(clause);
        list.forEach((w, i) => {
          if (!content(w.word)) return;
          add([w.stem], w.word, s, weight);
          const next = list[i + 1];
          if (next && content(next.word)) add([w.stem, next.stem], `${w.word} ${next.word}`, s, weight);
        });
      }
    }
  });
  return [...byKey.values()];
}

const content = (word: string) => word.length >= 3 && !STOPWORDS.has(word) && !GENERIC_WORDS.has(word) && !/^\d+$/.test(word);

export const commonest = (forms: Map<string, number>) =>
  [...forms].sort(([a, m], [b, n]) => n - m || a.length - b.length || a.localeCompare(b))[0]![0];

/** Keywords for each group: the words that set it apart, and one for each of its sections that none of those covers. */
export function keywordsFor(groups: readonly number[][], all: readonly Candidate[], sectionCount: number): Candidate[][] {
  const df = all.map((c) => c.counts.filter((n) => n > 0).length);
  const idf = df.map((d) => Math.log(1 + (sectionCount - d + 0.5) / (d + 0.5)));
  const totals = all.map((c) => c.counts.reduce((a, b) => a + b, 0));
  return groups.map((group) => {
    const scored = all
      .map((c, k) => {
        const inGroup = group.reduce((sum, s) => sum + c.counts[s]!, 0);
        const covered = group.filter((s) => c.counts[s]! > 0).length / group.length;
        // A phrase must recur to be worth proposing; a single word may stand alone.
        if (inGroup === 0 || (c.stems.length > 1 && inGroup < 2)) return { c, value: 0 };
        return { c, value: covered * (inGroup / totals[k]!) * idf[k]! * Math.log(1 + inGroup) };
      })
      .filter((x) => x.value > 0)
      .sort((a, b) => b.value - a.value || a.c.key.localeCompare(b.c.key));
    const chosen: Candidate[] = [];
    const within = (c: Candidate) => chosen.some((p) => p.stems.length > 1 && p.stems.includes(c.stems[0]!) && c.stems.length === 1);
    for (const { c } of scored) {
      if (chosen.length >= MAX_KEYWORDS) break;
      if (!within(c)) chosen.push(c);
    }
    for (const s of group) {
      if (chosen.some((c) => c.counts[s]! > 0)) continue;
      const best = scored.find((x) => x.c.counts[s]! > 0);
      if (best) chosen.push(best.c);
    }
    return chosen;
  });
}
