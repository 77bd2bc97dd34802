/**
 * How well derive places sections, measured on the labelled evaluation set
 * (tests/fixtures/assignment/): the share of sections placed in the theme
 * the editor expected, per article and overall. The table is printed so the
 * figures in docs/architecture.md can be reproduced with
 * `npx vitest run tests/unit/assignment-quality.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { placeSections } from '../../src/lib/derive/assign.ts';
import { labelledArticles, sectionText } from '../helpers/assignment-set.ts';

const set = labelledArticles();

describe('theme assignment on the labelled evaluation set', () => {
  it('places at least 90% of sections where the editor expected, overall', () => {
    const rows = set.map(({ name, article, themes, expected }) => {
      const sections = article.sections.map((s) => ({ heading: s.heading ?? '', text: sectionText(s) }));
      const placed = placeSections(sections, themes).slice(1);
      expect(article.sections.slice(1).map((s) => s.heading)).toEqual(expected.map((e) => e.heading));
      const right = placed.filter((p, i) => p.theme === expected[i]!.theme).length;
      return { name, right, total: expected.length };
    });
    const right = rows.reduce((n, r) => n + r.right, 0);
    const total = rows.reduce((n, r) => n + r.total, 0);
    console.log(
      [
        '| article | placed as expected |',
        '| --- | --- |',
        ...rows.map((r) => `| ${r.name} | ${r.right} / ${r.total} (${Math.round((100 * r.right) / r.total)}%) |`),
        `| **overall** | **${right} / ${total} (${Math.round((100 * right) / total)}%)** |`,
      ].join('\n'),
    );
    expect(set.length).toBeGreaterThanOrEqual(6);
    expect(right / total).toBeGreaterThanOrEqual(0.9);
  });
});
