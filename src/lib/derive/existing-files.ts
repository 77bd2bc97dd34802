/**
 * The derived files already in `content/` (sources and entries), read as
 * derive finds them: their data, body, and whether a person has edited them
 * since derive wrote them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { listFiles } from '../content-files/content-tree.ts';
import { parseMarkdownFile, parseYamlFile } from '../content-files/frontmatter.ts';
import { isUnedited } from '../model/derived-record.ts';
import { InputError } from '../model/errors.ts';

export interface Existing {
  data: Record<string, unknown> | undefined;
  body: string;
  unedited: boolean;
}

/** Resolves a content path and refuses anything that would land outside `content/`. */
export function insideContent(contentDir: string, path: string): string {
  const target = resolve(contentDir, path);
  if (!target.startsWith(contentDir + sep)) throw new Error(`refusing to write outside content/: ${path}`);
  return target;
}

export function readExisting(contentDir: string, path: string): Existing | undefined {
  const full = insideContent(contentDir, path);
  if (!existsSync(full)) return undefined;
  try {
    const text = readFileSync(full, 'utf8');
    const parsed = path.endsWith('.md') ? parseMarkdownFile(path, text) : parseYamlFile(path, text);
    const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : undefined;
    return { data, body: parsed.body, unedited: isUnedited(data, parsed.body) };
  } catch (error) {
    if (error instanceof InputError) return { data: undefined, body: '', unedited: false };
    throw error;
  }
}

export function derivedFilesOnDisk(contentDir: string): string[] {
  return [
    ...listFiles(join(contentDir, 'sources'), ['.yaml']).map((p) => `sources/${p}`),
    ...listFiles(join(contentDir, 'entries'), ['.md']).map((p) => `entries/${p}`),
  ];
}
