/**
 * The files of a folder of `content/` or `seeds/`, as every tool lists them:
 * recursively, by extension, without hidden files or folders (derive's lock,
 * its manifest and the temporary files of an atomic write start with a dot).
 * It imports no parser, so derive can tell whether anything changed without
 * loading one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Files under `dir` with one of the extensions, sorted, as paths relative to `dir`. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !name.split(sep).some((part) => part.startsWith('.')))
    .map((name) => name.split(sep).join('/'))
    .sort();
}
