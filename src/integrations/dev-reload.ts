/**
 * In `astro dev`, what the content loader asks of the dev server after an
 * edit, through Astro's integration API. The loader and this integration run
 * in one process with their own copies of every module, so each request
 * passes through a global slot.
 *
 * - After an edit that changed only the body of an entry or a theme, the
 *   loader renders the body into its own copy of the render cache and leaves
 *   Astro's content store alone (writing the store out and loading it again
 *   is most of what an edit costs on a large site), so Astro sees nothing to
 *   reload: the loader reloads the browser itself.
 * - After an edit that changed the store, Astro writes it out once it has
 *   been left alone for half a second; the loader has it written at once, by
 *   asking for a content sync of one collection with nothing to load
 *   (`refreshContent`), which ends by writing the store.
 */
import type { AstroIntegration } from 'astro';

/** The loader's answer to a content sync that only asks for the store to be written. */
export const FLUSH_ONLY = 'explainer-flush-only';

const RELOAD = Symbol.for('explainer.reload-pages');
const FLUSH = Symbol.for('explainer.write-content-store');
type Slots = { [RELOAD]?: () => void; [FLUSH]?: () => Promise<void> };

/** Asks every browser showing the dev server's pages to reload; does nothing outside `astro dev`. */
export function reloadPages(): void {
  (globalThis as Slots)[RELOAD]?.();
}

/** Has Astro write its content store now rather than after its pause; does nothing outside `astro dev`. */
export function writeContentStore(): Promise<void> {
  return (globalThis as Slots)[FLUSH]?.() ?? Promise.resolve();
}

export function devReloadIntegration(): AstroIntegration {
  return {
    name: 'explainer-dev-reload',
    hooks: {
      'astro:server:setup': ({ server, refreshContent }) => {
        (globalThis as Slots)[RELOAD] = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
        if (refreshContent)
          (globalThis as Slots)[FLUSH] = () => refreshContent({ loaders: ['explainer-themes'], context: { [FLUSH_ONLY]: true } });
      },
    },
  };
}
