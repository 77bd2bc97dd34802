/**
 * Rendered bodies and source paragraph texts from the render cache the
 * content loader wrote (see src/lib/render/markdown/render-cache.ts), or in dev from
 * the loader's own copy (src/lib/render/markdown/live-bodies.ts), checked against the
 * digest the content store holds, so a page never shows text other than the
 * text its data belongs to.
 */
import { base, cacheDir } from 'astro:config/server';
import { liveBody } from '../lib/render/markdown/live-bodies.ts';
import { readRenderCache, renderCacheFile, type Rendered, type RenderedBodies } from '../lib/render/markdown/render-cache.ts';
import { settings } from './settings.ts';

const read = new Map<string, RenderedBodies>();
const files = new Map<string, string>();

type Collection = 'stories' | 'themes' | 'sources' | 'entries' | 'terms' | 'timeline' | 'translations';
type Item = { id: string; digest?: string | number };

export const renderedHtml = (collection: Exclude<Collection, 'sources'>, item: Item): string => rendered(collection, item).html;

/** A source's paragraph texts, by paragraph id. */
export const paragraphTexts = (source: Item): Record<string, string> => rendered('sources', source).texts ?? {};

function rendered(collection: Collection, item: Item): Rendered {
  const digest = String(item.digest);
  let file = files.get(collection);
  if (!file) {
    file = renderCacheFile(cacheDir, settings.root, base, collection);
    files.set(collection, file);
  }
  // In dev, the loader's bodies, current to the last edit, without reading the file.
  const live = liveBody(file, item.id, digest);
  if (live) return live;
  let bodies = read.get(collection);
  if (bodies?.[item.id]?.digest !== digest) {
    bodies = readRenderCache(file);
    read.set(collection, bodies);
  }
  const body = bodies[item.id];
  if (body?.digest !== digest) throw new Error(`no rendered body for ${collection}/${item.id} at digest ${digest}; run the build again`);
  return body;
}
