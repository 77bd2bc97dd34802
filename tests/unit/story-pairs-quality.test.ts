/**
 * Where a new article belongs, measured on the story-pairs set
 * (tests/fixtures/story-pairs/: 27 labelled pairs of public-domain articles,
 * labelled before any code ran on them). The pairs whose first article is
 * in the sealed held-out assignment set are kept out of calibration and
 * reported apart, as a check. Prints the figures docs/architecture.md
 * quotes: `npx vitest run tests/unit/story-pairs-quality.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { cosine, vectorOf } from '../../src/lib/derive/themes/likeness.ts';
import { placeByLikeness, rankStories, STORY_FIT, WEAK_FIT } from '../../src/lib/derive/themes/story-fit.ts';
import { isCheck, pairLikeness, sectionRows, storyFitCut, storyPairs, weakFitCut, type SectionRow } from '../helpers/story-pairs.ts';

const pairs = storyPairs().map((pair) => ({ ...pair, likeness: pairLikeness(pair) }));
const calibration = pairs.filter((p) => !isCheck(p));
const check = pairs.filter(isCheck);
const rowsOf = (set: typeof pairs): SectionRow[] => set.filter((p) => p.related).flatMap(sectionRows);
const round = (n: number) => Math.round(n * 1000) / 1000;
const share = (n: number, of: number) => `${n} / ${of}`;

function figures(set: typeof pairs) {
  const related = set.filter((p) => p.related);
  const unrelated = set.filter((p) => !p.related);
  const rows = rowsOf(set);
  const answered = rows.filter((r) => r.label !== null);
  const fresh = rows.filter((r) => r.label === null);
  return {
    joined: share(related.filter((p) => p.likeness >= STORY_FIT).length, related.length),
    apart: share(unrelated.filter((p) => p.likeness < STORY_FIT).length, unrelated.length),
    rightTheme: share(answered.filter((r) => r.placed === r.label).length, answered.length),
    answeredNotWeak: share(answered.filter((r) => r.likeness >= WEAK_FIT).length, answered.length),
    newFlagged: share(fresh.filter((r) => r.likeness < WEAK_FIT).length, fresh.length),
  };
}

describe('story fit on the story-pairs set', () => {
  it('holds derive’s thresholds to what the calibration rule gives on the calibration pairs', () => {
    expect(calibration.length + check.length).toBe(27);
    expect(STORY_FIT).toBe(round(storyFitCut(calibration)));
    expect(WEAK_FIT).toBe(round(weakFitCut(rowsOf(calibration))));
  });

  it('prints the figures, calibration and held-out check apart', () => {
    const table = [
      '| set | related joined | unrelated kept apart | sections: right question | answering sections not flagged weak | new-question sections flagged weak |',
      '| --- | --- | --- | --- | --- | --- |',
      ...[
        ['calibration', calibration],
        ['check (held-out firsts)', check],
      ].map(([name, set]) => {
        const f = figures(set as typeof pairs);
        return `| ${name as string} | ${f.joined} | ${f.apart} | ${f.rightTheme} | ${f.answeredNotWeak} | ${f.newFlagged} |`;
      }),
    ];
    console.log(`story fit (STORY_FIT ${STORY_FIT}, WEAK_FIT ${WEAK_FIT})\n${table.join('\n')}`);
    expect(table).toHaveLength(4);
  });
});

describe('what never makes two texts alike', () => {
  const story = [{ id: 'budget', text: 'In 2025 the council passed 12 measures. 2025 budget: 4.5 million, 300 jobs, 17 percent.' }];

  it('numbers and years in common count for nothing', () => {
    const article = 'In 2025 the river rose 12 feet; 300 homes and 17 percent of farms were flooded by 4.5 million tonnes of water.';
    const numbers = 'In 2025, 12 of 300; 17 and 4.5.';
    expect(cosine(vectorOf(numbers), vectorOf(story[0]!.text))).toBe(0);
    expect(rankStories(article, story)[0]!.likeness).toBeLessThan(STORY_FIT);
  });

  it('generic words of a question’s title in common do not make a follow-up', () => {
    const themes = [
      { slug: 'industries', title: 'Industries and policy in 2025', keywords: ['industries', 'policy'], order: 1 },
      { slug: 'people', title: 'People and programs', keywords: ['people', 'programs'], order: 2 },
    ];
    const article = 'A new policy for industries. Farmers in the valley planted orchards of apples and pears after the drought.';
    const profile = [{ id: 'first', text: themes.map((t) => `${t.title}\n${t.keywords.join('\n')}`).join('\n') }];
    expect(rankStories(article, profile)[0]!.likeness).toBeLessThan(STORY_FIT);
  });

  it('a section with nothing in common with any question is placed nowhere, and flagged weak', () => {
    const themes = [{ slug: 'rent', title: 'Rent rules', keywords: ['rent cap', 'landlords'], order: 1 }];
    const [placed] = placeByLikeness([{ heading: 'Orchards', text: 'Farmers planted apples and pears after the drought.' }], themes);
    expect(placed).toMatchObject({ theme: undefined, weak: true });
  });
});
