/** Key terms and timeline items by story: the story of the source each rests on, in the stories' order, those of no story last. */
import { describe, expect, it } from 'vitest';
import { groupByStory } from '../../src/lib/render/by-story.ts';

const item = (id: string, source?: string) => ({ id, data: { source } });
const SOURCES = new Map([
  ['council-vote', 'rent-cap'],
  ['council-follow-up', 'rent-cap'],
  ['mayor-pledge', 'mayor'],
  ['mayor-pledge-old', 'mayor'],
]);
const storyOf = (source: string) => SOURCES.get(source);
const ids = (groups: Map<string | undefined, { id: string }[]>) => [...groups].map(([story, list]) => [story, list.map((i) => i.id)]);

describe('groupByStory', () => {
  it('puts each item with the story of its source, stories in the order given, items in theirs', () => {
    const items = [
      item('aclu', 'mayor-pledge'),
      item('cap', 'council-vote'),
      item('ice', 'mayor-pledge-old'),
      item('rgb', 'council-follow-up'),
    ];
    expect(ids(groupByStory(items, ['rent-cap', 'mayor'], storyOf))).toEqual([
      ['rent-cap', ['cap', 'rgb']],
      ['mayor', ['aclu', 'ice']],
    ]);
  });

  it('puts an item resting on no source, or on a source of no story, with none, last', () => {
    const items = [item('detainer'), item('ice', 'mayor-pledge'), item('stray', 'unknown-source')];
    expect(ids(groupByStory(items, ['rent-cap', 'mayor'], storyOf))).toEqual([
      ['mayor', ['ice']],
      [undefined, ['detainer', 'stray']],
    ]);
  });

  it('leaves out a story with nothing, and gives nothing for no items', () => {
    expect(groupByStory([], ['rent-cap', 'mayor'], storyOf).size).toBe(0);
  });
});
