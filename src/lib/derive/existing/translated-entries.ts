/**
 * Which entries have a translation: a translator's text derive never writes,
 * so the English entry it translates is not derive's to remove while the
 * translation stands (its article retired, the entry stays with it).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGINALS_FOLDER } from '../../content-files/translation-files.ts';
import { listFiles } from '../../content-files/list-files.ts';

/** Entry path relative to `content/` (`entries/<theme>/<slug>.md`) → its translations, as `content/translations/<code>/…` paths. */
export function translatedEntries(contentDir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const root = join(contentDir, 'translations');
  if (!existsSync(root)) return found;
  for (const code of readdirSync(root, { withFileTypes: true })) {
    if (!code.isDirectory() || code.name === ORIGINALS_FOLDER) continue;
    for (const path of listFiles(join(root, code.name, 'entries'), ['.md'])) {
      const entry = `entries/${path}`;
      found.set(entry, [...(found.get(entry) ?? []), `content/translations/${code.name}/${entry}`]);
    }
  }
  return found;
}
