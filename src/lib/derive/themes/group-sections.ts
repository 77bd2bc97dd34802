/**
 * Groups sections by what they share, for proposing themes: each section is a
 * vector of its words weighted by how rare they are among the sections (a
 * heading word three times a body word), two sections are as alike as the
 * cosine of their vectors, and sections next to each other in the same
 * article count as a little more alike, since articles keep related sections
 * together. Groups are merged greedily until `count` remain, always the two
 * whose least alike sections are most alike (complete linkage), so every
 * section of a group is close to every other and no group grows by chaining
 * one neighbour to the next. A report's structural sections (report-roles.ts)
 * are not grouped by their words: a background is a group of its own, so are
 * two or more recommendation sections, and the rest join a group afterwards.
 * Deterministic: ties merge the earliest groups.
 */
import { HEADING_WEIGHT } from '../../text/score.ts';
import { STOPWORDS, type Words } from '../../text/words.ts';
import { reportRole, type ReportRole } from './report-roles.ts';
import { cosine } from './likeness.ts';

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

/** The groups the structural sections make of their own: the backgrounds, and the recommendations when there are two or more. */
function structuralGroups(roles: readonly (ReportRole | undefined)[]): number[][] {
  const having = (role: ReportRole) => roles.flatMap((r, i) => (r === role ? [i] : []));
  const recommendations = having('recommendation');
  return [having('background'), recommendations.length >= 2 ? recommendations : []].filter((g) => g.length > 0);
}

/** How many groups the structural sections of `sections` make of their own (see groupSections). */
export const structuralGroupCount = (sections: readonly { heading: string }[]): number =>
  structuralGroups(sections.map((s) => reportRole(s.heading))).length;

/** Sections grouped into `count` groups (fewer if there are fewer sections), each a list of indices in order; groups ordered by their first section. */
export function groupSections(sections: readonly GroupableSection[], count: number, words: Words): number[][] {
  const vectors = sectionVectors(sections, words);
  const similar = (i: number, j: number) => cosine(vectors[i]!, vectors[j]!);
  let roles = sections.map((s) => reportRole(s.heading));
  // Sections that are all front matter and conclusions have nothing to join: they are grouped by their words.
  if (roles.every((r) => r === 'front' || r === 'conclusion')) roles = roles.map(() => undefined);
  const structural = structuralGroups(roles);
  const body = sections.flatMap((_, i) => (roles[i] === undefined ? [i] : []));
  const groups = [...structural, ...clusterSections(sections, body, Math.max(1, count - structural.length), similar)];
  const placed = new Set(groups.flat());
  // Front matter introduces the report: it goes with its background, or else with the first section after it.
  const opened = (i: number) => {
    const { article, position } = sections[i]!;
    const mine = sections.flatMap((s, j) => (s.article === article && (roles[j] === undefined || roles[j] === 'background') ? [j] : []));
    const to = mine.find((j) => roles[j] === 'background') ?? mine.find((j) => sections[j]!.position > position);
    return to === undefined ? undefined : groups.find((g) => g.includes(to));
  };
  sections.forEach((section, i) => {
    if (placed.has(i)) return;
    // The rest restate findings: they go to the group of the article's findings whose words they share most.
    const findings = groups.filter((g) => g.some((j) => roles[j] === undefined && sections[j]!.article === section.article));
    const target = (roles[i] === 'front' && opened(i)) || mostAlike(i, findings.length > 0 ? findings : groups, placed, similar);
    target.push(i);
  });
  for (const group of groups) group.sort((x, y) => x - y);
  return groups.sort((g, h) => g[0]! - h[0]!);
}

/** The group whose grouped sections are on average most like section `i`; the first on a tie. */
function mostAlike(i: number, groups: number[][], placed: ReadonlySet<number>, similar: (i: number, j: number) => number): number[] {
  let best = groups[0]!;
  let value = -Infinity;
  for (const group of groups) {
    const members = group.filter((j) => placed.has(j));
    const mean = members.reduce((sum, j) => sum + similar(i, j), 0) / Math.max(1, members.length);
    if (mean > value) [best, value] = [group, mean];
  }
  return best;
}

/** The `body` sections merged by complete linkage into `count` groups. */
function clusterSections(
  sections: readonly GroupableSection[],
  body: readonly number[],
  count: number,
  similar: (i: number, j: number) => number,
): number[][] {
  const like = (i: number, j: number) => {
    const a = sections[i]!;
    const b = sections[j]!;
    const neighbours = a.article === b.article && Math.abs(a.position - b.position) === 1;
    return similar(i, j) + (neighbours ? NEIGHBOUR_BONUS : 0);
  };
  let groups = body.map((i) => [i]);
  const linkage = (g: number[], h: number[]) => {
    let least = Infinity;
    for (const i of g) for (const j of h) least = Math.min(least, like(i, j));
    return least;
  };
  while (groups.length > count) {
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
