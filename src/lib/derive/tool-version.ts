/**
 * The version of derive, for its manifest: a digest of the code that decides
 * what derive writes (the stage folders up to and including `derive/`) and
 * of the locked dependency versions. Any change to either, released or not,
 * makes the next derive a full pass, so a manifest can never stand in for
 * files another version would have written differently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashBytes } from './file-signature.ts';

const LIB = fileURLToPath(new URL('..', import.meta.url));
const STAGES = ['model', 'text', 'content-files', 'article', 'derive'];
const LOCK_FILES = ['../../package-lock.json', '../../package.json'];

export function toolVersion(): string {
  const parts: string[] = [];
  for (const stage of STAGES) {
    const files = readdirSync(join(LIB, stage), { withFileTypes: true }).filter((f) => f.isFile());
    for (const name of files.map((f) => f.name).sort()) parts.push(`${stage}/${name}\n${readFileSync(join(LIB, stage, name), 'utf8')}`);
  }
  for (const file of LOCK_FILES) if (existsSync(join(LIB, file))) parts.push(`${file}\n${readFileSync(join(LIB, file), 'utf8')}`);
  return hashBytes(parts.join('\0'));
}
