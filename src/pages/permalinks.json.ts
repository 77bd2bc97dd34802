import type { APIContext } from 'astro';
import type { Permalink } from '../lib/permalinks.ts';
import { loadSite } from '../site/content.ts';
import { entryHref } from '../site/url.ts';

/** Where every entry is now; the post-build step turns it into forwarding pages. */
export async function GET(context: APIContext): Promise<Response> {
  const { entriesByTheme, entryLocation } = await loadSite();
  const permalinks: Permalink[] = [...entriesByTheme.values()].flat().map((entry) => {
    const target = entryHref(entryLocation.get(entry.id)!);
    return { file: `entries/${entry.id}/index.html`, title: entry.data.title, target, canonical: new URL(target.split('#')[0]!, context.site).href };
  });
  return new Response(JSON.stringify(permalinks));
}
