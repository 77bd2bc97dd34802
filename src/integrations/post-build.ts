/**
 * Runs src/lib/publish/post-build.ts when `astro build` has written the pages, so
 * `npm run build` is one process and a broken internal link fails it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { takeSearchIndex } from '../lib/publish/search-handover.ts';
import { withoutStack } from '../lib/model/errors.ts';
import { formatBrokenLink } from '../lib/publish/linkcheck/check-links.ts';
import { postBuild } from '../lib/publish/post-build.ts';
import { normaliseBase } from '../lib/model/settings.ts';

export function postBuildIntegration(): AstroIntegration {
  let base = '/';
  let origin = 'https://example.org';
  return {
    name: 'explainer-post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        origin = config.site ?? origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const search = takeSearchIndex();
        if (!search) throw new Error('the content loaders did not start the search index');
        const { indexedPages, broken } = await postBuild(outDir, { base, origin, search });
        logger.info(`search index of ${indexedPages} page(s).`);
        if (broken.length > 0) {
          const lines = broken.map((link) => `broken link: ${formatBrokenLink(link)}`);
          throw withoutStack(new Error([...lines, `${broken.length} broken link(s) in ${outDir}.`].join('\n')));
        }
        logger.info('links ok.');
      },
    },
  };
}
