/**
 * The derived files already in `content/` (sources and entries), read as
 * derive finds them: their data, body, what derive recorded when it wrote
 * them, and whether a person has edited them since.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { listFiles } from '../content-files/list-files.ts';
import { fileNameProblem } from '../content-files/file-names.ts';
import { parseMarkdownFile, parseYamlFile } from '../content-files/frontmatter.ts';
import { isUnedited } from '../model/derived-record.ts';
import { InputError } from '../model/errors.ts';
import type { DerivedRecord } from '../model/schema.ts';

export interface Existing {
  data: Record<string, unknown> | undefined;
  body: string;
  unedited: boolean;
  /** What derive recorded; absent on files written by hand. */
  record: DerivedRecord | undefined;
  /** The file as it is on disk, for edits that must keep everything else as written. */
  text: string;
}

/** Resolves a content path and refuses anything that would land outside `content/`. */
export function insideContent(contentDir: string, path: string): string {
  const target = resolve(contentDir, path);
  if (!target.startsWith(contentDir + sep)) throw new Error(`refusing to write outside content/: ${path}`);
  return target;
}

function recordOf(data: Record<string, unknown> | undefined): DerivedRecord | undefined {
  const record = data?.['derived'];
  if (!record || typeof record !== 'object') return undefined;
  const { from, seed, digest, section, assigned } = record as Record<string, unknown>;
  if (typeof from !== 'string' || typeof seed !== 'string' || typeof digest !== 'string') return undefined;
  return { from, seed, digest, ...(typeof section === 'string' && { section }), ...(typeof assigned === 'string' && { assigned }) };
}

export function readExisting(contentDir: string, path: string): Existing | undefined {
  const full = insideContent(contentDir, path);
  if (!existsSync(full)) return undefined;
  const text = readFileSync(full, 'utf8');
  try {
    const parsed = path.endsWith('.md') ? parseMarkdownFile(path, text) : parseYamlFile(path, text);
    const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : undefined;
    return { data, body: parsed.body, unedited: isUnedited(data, parsed.body), record: recordOf(data), text };
  } catch (error) {
    if (error instanceof InputError) return { data: undefined, body: '', unedited: false, record: undefined, text };
    throw error;
  }
}

/**
 * Every source and entry file, by path relative to `content/`. Files whose
 * names are not slugs are left out: `check` reports them, and derive neither
 * reads nor writes them.
 */
export function readExistingFiles(contentDir: string): Map<string, Existing> {
  const paths = [
    ...listFiles(join(contentDir, 'sources'), ['.yaml'])
      .filter((p) => !fileNameProblem(p, p, 1))
      .map((p) => `sources/${p}`),
    ...listFiles(join(contentDir, 'entries'), ['.md'])
      .filter((p) => !fileNameProblem(p, p, 2))
      .map((p) => `entries/${p}`),
  ];
  return new Map(paths.map((path) => [path, readExisting(contentDir, path)!]));
}
