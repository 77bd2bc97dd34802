/**
 * Faults: a derive killed part-way leaves every file either as it was or as
 * the finished run would write it, never partial; a second derive waits for
 * (or takes over from) the first, never interleaves with it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/derive/derive.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { tempRoot } from '../helpers/temp-root.ts';

const SECTIONS = 1500;

function seed(version: string): string {
  const sections = Array.from(
    { length: SECTIONS },
    (_, i) => `Sanctuary Rule Number ${i + 1}\nThe sanctuary rule ${i + 1} limits cooperation, ${version}.`,
  );
  return ['A long article', 'Opening', 'The opening paragraph.', ...sections].join('\n');
}

/** The content files (derive's manifest is a cache of them, not one of them). */
function files(root: string): Map<string, string> {
  const dir = join(root, 'content');
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (p) => statSync(join(dir, p)).isFile() && !p.includes('themes') && p !== '.derive-manifest.json',
  );
  return new Map(names.map((p) => [relative(dir, join(dir, p)), readFileSync(join(dir, p), 'utf8')]));
}

function copy(root: string): string {
  const other = mkdtempSync(join(tmpdir(), 'explainer-copy-'));
  cpSync(root, other, { recursive: true });
  return other;
}

describe('derive under faults', () => {
  it('leaves every file old or new, never partial, when killed mid-run; the next run completes', async () => {
    const root = tempRoot({ 'seeds/long-article.txt': seed('first version') }, { withSeeds: false });
    await derive({ root });
    writeFileSync(join(root, 'seeds/long-article.txt'), seed('second version'));
    const finished = copy(root);
    await derive({ root: finished });
    const after = files(finished);
    // The kill is sent when the first entry lands; on a busy machine it can arrive after the run has
    // finished, which proves nothing either way, so such a run is tried again from the same start.
    let interrupted = false;
    for (let attempt = 0; attempt < 5 && !interrupted; attempt++) {
      const start = copy(root);
      const before = files(start);
      const child = spawn(process.execPath, [join(projectRoot, 'scripts/derive.ts')], { cwd: start, stdio: 'ignore' });
      const exited = new Promise((done) => child.on('exit', done));
      const watcher = watch(join(start, 'content/entries'), { recursive: true }, (_event, name) => {
        if (name && !name.endsWith('.tmp')) child.kill('SIGKILL');
      });
      await exited;
      watcher.close();

      let changed = 0;
      for (const [path, text] of files(start)) {
        if (path === '.derive.lock' || path.endsWith('.tmp')) continue;
        if (text === after.get(path)) changed++;
        else expect(text, `${path} is neither the old nor the new version`).toBe(before.get(path));
      }
      expect(changed).toBeGreaterThan(0);
      interrupted = changed < after.size;
      if (interrupted) {
        await derive({ root: start });
        expect(files(start)).toEqual(after);
      }
    }
    expect(interrupted, 'no run was killed before it finished, in five tries').toBe(true);
  }, 300_000);

  it('refuses to run while another derive holds the lock, and takes over a dead one’s lock', async () => {
    const root = tempRoot();
    writeFileSync(join(root, 'content/.derive.lock'), String(process.pid));
    await expect(derive({ root })).rejects.toThrow(
      `content/.derive.lock: another derive (process ${process.pid}) is running; wait for it to finish`,
    );
    writeFileSync(join(root, 'content/.derive.lock'), '999999999');
    // The source, seven entries and a proposed key term.
    expect((await derive({ root })).created).toHaveLength(9);
  });
});
