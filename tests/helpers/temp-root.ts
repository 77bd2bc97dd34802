import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** A throwaway data root (or the empty folder `into`): the project's story, themes and seeds, plus any files given. */
export function tempRoot(files: Record<string, string> = {}, { withSeeds = true, into = '' } = {}): string {
  const root = into || mkdtempSync(join(tmpdir(), 'explainer-'));
  for (const folder of ['stories', 'themes'])
    cpSync(join(projectRoot, 'content', folder), join(root, 'content', folder), { recursive: true });
  mkdirSync(join(root, 'seeds'));
  if (withSeeds) cpSync(join(projectRoot, 'seeds'), join(root, 'seeds'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
