/**
 * The JSON Schemas editors use are generated from the zod schemas; the
 * committed copies must match what `npm run schemas` would write now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files/content-tree.ts';
import { parseMarkdownFile, parseYamlFile } from '../../src/lib/content-files/frontmatter.ts';
import { jsonSchema, schemaFileName, schemaFileText, schemaNames, type SchemaName } from '../../src/lib/model/json-schemas.ts';
import { entryKind } from '../../src/lib/model/schema.ts';
import { projectRoot } from '../helpers/build-site.ts';

interface JsonNode {
  description?: unknown;
  properties?: Record<string, JsonNode>;
  items?: JsonNode;
  additionalProperties?: boolean | JsonNode;
  anyOf?: JsonNode[];
}

const read = (file: string) => readFileSync(join(projectRoot, file), 'utf8');

describe('JSON Schemas for editors', () => {
  it('are committed and up to date with src/lib/model/schema.ts (run "npm run schemas" if not)', () => {
    const stale = schemaNames.filter((name) => read(schemaFileName(name)) !== schemaFileText(name));
    expect(stale).toEqual([]);
  });

  it('describe every field, at every depth, so an editor sees its meaning on hover', () => {
    const undescribed: string[] = [];
    const walk = (node: JsonNode, path: string): void => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (typeof child.description !== 'string' || child.description.length < 10) undescribed.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      if (node.items) walk(node.items, `${path}[]`);
      if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, `${path}{}`);
      for (const option of node.anyOf ?? []) walk(option, path);
    };
    for (const name of schemaNames) walk(jsonSchema(name) as JsonNode, name);
    expect(undescribed).toEqual([]);
  });

  it('describe what a maintainer writes: required fields, no unknown fields, dates as text, kinds by name', () => {
    const entry = jsonSchema('entry') as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, Record<string, unknown>>;
    };
    expect(entry.required).toEqual(['title', 'theme', 'source', 'paragraphs', 'order', 'summary', 'kind', 'updated']);
    expect(entry.additionalProperties).toBe(false);
    expect(entry.properties['updated']).toMatchObject({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(entry.properties['kind']).toMatchObject({ enum: entryKind.options });
  });

  it('accept the frontmatter of every real content file, key by key', () => {
    const tree = loadContent(projectRoot);
    const files: [SchemaName, string][] = [
      ...tree.themes.map((t): [SchemaName, string] => ['theme', t.file]),
      ...tree.entries.map((e): [SchemaName, string] => ['entry', e.file]),
      ...tree.sources.map((s): [SchemaName, string] => ['source', s.file]),
    ];
    expect(files.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const [name, file] of files) {
      const schema = jsonSchema(name) as { required: string[]; properties: Record<string, unknown> };
      const parsed = file.endsWith('.md') ? parseMarkdownFile(file, read(file)) : parseYamlFile(file, read(file));
      const keys = Object.keys(parsed.data as object);
      for (const key of keys) if (!(key in schema.properties)) problems.push(`${file}: ${key} is not in ${name}.schema.json`);
      for (const key of schema.required) if (!keys.includes(key)) problems.push(`${file}: ${key} is required by ${name}.schema.json`);
    }
    expect(problems).toEqual([]);
  });

  it('are mapped to the YAML files in the VS Code settings', () => {
    const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({
      './schemas/source.schema.json': ['content/sources/*.yaml', 'content/sources/*.yml'],
      './schemas/seed-meta.schema.json': ['seeds/*.yaml', 'seeds/*.yml'],
      './schemas/site.schema.json': ['content/site.yaml', 'content/site.yml'],
      './schemas/home-translation.schema.json': ['content/translations/*/site.yaml'],
      './schemas/interface-translation.schema.json': ['content/translations/*/interface.yaml'],
    });
  });
});
