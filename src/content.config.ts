import { defineCollection } from 'astro:content';
import { contentLoader } from './loaders/content-loader.ts';
import {
  siteEntrySchema,
  siteSourceSchema,
  siteStorySchema,
  siteTermSchema,
  siteThemeSchema,
  siteTimelineItemSchema,
  siteTranslationSchema,
} from './lib/model/schema.ts';

// One source of truth: the loader validates with the schemas in src/lib/model/schema.ts, shared
// with check and derive, and stores what the pages read; these site views give the
// collections their types.
export const collections = {
  stories: defineCollection({ loader: contentLoader('stories'), schema: siteStorySchema }),
  themes: defineCollection({ loader: contentLoader('themes'), schema: siteThemeSchema }),
  sources: defineCollection({ loader: contentLoader('sources'), schema: siteSourceSchema }),
  entries: defineCollection({ loader: contentLoader('entries'), schema: siteEntrySchema }),
  translations: defineCollection({ loader: contentLoader('translations'), schema: siteTranslationSchema }),
  terms: defineCollection({ loader: contentLoader('terms'), schema: siteTermSchema }),
  timeline: defineCollection({ loader: contentLoader('timeline'), schema: siteTimelineItemSchema }),
};
