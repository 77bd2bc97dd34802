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
import { strayFileProblem } from './content-layout.ts';
import { byFile, COLLECTIONS, FOLDER_OF, listSeeds, loadContent, loadFile, type ContentTree } from './content-tree.ts';
import { readOriginals } from './originals.ts';
import { loadSiteFile } from './site-settings.ts';
import { ORIGINALS_FOLDER } from './translation-files.ts';
import { loadTranslations } from './translation-files.ts';
import type { Loaded } from './loaded.ts';

type Folder = keyof typeof FOLDER_OF;
const FOLDERS = Object.keys(FOLDER_OF) as Folder[];

/**
 * `file` is relative to the data root (`content/entries/<theme>/<slug>.md`). A hidden or
 * temporary file leaves the tree as it is; a file of another extension is refused or no longer
 * (content-layout.ts); a path outside the collection folders (a folder itself) reloads the whole tree.
 */
export function reloadFile(root: string, tree: ContentTree, file: string): ContentTree {
  const match = /^content\/([^/]+)\/(.+)$/.exec(file);
  const folder = FOLDERS.find((f) => FOLDER_OF[f] === match?.[1]);
  const name = match?.[2];
  if (!folder || !name) return loadContent(root);
  if (folder === 'translations' && name.startsWith(`${ORIGINALS_FOLDER}/`)) return { ...tree, originals: readOriginals(root) };
  if (name.split('/').some((part) => part.startsWith('.'))) return tree;
  // A file no collection reads (another extension): only whether it is there, refused, changes.
  if (strayFileProblem(file.slice('content/'.length))) return withStray(root, tree, file);
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

function withStray(root: string, tree: ContentTree, file: string): ContentTree {
  const there = existsSync(join(root, file));
  const problems = tree.problems.filter((p) => p.file !== file);
  if (!there && problems.length === tree.problems.length) return tree;
  if (there) problems.push(strayFileProblem(file.slice('content/'.length))!);
  return { ...tree, problems: problems.sort(byFile) };
}
