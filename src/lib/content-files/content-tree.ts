/**
 * Loads every file under `content/` and validates it against the schemas,
 * collecting all problems instead of stopping at the first.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { InputError, type Problem } from '../model/errors.ts';
import { parseMarkdownFile, parseYamlFile, type ParsedFile } from './frontmatter.ts';
import { entrySchema, sourceSchema, themeSchema, type Entry, type Source, type Theme } from '../model/schema.ts';
import { validate } from './validate.ts';
import { fileNameProblem } from './file-names.ts';
import { listFiles } from './list-files.ts';

export interface Loaded<T> {
  /** Slug from the file name (for entries: `<folder>/<slug>`). */
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  /** The file as read, for digests. */
  text: string;
  lineOf: ParsedFile['lineOf'];
}

export interface ContentTree {
  themes: Loaded<Theme>[];
  sources: Loaded<Source>[];
  entries: Loaded<Entry>[];
  problems: Problem[];
}

export function loadCollection<S extends z.ZodType>(root: string, folder: string, schema: S, problems: Problem[]): Loaded<z.output<S>>[] {
  const dir = join(root, 'content', folder);
  const loaded: Loaded<z.output<S>>[] = [];
  for (const name of listFiles(dir, ['.md', '.yaml', '.yml'])) {
    const file = relative(root, join(dir, name)).split(sep).join('/');
    const misnamed = fileNameProblem(file, name, folder === 'entries' ? 2 : 1);
    if (misnamed) {
      problems.push(misnamed);
      continue;
    }
    try {
      const text = readFileSync(join(dir, name), 'utf8');
      const parsed = name.endsWith('.md') ? parseMarkdownFile(file, text) : parseYamlFile(file, text);
      const result = validate(schema, parsed);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      const id = name.replace(/\.(md|ya?ml)$/, '');
      loaded.push({ id, file, data: result.value, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf, text });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  return loaded;
}

export function loadContent(root: string): ContentTree {
  const problems: Problem[] = [];
  return {
    themes: loadCollection(root, 'themes', themeSchema, problems),
    sources: loadCollection(root, 'sources', sourceSchema, problems),
    entries: loadCollection(root, 'entries', entrySchema, problems),
    problems,
  };
}
