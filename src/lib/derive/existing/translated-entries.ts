/**
 * Which entries have a translation: a translator's text derive never writes,
 * so the English entry it translates is not derive's to remove while the
 * translation stands (its article retired, the entry stays with it), and an
 * entry derive moves to another theme takes its translations with it.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ORIGINALS_FOLDER } from '../../content-files/translation-files.ts';
import { listFiles } from '../../content-files/list-files.ts';

/** The languages an edition is kept for, by their folder under `content/translations/`. */
function languages(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true }).flatMap((d) => (d.isDirectory() && d.name !== ORIGINALS_FOLDER ? [d.name] : []));
}

/** The translations of one entry (`entries/<theme>/<slug>.md`), as paths relative to `content/`. */
export const translationsOf = (contentDir: string, entry: string): string[] =>
  languages(join(contentDir, 'translations'))
    .map((code) => `translations/${code}/${entry}`)
    .filter((path) => existsSync(join(contentDir, path)));

/** Entry path relative to `content/` (`entries/<theme>/<slug>.md`) → its translations, as `content/translations/<code>/…` paths. */
export function translatedEntries(contentDir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const root = join(contentDir, 'translations');
  for (const code of languages(root))
    for (const path of listFiles(join(root, code, 'entries'), ['.md'])) {
      const entry = `entries/${path}`;
      found.set(entry, [...(found.get(entry) ?? []), `content/translations/${code}/${entry}`]);
    }
  return found;
}
