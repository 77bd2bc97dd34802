/**
 * Key terms and timeline items by story. Each belongs to the story of the
 * source it rests on (the article's `story`, live or retired), so a story's
 * pages list only what its own articles say; a key term in the editors' words
 * that rests on no source names its story itself (`story:`). One with neither,
 * or resting on a source of no story, belongs to none: on a site of several
 * stories it is listed only on the site-wide page, after every story's.
 */
export interface RestsOnSource {
  data: { source?: string | undefined; story?: string | undefined };
}

/** Story id → its items, in the stories' order and each list in the items' order; `undefined` → the items of no story, last. Empty lists are left out. */
export function groupByStory<T extends RestsOnSource>(
  items: readonly T[],
  storyIds: readonly string[],
  storyOfSource: (source: string) => string | undefined,
): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>([...storyIds, undefined].map((id) => [id, []]));
  for (const item of items) {
    const story = item.data.source === undefined ? item.data.story : storyOfSource(item.data.source);
    groups.get(groups.has(story) ? story : undefined)!.push(item);
  }
  for (const [story, list] of groups) if (list.length === 0) groups.delete(story);
  return groups;
}
