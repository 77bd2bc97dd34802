import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// One glob collection over the same entries the site builds; no schema, so
// the site's frontmatter is accepted as it is and nothing is validated twice.
const base = process.env['BENCH_ENTRIES_DIR'];
if (!base) throw new Error('BENCH_ENTRIES_DIR must name the content/entries folder to build');

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base }) }),
};
