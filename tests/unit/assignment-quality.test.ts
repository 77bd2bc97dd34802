/**
 * How well derive places sections and proposes themes, measured on the
 * labelled evaluation set (tests/fixtures/assignment/): the share of sections
 * placed in the theme the editor expected, and how closely the themes derive
 * proposes for a new explainer group the sections as the editor did
 * (adjusted Rand index). The tables are printed so the figures in
 * docs/architecture.md can be reproduced with
 * `npx vitest run tests/unit/assignment-quality.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { placeSections } from '../../src/lib/derive/assign.ts';
import { proposeThemes, themeCount } from '../../src/lib/derive/propose.ts';
import { englishWords } from '../../src/lib/text/words.ts';
import { adjustedRandIndex } from '../helpers/adjusted-rand.ts';
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

  it('proposes themes for a new explainer that group sections as the editor did: mean adjusted Rand index at least 0.5', () => {
    const rows = set.map(({ name, article, expected }) => {
      const sections = article.sections.map((s) => ({ heading: s.heading ?? '', text: sectionText(s) }));
      const open = sections.map((_, i) => i).slice(1);
      const proposed = proposeThemes([{ sections, open }], {
        count: themeCount(open.length, { min: 3, max: 5 }),
        existing: [],
        firstOrder: 1,
        words: englishWords(),
      });
      // Every section lands in exactly one proposed theme, and derive would place it there.
      const grouping = open.map((_, i) => proposed.filter((t) => t.sections.includes(i)).map((t) => t.slug));
      expect(grouping.every((themes) => themes.length === 1)).toBe(true);
      const placed = placeSections(sections, proposed).slice(1);
      expect(placed.map((p) => p.theme)).toEqual(grouping.map(([slug]) => slug));
      const ari = adjustedRandIndex(
        grouping.map(([slug]) => slug!),
        expected.map((e) => e.theme),
      );
      return { name, ari, proposed: proposed.length, editor: new Set(expected.map((e) => e.theme)).size };
    });
    const mean = rows.reduce((sum, r) => sum + r.ari, 0) / rows.length;
    console.log(
      [
        '| article | themes proposed / editor | adjusted Rand index |',
        '| --- | --- | --- |',
        ...rows.map((r) => `| ${r.name} | ${r.proposed} / ${r.editor} | ${r.ari.toFixed(2)} |`),
        `| **mean** | | **${mean.toFixed(2)}** |`,
      ].join('\n'),
    );
    expect(mean).toBeGreaterThanOrEqual(0.5);
  });
});
