/**
 * JSON Schemas for editors, generated from the zod schemas so the help an
 * editor gives can never disagree with what `check` and the build accept.
 * Describes the input a maintainer writes (before transforms and defaults).
 */
import { z } from 'zod';
import {
  entrySchema,
  entryTranslationSchema,
  homeTranslationSchema,
  interfaceTranslationSchema,
  isoDate,
  partialDate,
  seedMetaSchema,
  siteSchema,
  sourceSchema,
  storySchema,
  storyTranslationSchema,
  termSchema,
  termTranslationSchema,
  themeSchema,
  themeTranslationSchema,
  timelineItemSchema,
} from './schema.ts';

const SCHEMAS = {
  story: { schema: storySchema, title: 'Story (content/stories/<slug>.md frontmatter)' },
  theme: { schema: themeSchema, title: 'Theme (content/themes/<slug>.md frontmatter)' },
  entry: { schema: entrySchema, title: 'Entry (content/entries/<theme>/<slug>.md frontmatter)' },
  source: { schema: sourceSchema, title: 'Source article (content/sources/<slug>.yaml)' },
  term: { schema: termSchema, title: 'Key term (content/terms/<slug>.md frontmatter)' },
  'timeline-item': { schema: timelineItemSchema, title: 'Timeline item (content/timelines/<source>/<slug>.md frontmatter)' },
  'seed-meta': { schema: seedMetaSchema, title: 'Seed metadata (seeds/<slug>.yaml)' },
  site: { schema: siteSchema, title: 'Site settings (content/site.yaml)' },
  'entry-translation': {
    schema: entryTranslationSchema,
    title: 'Entry translation (content/translations/<lang>/entries/<theme>/<slug>.md frontmatter)',
  },
  'theme-translation': {
    schema: themeTranslationSchema,
    title: 'Theme translation (content/translations/<lang>/themes/<slug>.md frontmatter)',
  },
  'story-translation': {
    schema: storyTranslationSchema,
    title: 'Story translation (content/translations/<lang>/stories/<slug>.md frontmatter)',
  },
  'term-translation': {
    schema: termTranslationSchema,
    title: 'Key term translation (content/translations/<lang>/terms/<slug>.md frontmatter)',
  },
  'home-translation': { schema: homeTranslationSchema, title: 'Site name translation (content/translations/<lang>/site.yaml)' },
  'interface-translation': {
    schema: interfaceTranslationSchema,
    title: 'Interface translation (content/translations/<lang>/interface.yaml)',
  },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

export const schemaNames = Object.keys(SCHEMAS) as SchemaName[];

export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const { schema, title } = SCHEMAS[name];
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-07',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // A date may arrive as a YAML timestamp or a string; in an editor it is typed as text.
      // A described date field is a copy of isoDate that shares its definition.
      if (zodSchema._zod.def === isoDate._zod.def) {
        const { description } = jsonSchema;
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, {
          type: 'string',
          format: 'date',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
          ...(description && { description }),
        });
      }
      if (zodSchema._zod.def === partialDate._zod.def) {
        const { description } = jsonSchema;
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, {
          type: ['string', 'integer'],
          pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
          ...(description && { description }),
        });
      }
    },
  });
  const { $schema, ...rest } = json;
  return { $schema, title, ...rest };
}

/** The file `npm run schemas` writes for a schema: stable key order, two-space indent, final newline. */
export const schemaFileName = (name: SchemaName): string => `schemas/${name}.schema.json`;
export const schemaFileText = (name: SchemaName): string => `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
