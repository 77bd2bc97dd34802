/**
 * The build's content loaders and its integration run in one process, but
 * Vite gives the loaders their own copies of every module. The search index
 * the loaders start reaches the integration through this one global slot.
 */
import type { PendingIndex } from './search-index.ts';

const SLOT = Symbol.for('explainer.search-index');
type Slots = { [SLOT]?: PendingIndex };

export function handOverSearchIndex(pending: PendingIndex): void {
  (globalThis as Slots)[SLOT] = pending;
}

export function takeSearchIndex(): PendingIndex | undefined {
  const pending = (globalThis as Slots)[SLOT];
  delete (globalThis as Slots)[SLOT];
  return pending;
}
