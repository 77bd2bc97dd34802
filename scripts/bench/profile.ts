/** CPU-profiles the site's clean build at one size and prints the top self time by module and by function. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfTimes, type CpuProfile } from '../../src/lib/bench/cpuprofile.ts';
import { editorPass, writeCorpus } from './corpus.ts';
import { measure } from './measure.ts';
import { projectRoot } from './pipeline.ts';

const TOP = 25;

export async function profileBuild(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `explainer-profile-${size}-`));
  const root = join(dir, 'data');
  const profiles = join(dir, 'profiles');
  const env = { ...process.env, EXPLAINER_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', BENCH_CACHE_DIR: join(dir, 'cache') };
  writeCorpus(root, size);
  await measure(process.execPath, [join(projectRoot, 'scripts/derive.ts')], { cwd: projectRoot, env });
  editorPass(root);
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const build = await measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, astro, 'build', '--config', 'bench/full.config.mjs', '--outDir', join(dir, 'dist')], { cwd: projectRoot, env });
  const loaded = readdirSync(profiles).map((name) => JSON.parse(readFileSync(join(profiles, name), 'utf8')) as CpuProfile);
  console.log(`\nprofiled build of ${size} entries: ${(build.ms / 1000).toFixed(2)} s wall (profiling slows it), ${loaded.length} profile(s)`);
  for (const key of ['module', 'function'] as const) {
    console.log(`\ntop self time by ${key}:`);
    for (const { name, ms, share } of selfTimes(loaded, key, projectRoot).slice(0, TOP)) {
      console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
