/**
 * The content tree brought up to date after one file changed, was added or
 * was deleted (in any collection, translations included), by loading that
 * file alone: what the dev server does on an edit instead of loading every
 * file again. The result is the tree
 * `loadContent` would give, items and problems in the same order (a test
 * holds the two together); items of other files are the same objects, so
 * what was computed from them can be kept (src/lib/check/check-memo.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../model/errors.ts';
import { COLLECTIONS, CONTENT_EXTENSIONS, FOLDER_OF, listSeeds, loadContent, loadFile, type ContentTree } from './content-tree.ts';
import { readOriginals } from './originals.ts';
import { loadSiteFile } from './site-settings.ts';
import { ORIGINALS_FOLDER } from './translation-files.ts';
import { loadTranslations } from './translation-files.ts';
import type { Loaded } from './loaded.ts';

type Folder = keyof typeof FOLDER_OF;
const FOLDERS = Object.keys(FOLDER_OF) as Folder[];

const folderRank = (file: string): number => FOLDERS.findIndex((f) => file.startsWith(`content/${FOLDER_OF[f]}/`));
const byFile = (a: { file: string }, b: { file: string }): number =>
  folderRank(a.file) - folderRank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/**
 * `file` is relative to the data root (`content/entries/<theme>/<slug>.md`). A path that is no
 * content file (a hidden or temporary file, another extension) leaves the tree as it is; one
 * outside the collection folders (a folder itself) reloads the whole tree.
 */
export function reloadFile(root: string, tree: ContentTree, file: string): ContentTree {
  const match = /^content\/([^/]+)\/(.+)$/.exec(file);
  const folder = FOLDERS.find((f) => FOLDER_OF[f] === match?.[1]);
  const name = match?.[2];
  if (!folder || !name) return loadContent(root);
  if (folder === 'translations' && name.startsWith(`${ORIGINALS_FOLDER}/`)) return { ...tree, originals: readOriginals(root) };
  if (name.split('/').some((part) => part.startsWith('.')) || !CONTENT_EXTENSIONS.some((ext) => name.endsWith(ext))) return tree;
  // The seeds and the site's settings, which no collection's edit reports, are read again with every file.
  const fresh = { seeds: listSeeds(root), site: loadSiteFile(root) };
  const kept = (tree[folder] as Loaded<unknown>[]).filter((item) => item.file !== file);
  const problems: Problem[] = tree.problems.filter((p) => p.file !== file);
  if (existsSync(join(root, file))) {
    if (folder === 'translations') kept.push(...loadTranslations(root, [name], problems));
    else {
      const loaded = loadFile(root, FOLDER_OF[folder], name, COLLECTIONS[folder]);
      if (loaded.item) kept.push(loaded.item);
      problems.push(...loaded.problems);
    }
  }
  // Stable sorts: a file's own problems keep their order.
  return { ...tree, ...fresh, [folder]: kept.sort(byFile), problems: problems.sort(byFile) };
}
