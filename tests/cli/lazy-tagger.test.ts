/**
 * The part-of-speech tagger that names proposed themes takes a noticeable
 * part of a second to load: a derive that proposes nothing, and above all
 * one with nothing to do, must never load it.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { assignmentFixtures } from '../../src/lib/tooling/eval/labelled-sets.ts';
import { projectRoot } from '../helpers/build-site.ts';

/** Derives `root` in a fresh process and says whether the tagger was loaded. */
function deriveLoadsTagger(root: string): boolean {
  const script = `
    import { createRequire } from 'node:module';
    import { derive } from ${JSON.stringify(join(projectRoot, 'src/lib/derive/derive.ts'))};
    await derive({ root: ${JSON.stringify(root)}, today: '2026-01-02' });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('wink-nlp'));
    process.stdout.write(String(loaded));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: projectRoot });
  expect(run.stderr).toBe('');
  return run.stdout === 'true';
}

it('loads the tagger to propose themes for a new explainer, and not for a derive with nothing to do or nothing to propose', () => {
  const root = mkdtempSync(join(tmpdir(), 'explainer-tagger-'));
  mkdirSync(join(root, 'seeds'));
  cpSync(join(assignmentFixtures('development'), 'va-avoid-foreclosure/seed.txt'), join(root, 'seeds/foreclosure.txt'));
  expect(deriveLoadsTagger(root)).toBe(true);
  expect(deriveLoadsTagger(root)).toBe(false);
  // A changed seed on a site that has themes is derived again, placed against them, and proposes nothing.
  appendFileSync(join(root, 'seeds/foreclosure.txt'), '\nA foreclosure counselor can help you apply.\n');
  expect(deriveLoadsTagger(root)).toBe(false);
  rmSync(root, { recursive: true, force: true });
});
