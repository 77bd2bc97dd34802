import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Names of the temporary files below: `.<name>.<pid>.tmp`. */
export const TEMP_FILE = /^\..+\.\d+\.tmp$/;

const tempOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/**
 * Writes through a temporary file in the same folder and renames it into
 * place, so a reader (or a crash) only ever sees the old file or the new one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempOf(path);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Atomic writes that run in the background, several at a time, while the
 * caller goes on preparing the next files: creating a file waits on the disk
 * more than on the processor, and overlapping those waits with each other
 * and with the caller's work saves most of the time of a few thousand new
 * files. `done` resolves when every write has finished and throws the first
 * failure; after a failure, writes not yet started are dropped.
 */
export function atomicWriter(concurrency = 16): { add: (path: string, content: string) => void; done: () => Promise<void> } {
  const queue: { path: string; content: string }[] = [];
  const folders = new Map<string, Promise<unknown>>();
  let active = 0;
  let failure: { error: unknown } | undefined;
  let settled: (() => void) | undefined;

  const writeOne = async ({ path, content }: { path: string; content: string }) => {
    const temp = tempOf(path);
    try {
      const folder = dirname(path);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await writeFile(temp, content, { flag: 'wx' });
      await rename(temp, path);
    } catch (error) {
      failure ??= { error };
      // The temporary file may not exist, or its folder may not be one; the first error is the one to report.
      await rm(temp, { force: true }).catch(() => undefined);
    }
  };
  const pump = () => {
    while (active < concurrency && queue.length > 0 && !failure) {
      active++;
      void writeOne(queue.shift()!).finally(() => {
        active--;
        pump();
        if (active === 0 && (queue.length === 0 || failure)) settled?.();
      });
    }
  };
  return {
    add: (path, content) => {
      queue.push({ path, content });
      pump();
    },
    done: async () => {
      if (active > 0) await new Promise<void>((resolve) => (settled = resolve));
      if (failure) throw failure.error;
    },
  };
}
