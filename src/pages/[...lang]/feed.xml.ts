import type { APIContext } from 'astro';
import { languageParams } from '../../site/edition.ts';
import { feedResponse } from '../../site/feed.ts';

export async function getStaticPaths() {
  return (await languageParams()).map((params) => ({ params }));
}

/** The site's updates and corrections, newest first, in each language. */
export function GET(context: APIContext): Promise<Response> {
  return feedResponse(context);
}
