/**
 * Sections whose headings say which part of a report they are, not what it
 * is about: "Background", a highlights page's "Why GAO Did This Study",
 * "What GAO Found" and "What GAO Recommends" (or an inspector general's "Why
 * We Did This Audit" …), "Key Takeaways", "Conclusions", "Recommendations for
 * Executive Action", "Agency Comments and Our Evaluation". Such a section
 * restates or frames the findings in other words, so grouping it by the
 * words it shares puts it anywhere; each kind has a place of its own
 * instead (group-sections.ts):
 * - background: a theme of its own, the report's context;
 * - front: what introduces the report (why it was done, what it found, its
 *   key points) goes with the theme its first section opens, the background
 *   when there is one;
 * - recommendation: two or more form a theme of their own; a lone one goes
 *   where its words fit best, like a conclusion;
 * - conclusion: goes with the theme whose sections it is most like.
 * Only whole headings are matched, so "Background Investigations" or
 * "Recommendations for Choosing a Lender" are ordinary sections.
 */
export type ReportRole = 'background' | 'front' | 'recommendation' | 'conclusion';

/** Who did the work, in a highlights heading: "GAO", "We", "OIG", "the Inspector General" (up to three words). */
const WHO = String.raw`(?:the\s+)?\S+(?:\s+\S+){0,2}?`;

const ROLES: readonly (readonly [RegExp, ReportRole])[] = [
  [/^(?:background|context)$/iu, 'background'],
  [new RegExp(String.raw`^why\s+${WHO}\s+did\s+this\s+(?:study|review|audit|work|evaluation|inspection|report)$`, 'iu'), 'front'],
  [new RegExp(String.raw`^what\s+${WHO}\s+found$`, 'iu'), 'front'],
  [/^(?:key\s+(?:takeaways|findings|points)|highlights|summary|at\s+a\s+glance|in\s+brief)$/iu, 'front'],
  [new RegExp(String.raw`^what\s+${WHO}\s+recommends?$`, 'iu'), 'recommendation'],
  [
    /^(?:recommendations?(?:\s+for\s+(?:executive\s+action|congress))?|matters?\s+for\s+congressional\s+consideration)$/iu,
    'recommendation',
  ],
  [/^agency\s+comments(?:\s+and\s+(?:our|\S+['’]s)\s+evaluation)?$/iu, 'recommendation'],
  [/^(?:conclusions?|in\s+conclusion|concluding\s+observations)$/iu, 'conclusion'],
];

/** The part of a report a heading names, or undefined for a heading about the article's subject. */
export function reportRole(heading: string): ReportRole | undefined {
  const text = heading.trim().replace(/[.:]$/u, '').replace(/\s+/gu, ' ');
  return ROLES.find(([pattern]) => pattern.test(text))?.[1];
}
