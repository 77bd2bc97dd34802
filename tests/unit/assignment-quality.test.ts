/**
 * How well derive places sections and proposes themes, measured on the two
 * labelled evaluation sets (tests/fixtures/assignment/): the share of sections
 * placed in the theme the editor expected, and how closely the themes derive
 * proposes for a new explainer group the sections as the editor did
 * (adjusted Rand index). The development set is the one the scorer and the
 * grouping were shaped on, and its floor guards against a change that makes
 * them worse; the held-out set is the independent measure, printed, not
 * held to a bar: its readings (placement 85%; grouping 0.32, then 0.27 when
 * read a second time after the report sections' places were added) are in
 * docs/architecture.md, and a bar set after reading it would be tuned to it. Each set's tables are
 * printed so the figures in docs/architecture.md can be reproduced with
 * `npx vitest run tests/unit/assignment-quality.test.ts` (`npm run eval`
 * measures the files derive writes, titles and drafts too).
 */
import { describe, expect, it } from 'vitest';
import { placeSections } from '../../src/lib/derive/themes/assign.ts';
import { proposeThemes, themeCount } from '../../src/lib/derive/themes/propose.ts';
import { englishWords } from '../../src/lib/text/words.ts';
import { adjustedRandIndex } from '../../src/lib/tooling/eval/adjusted-rand.ts';
import { labelledArticles, type AssignmentSet } from '../../src/lib/tooling/eval/labelled-sets.ts';
import { sectionText } from '../../src/lib/article/sections.ts';

const PLACEMENT = 0.9;
/** The development set's figure once report sections had places of their own (0.53; 0.41 before): a floor, not the aim (0.6). */
const DEVELOPMENT_MEAN_ARI = 0.5;

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
const percent = (right: number, total: number) => `${right} / ${total} (${Math.round((100 * right) / total)}%)`;

function measurePlacement(set: AssignmentSet) {
  const rows = labelledArticles(set).map(({ name, article, themes, expected }) => {
    const sections = article.sections.map((s) => ({ heading: s.heading ?? '', text: sectionText(s) }));
    const placed = placeSections(sections, themes).slice(1);
    return {
      name,
      headings: { parsed: article.sections.slice(1).map((s) => s.heading), expected: expected.map((e) => e.heading) },
      right: placed.filter((p, i) => p.theme === expected[i]?.theme).length,
      total: expected.length,
    };
  });
  const right = sum(rows.map((r) => r.right));
  const total = sum(rows.map((r) => r.total));
  const table = [
    `${set} set: placement`,
    '| article | placed as expected |',
    '| --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${percent(r.right, r.total)} |`),
    `| **overall** | **${percent(right, total)}** |`,
  ].join('\n');
  return { rows, share: right / total, table };
}

function measureProposals(set: AssignmentSet) {
  const rows = labelledArticles(set).map(({ name, article, expected }) => {
    const sections = article.sections.map((s) => ({ heading: s.heading ?? '', text: sectionText(s) }));
    const open = sections.map((_, i) => i).slice(1);
    const proposed = proposeThemes([{ sections, open }], {
      count: themeCount(
        open.map((i) => sections[i]!),
        { min: 3, max: 5 },
      ),
      existing: [],
      firstOrder: 1,
      words: englishWords(),
    });
    const grouping = open.map((_, i) => proposed.filter((t) => t.sections.includes(i)).map((t) => t.slug));
    const placed = placeSections(sections, proposed).slice(1);
    const ari = adjustedRandIndex(
      grouping.map(([slug]) => slug ?? ''),
      expected.map((e) => e.theme),
    );
    const editor = new Set(expected.map((e) => e.theme)).size;
    return { name, grouping, placed: placed.map((p) => p.theme), ari, proposed: proposed.length, editor };
  });
  const mean = sum(rows.map((r) => r.ari)) / rows.length;
  const table = [
    `${set} set: proposed themes`,
    '| article | themes proposed / editor | adjusted Rand index |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.proposed} / ${r.editor} | ${r.ari.toFixed(2)} |`),
    `| **mean** | | **${mean.toFixed(2)}** |`,
  ].join('\n');
  return { rows, mean, table };
}

/** The checks that hold whatever the figures: same sections as the labels, each proposed once, placed where proposed. */
function describeMechanics(
  set: AssignmentSet,
  placement: ReturnType<typeof measurePlacement>,
  proposals: ReturnType<typeof measureProposals>,
) {
  it('reads every article into the sections its expected mapping lists, and prints the placement table', () => {
    console.log(placement.table);
    expect(placement.rows.length).toBeGreaterThanOrEqual(5);
    for (const row of placement.rows) expect(row.headings.parsed, `${set}/${row.name}`).toEqual(row.headings.expected);
  });

  it('proposes themes that take every section exactly once, where derive would place it, and prints the grouping table', () => {
    console.log(proposals.table);
    for (const row of proposals.rows) {
      expect(
        row.grouping.every((themes) => themes.length === 1),
        `${set}/${row.name}`,
      ).toBe(true);
      expect(row.placed, `${set}/${row.name}`).toEqual(row.grouping.map(([slug]) => slug));
    }
  });
}

for (const [set, kind] of [
  ['development', 'shaped on it: not an independent measure'],
  ['held-out', 'labelled and committed before the code ran on it: the independent measure'],
] as const) {
  describe(`theme assignment on the ${set} set (${kind})`, () => {
    const placement = measurePlacement(set);
    const proposals = measureProposals(set);
    describeMechanics(set, placement, proposals);

    if (set === 'development')
      it(`places at least ${PLACEMENT * 100}% of sections where the editor expected, overall`, () => {
        expect(placement.share).toBeGreaterThanOrEqual(PLACEMENT);
      });

    if (set === 'development')
      it(`proposes themes grouping sections no worse than before: mean adjusted Rand index at least ${DEVELOPMENT_MEAN_ARI}`, () => {
        expect(proposals.mean).toBeGreaterThanOrEqual(DEVELOPMENT_MEAN_ARI);
      });
  });
}
