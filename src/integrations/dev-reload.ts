/**
 * In `astro dev`, lets the content loader reload the browser after an edit
 * that changed only the body of an entry or a theme. The loader then renders
 * the body into its own copy of the render cache and leaves Astro's content
 * store alone (writing the store out and loading it again is most of what an
 * edit costs on a large site), so Astro sees nothing to reload. The loader
 * and this integration run in one process with their own copies of every
 * module, so the reload passes through one global slot.
 */
import type { AstroIntegration } from 'astro';

const SLOT = Symbol.for('explainer.reload-pages');
type Slots = { [SLOT]?: () => void };

/** Asks every browser showing the dev server's pages to reload; does nothing outside `astro dev`. */
export function reloadPages(): void {
  (globalThis as Slots)[SLOT]?.();
}

export function devReloadIntegration(): AstroIntegration {
  return {
    name: 'explainer-dev-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        (globalThis as Slots)[SLOT] = () => server.environments.client.hot.send({ type: 'full-reload', path: '*' });
      },
    },
  };
}
