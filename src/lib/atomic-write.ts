import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

/** Names of the temporary files below: `.<name>.<pid>.tmp`. */
export const TEMP_FILE = /^\..+\.\d+\.tmp$/;

/**
 * Writes through a temporary file in the same folder and renames it into
 * place, so a reader (or a crash) only ever sees the old file or the new one.
 */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
