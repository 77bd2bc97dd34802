/**
 * CPU-profiles derive, check and the site's clean build at one size and
 * prints the top self time of each by module and by function.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selfTimes, type CpuProfile } from '../../src/lib/tooling/bench/cpuprofile.ts';
import { editorPass, writeCorpus } from './corpus.ts';
import { measure } from './measure.ts';
import { projectRoot } from './pipeline.ts';

const TOP = 20;

export async function profileStages(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `explainer-profile-${size}-`));
  const root = join(dir, 'data');
  const env = { ...process.env, EXPLAINER_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1', CI: 'false', BENCH_CACHE_DIR: join(dir, 'cache') };
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const stages: [string, string[]][] = [
    ['derive', [join(projectRoot, 'scripts/derive.ts')]],
    ['check', [join(projectRoot, 'scripts/check.ts')]],
    ['build', [astro, 'build', '--config', 'bench/full.config.mjs', '--outDir', join(dir, 'dist')]],
  ];
  try {
    writeCorpus(root, size);
    for (const [name, args] of stages) {
      const profiles = join(dir, `profiles-${name}`);
      const { ms } = await measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, ...args], { cwd: projectRoot, env });
      if (name === 'derive') editorPass(root);
      const loaded = readdirSync(profiles).map((file) => JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile);
      console.log(`\n== ${name}, ${size} entries: ${(ms / 1000).toFixed(2)} s wall while profiled, ${loaded.length} profile(s)`);
      for (const key of ['module', 'function'] as const) {
        console.log(`top self time by ${key}:`);
        for (const { name: what, ms: self, share } of selfTimes(loaded, key, projectRoot).slice(0, TOP)) {
          console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${self.toFixed(0).padStart(7)} ms  ${what}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
