/**
 * An Astro content loader over `content/<folder>/`, built on the same reader
 * and schemas as `check`. Bodies are rendered here once with the project's
 * remark/rehype pipeline and cached by digest, so an unchanged file costs
 * nothing on the next build.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { listFiles } from '../lib/content-tree.ts';
import { InputError } from '../lib/errors.ts';
import { parseMarkdownFile, parseYamlFile } from '../lib/frontmatter.ts';
import { renderMarkdown } from '../lib/render-markdown.ts';
import type { z } from 'zod';
import { validate } from '../lib/validate.ts';

export function contentLoader(folder: string, schema: z.ZodType): Loader {
  return {
    name: `explainer-${folder}`,
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      // EXPLAINER_ROOT points the site at another data root (a fixture tree, a benchmark).
      const root = resolve(process.env['EXPLAINER_ROOT'] ?? fileURLToPath(config.root));
      const dir = join(root, 'content', folder);
      const sync = async () => {
        const seen = new Set<string>();
        for (const name of listFiles(dir, ['.md', '.yaml'])) {
          const id = name.replace(/\.(md|yaml)$/, '');
          const filePath = relative(root, join(dir, name));
          const text = readFileSync(join(dir, name), 'utf8');
          const digest = generateDigest(`${config.base}\n${text}`);
          seen.add(id);
          if (store.get(id)?.digest === digest) continue;
          const parsed = name.endsWith('.md') ? parseMarkdownFile(filePath, text) : parseYamlFile(filePath, text);
          // Validated once, here, with the collection's own schema; Astro's parseData would run it again.
          const result = validate(schema, parsed);
          if (!result.ok) throw new InputError(result.problems);
          const rendered = parsed.body.trim() ? { html: renderMarkdown(parsed.body, config.base) } : undefined;
          store.set({ id, data: result.value as Record<string, unknown>, filePath, digest, ...(rendered && { rendered }) });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      // In dev, an edit re-syncs the collection and the dev server reloads the page. A mistake
      // must not end the server: it is reported one line per problem, and the site keeps the
      // last valid content until the file is fixed. Syncs run one at a time, in order.
      let queue = Promise.resolve();
      const resync = () => {
        queue = queue.then(sync).catch((error: unknown) => {
          if (!(error instanceof InputError)) throw error;
          logger.error(`content error; the site shows the last valid version until this is fixed:\n${error.message}`);
        });
      };
      // EXPLAINER_ROOT may lie outside the project, where Astro's watcher does not look.
      watcher.add(dir);
      watcher.on('all', (_event, path) => {
        if (path.startsWith(dir)) resync();
      });
    },
  };
}
