/**
 * The files of a folder of `content/` or `seeds/`, as every tool lists them:
 * recursively, by extension, without hidden files or folders (derive's lock,
 * its manifest and the temporary files of an atomic write start with a dot).
 * It imports no parser, so derive can tell whether anything changed without
 * loading one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files under `dir` whose names `keep` accepts, as paths relative to `dir`, in no particular
 * order; hidden files and folders only with `hidden`. A walk of its own: Node's recursive
 * readdir took ten times as long on a folder of 5,000 entries.
 */
export function walkFiles(dir: string, keep: (name: string) => boolean, { hidden = false } = {}): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      if (!hidden && item.name.startsWith('.')) continue;
      if (item.isDirectory()) walk(join(folder, item.name), `${prefix}${item.name}/`);
      else if (keep(item.name)) found.push(prefix + item.name);
    }
  };
  walk(dir, '');
  return found;
}

/** Files under `dir` with one of the extensions, sorted, as paths relative to `dir`. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  return walkFiles(dir, (name) => extensions.some((ext) => name.endsWith(ext))).sort();
}
