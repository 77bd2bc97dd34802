/** `getStaticPaths` for the pages of each story on a site of several (src/pages/[...lang]/stories/): one per story and language; a site of one story has none. */
import type { Site, StoryView } from './content.ts';
import { languageParams } from './edition.ts';

export async function storyParams(
  site: Site,
  has: (story: StoryView) => boolean = () => true,
): Promise<{ params: { lang: string | undefined; story: string }; props: { story: StoryView } }[]> {
  if (!site.several) return [];
  const languages = await languageParams();
  return site.stories
    .filter(has)
    .flatMap((story) => languages.map(({ lang }) => ({ params: { lang, story: story.id }, props: { story } })));
}
