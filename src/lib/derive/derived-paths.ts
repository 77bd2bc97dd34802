/**
 * The paths of the source and entry files in `content/`, relative to it,
 * as derive reads them: sources first, then entries, each sorted. Files
 * whose names are not slugs are left out: `check` reports them, and derive
 * neither reads nor writes them.
 */
import { join } from 'node:path';
import { fileNameProblem } from '../content-files/file-names.ts';
import { listFiles } from '../content-files/list-files.ts';

export function derivedPaths(contentDir: string): string[] {
  return [
    ...listFiles(join(contentDir, 'sources'), ['.yaml'])
      .filter((p) => !fileNameProblem(p, p, 1))
      .map((p) => `sources/${p}`),
    ...listFiles(join(contentDir, 'entries'), ['.md'])
      .filter((p) => !fileNameProblem(p, p, 2))
      .map((p) => `entries/${p}`),
  ];
}
