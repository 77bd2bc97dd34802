/**
 * The version of derive, for its manifest: a digest of the code that decides
 * what derive writes (the stage folders up to and including `derive/`) and
 * of the locked dependency versions. Any change to either, released or not,
 * makes the next derive a full pass, so a manifest can never stand in for
 * files another version would have written differently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashBytes } from '../existing/file-signature.ts';

const LIB = fileURLToPath(new URL('../..', import.meta.url));
const STAGES = ['model', 'text', 'content-files', 'article', 'derive'];
const LOCK_FILES = ['../../package-lock.json', '../../package.json'];

/** `lib` is `src/lib` unless a test gives another folder laid out like it. */
export function toolVersion(lib = LIB): string {
  const parts: string[] = [];
  for (const stage of STAGES) {
    // Every file, in the stage's sub-folders too (derive's rooms), by its path inside the stage.
    const files = readdirSync(join(lib, stage), { withFileTypes: true, recursive: true }).filter((f) => f.isFile());
    const names = files.map((f) => relative(join(lib, stage), join(f.parentPath, f.name)).split(sep).join('/'));
    for (const name of names.sort()) parts.push(`${stage}/${name}\n${readFileSync(join(lib, stage, name), 'utf8')}`);
  }
  for (const file of LOCK_FILES) if (existsSync(join(lib, file))) parts.push(`${file}\n${readFileSync(join(lib, file), 'utf8')}`);
  return hashBytes(parts.join('\0'));
}
