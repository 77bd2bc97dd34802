import type { APIContext } from 'astro';
import { loadSite, type StoryView } from '../../../../site/content.ts';
import { feedResponse } from '../../../../site/feed.ts';
import { storyParams } from '../../../../site/story-params.ts';

export async function getStaticPaths() {
  return storyParams(await loadSite());
}

/** A story's updates and corrections on a site of several stories, newest first, in each language. */
export function GET(context: APIContext): Promise<Response> {
  return feedResponse(context, context.props['story'] as StoryView);
}
