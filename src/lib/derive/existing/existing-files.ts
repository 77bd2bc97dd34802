/**
 * The derived files already in `content/` (sources and entries), read as
 * derive finds them: their data, body, what derive recorded when it wrote
 * them, and whether a person has edited them since.
 */
import { resolve, sep } from 'node:path';
import { derivedPaths } from './derived-paths.ts';
import { readSigned, type FileSignature } from './file-signature.ts';
import { parseMarkdownFile, parseYamlFile } from '../../content-files/frontmatter.ts';
import { isUnedited } from '../../model/derived-record.ts';
import { InputError } from '../../model/errors.ts';
import type { DerivedRecord } from '../../model/schema.ts';

export interface Existing {
  data: Record<string, unknown> | undefined;
  body: string;
  unedited: boolean;
  /** What derive recorded; absent on files written by hand. */
  record: DerivedRecord | undefined;
  /** The file as it is on disk, for edits that must keep everything else as written. */
  text: string;
  /** For derive's manifest: what was read, to tell next time whether it changed. */
  signature: FileSignature;
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

/** The file at `path` (relative to `content/`), read at time `now`, or undefined when there is none. */
export function readExisting(contentDir: string, path: string, now = Date.now()): Existing | undefined {
  const read = readSigned(insideContent(contentDir, path), now);
  if (!read) return undefined;
  const { signature } = read;
  const text = read.bytes.toString('utf8');
  try {
    const parsed = path.endsWith('.md') ? parseMarkdownFile(path, text) : parseYamlFile(path, text);
    const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : undefined;
    return { data, body: parsed.body, unedited: isUnedited(data, parsed.body), record: recordOf(data), text, signature };
  } catch (error) {
    if (error instanceof InputError) return { data: undefined, body: '', unedited: false, record: undefined, text, signature };
    throw error;
  }
}

/** The source and entry files at `paths` (all of them by default; see derived-paths.ts), by path relative to `content/`. */
export function readExistingFiles(
  contentDir: string,
  paths: readonly string[] = derivedPaths(contentDir),
  now = Date.now(),
): Map<string, Existing> {
  return new Map(paths.map((path) => [path, readExisting(contentDir, path, now)!]));
}
