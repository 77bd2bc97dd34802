/**
 * Reads the files under some folders of a data root, either as committed at
 * a git ref or as they are in the working tree, into the same in-memory
 * shape, so a content diff never touches git itself. Git runs without a
 * shell, and a ref is passed after --end-of-options so it cannot be an option.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../content-files/list-files.ts';
import { inputError } from '../model/errors.ts';

const git = (root: string, args: readonly string[]): string =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });

function failed(root: string, args: readonly string[]): boolean {
  try {
    git(root, args);
    return false;
  } catch {
    return true;
  }
}

/** The commit a ref names; an InputError, one line, when there is no repository or no such ref. */
export function resolveCommit(root: string, ref: string): string {
  if (failed(root, ['rev-parse', '--is-inside-work-tree']))
    throw inputError(root, 'not inside a git repository; run the diff from a clone of the project');
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim();
  } catch {
    throw inputError(ref, 'no such branch, tag or commit in this repository (for a pull request, fetch the base branch first)');
  }
}

/** Files under `folders` at `commit`, keyed by path relative to `root`. */
export function filesAtCommit(root: string, commit: string, folders: readonly string[]): Map<string, string> {
  const listing = git(root, ['ls-tree', '-r', '-z', '--name-only', commit, '--', ...folders]);
  const files = new Map<string, string>();
  for (const path of listing.split('\0').filter(Boolean)) {
    if (path.split('/').some((part) => part.startsWith('.'))) continue;
    files.set(path, git(root, ['show', `${commit}:./${path}`]));
  }
  return files;
}

const CONTENT_FILES = ['.md', '.yaml', '.yml', '.txt'];

/** Content and seed files under `folders` as they are on disk now, committed or not. */
export function filesInWorkingTree(root: string, folders: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of folders) {
    for (const name of listFiles(join(root, folder), CONTENT_FILES))
      files.set(`${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8'));
  }
  return files;
}
