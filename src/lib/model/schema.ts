/**
 * The one content model. Astro's collections (src/content.config.ts), `check`
 * and `derive` all validate with these schemas, so a file that passes one
 * passes all three. Every field carries its meaning as a zod description, so
 * the JSON Schemas generated for editors (`npm run schemas`) show it on hover.
 * Each collection's schema is in its own file under `schema/`; everything
 * imports them from here.
 */
import type { z } from 'zod';
import type { Entry, siteEntrySchema } from './schema/entry.ts';
import type { Source, siteSourceSchema } from './schema/source.ts';

export * from './schema/shared.ts';
export * from './schema/theme.ts';
export * from './schema/source.ts';
export * from './schema/entry.ts';
export * from './schema/site.ts';
export * from './schema/story.ts';
export * from './schema/translations.ts';
export * from './schema/terms-timeline.ts';

/**
 * The site's view of a source or an entry, for the content store: its
 * bookkeeping left out (source.ts and entry.ts say what each keeps).
 */
export function forSite(data: Source): z.output<typeof siteSourceSchema>;
export function forSite(data: Entry): z.output<typeof siteEntrySchema>;
export function forSite(data: Source | Entry): z.output<typeof siteSourceSchema> | z.output<typeof siteEntrySchema>;
export function forSite(data: Source | Entry): z.output<typeof siteSourceSchema> | z.output<typeof siteEntrySchema> {
  if ('paragraphs' in data && 'lead' in data) {
    const { derived, superseded, paragraphs, ...rest } = data;
    return { ...rest, paragraphs: paragraphs.map(({ id, body }) => ({ id, ...(body !== undefined && { body }) })) };
  }
  const { cited, derived, status, ...rest } = data;
  return rest;
}
