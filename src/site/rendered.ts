/**
 * Rendered bodies and source paragraph texts from the render cache the
 * content loader wrote (see src/lib/render/render-cache.ts), checked against the
 * digest the content store holds, so a page never shows text other than the
 * text its data belongs to.
 */
import { base, cacheDir, root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { dataRoot } from '../lib/content-files/data-root.ts';
import { readRenderCache, renderCacheFile, type Rendered, type RenderedBodies } from '../lib/render/render-cache.ts';

const read = new Map<string, RenderedBodies>();

type Collection = 'themes' | 'sources' | 'entries' | 'terms' | 'timeline' | 'translations';
type Item = { id: string; digest?: string | number };

export const renderedHtml = (collection: Exclude<Collection, 'sources'>, item: Item): string => rendered(collection, item).html;

/** A source's paragraph texts, by paragraph id. */
export const paragraphTexts = (source: Item): Record<string, string> => rendered('sources', source).texts ?? {};

function rendered(collection: Collection, item: Item): Rendered {
  const digest = String(item.digest);
  let bodies = read.get(collection);
  // In dev the loader rewrites the file after an edit: a digest that does not match sends us back to it.
  if (bodies?.[item.id]?.digest !== digest) {
    bodies = readRenderCache(renderCacheFile(cacheDir, dataRoot(process.env['EXPLAINER_ROOT'], fileURLToPath(root)), base, collection));
    read.set(collection, bodies);
  }
  const body = bodies[item.id];
  if (body?.digest !== digest) throw new Error(`no rendered body for ${collection}/${item.id} at digest ${digest}; run the build again`);
  return body;
}
