import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inputError } from '../model/errors.ts';

/**
 * Holds `path` as a lock file until `work` has finished; a lock left by a dead process is taken
 * over. `work` is told whether it was: only a run that was killed leaves its lock behind, and
 * with it whatever it had half done.
 */
export async function withLock<T>(path: string, label: string, work: (tookOver: boolean) => Promise<T>): Promise<T> {
  let tookOver = false;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const pid = Number(readFileSync(path, 'utf8'));
      if (isAlive(pid)) throw inputError(label, `another derive (process ${pid}) is running; wait for it to finish`);
      rmSync(path, { force: true });
      tookOver = true;
    }
  }
  try {
    return await work(tookOver);
  } finally {
    rmSync(path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
