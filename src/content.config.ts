import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content-loader.ts';
import { entrySchema, sourceSchema, themeSchema } from './lib/schema.ts';

// One source of truth: the schemas in src/lib/schema.ts, shared with check and derive.
export const collections = {
  themes: defineCollection({ loader: contentLoader('themes', themeSchema), schema: themeSchema }),
  sources: defineCollection({ loader: contentLoader('sources', sourceSchema), schema: sourceSchema }),
  entries: defineCollection({ loader: contentLoader('entries', entrySchema), schema: entrySchema }),
};
