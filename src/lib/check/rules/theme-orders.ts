/** Each theme has its own place in its story: no two questions of one story share an `order`. */
import { storyOf } from '../../content-files/stories.ts';
import { orderClashes, type Found, type TreeIndex } from './tree-index.ts';

export function themeOrders({ tree }: TreeIndex): Found {
  const ids = tree.stories.map((s) => s.id);
  const byStory = Map.groupBy(tree.themes, (t) => storyOf(t.data.story, ids) ?? '');
  return { errors: [...byStory.values()].flatMap((themes) => orderClashes(themes)) };
}
