import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';
import { tempRoot } from './temp-root.ts';

interface Changes {
  remove?: string[];
  replace?: { file: string; find: string; with: string }[];
}

/**
 * The project's real content with one fixture's mistake applied: files under
 * `<fixture>/content` are laid over it, and `changes.json` removes or edits
 * files, so each fixture holds only its mistake. Made in a throwaway folder,
 * or in the empty folder `into`.
 */
export function treeWithFixture(fixture: string, into = ''): string {
  const root = tempRoot({}, { into });
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  if (existsSync(join(fixture, 'content'))) cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
  const changesFile = join(fixture, 'changes.json');
  const changes: Changes = existsSync(changesFile) ? JSON.parse(readFileSync(changesFile, 'utf8')) : {};
  for (const file of changes.remove ?? []) rmSync(join(root, file));
  for (const { file, find, with: replacement } of changes.replace ?? []) {
    const text = readFileSync(join(root, file), 'utf8');
    if (!text.includes(find)) throw new Error(`${fixture}: "${find}" not found in ${file}`);
    writeFileSync(join(root, file), text.replace(find, replacement));
  }
  return root;
}
