/**
 * In `astro dev`, the rendered bodies the content loader keeps in memory,
 * current to the last edit, for the pages to read instead of the render
 * cache file (render-cache.ts). Vite gives the loader and the pages their own
 * copies of every module in one process, so the bodies pass through one
 * global slot, by render cache file. A body an edit replaced stays readable
 * until the next edit of the same file, for a page still rendering from the
 * content store as it was.
 */
import type { Rendered, RenderedBodies } from './render-cache.ts';

export interface LiveBodies {
  current: RenderedBodies;
  previous: RenderedBodies;
}

const SLOT = Symbol.for('explainer.live-bodies');
type Slots = { [SLOT]?: Map<string, LiveBodies> };

const slot = (): Map<string, LiveBodies> => ((globalThis as Slots)[SLOT] ??= new Map());

/** The loader's bodies for `file`, published once and changed in place with `replaceBody`. */
export function publishBodies(file: string, current: RenderedBodies): LiveBodies {
  const live = { current, previous: {} };
  slot().set(file, live);
  return live;
}

export function replaceBody(live: LiveBodies, id: string, body: Rendered | undefined): void {
  const old = live.current[id];
  if (old) live.previous[id] = old;
  if (body) live.current[id] = body;
  else delete live.current[id];
}

/** The body of `id` at `digest`, when a loader in this process publishes the bodies of `file` and has it. */
export function liveBody(file: string, id: string, digest: string): Rendered | undefined {
  const live = slot().get(file);
  const body = live?.current[id]?.digest === digest ? live.current[id] : live?.previous[id];
  return body?.digest === digest ? body : undefined;
}
