/**
 * The paths of the files derive writes in `content/`, relative to it, as
 * derive reads them: sources, entries, key terms, then timeline items, each
 * sorted. Files whose names are not slugs are left out: `check` reports
 * them, and derive neither reads nor writes them.
 */
import { join } from 'node:path';
import { fileNameProblem } from '../../content-files/file-names.ts';
import { listFiles } from '../../content-files/list-files.ts';

const FOLDERS: readonly [folder: string, extension: string, depth: 1 | 2][] = [
  ['sources', '.yaml', 1],
  ['entries', '.md', 2],
  ['terms', '.md', 1],
  ['timelines', '.md', 2],
];

export function derivedPaths(contentDir: string): string[] {
  return FOLDERS.flatMap(([folder, extension, depth]) =>
    listFiles(join(contentDir, folder), [extension])
      .filter((p) => !fileNameProblem(p, p, depth))
      .map((p) => `${folder}/${p}`),
  );
}

/** A file's place in the order above: its folder's. */
export const folderRank = (path: string): number => FOLDERS.findIndex(([folder]) => path.startsWith(`${folder}/`));

/** Key terms and timeline items: the files derive proposes for editors to confirm. */
export const isProposal = (path: string): boolean => path.startsWith('terms/') || path.startsWith('timelines/');
