/**
 * CPU-profiles, at one size, derive and check, then the site's clean build
 * and the bare build (by stage, profile-build.ts), then the maintainer's
 * loop: derive with nothing changed, derive after one article is added, and
 * the dev server while it handles one edit to an entry's body and one to its
 * title (from the edit on disk to the page showing it). Prints the top self
 * time of each by module and by function.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { settingsEnv } from '../../src/lib/model/settings.ts';
import { selfTimes, type CpuProfile } from '../../src/lib/tooling/bench/cpuprofile.ts';
import { addOneArticle, editorPass, writeCorpus } from './corpus.ts';
import { freePort, start, timedEdit, withStoreSetAside, type DevSite } from './dev.ts';
import { measure } from './measure.ts';
import { loadProfiles, profileBuilds } from './profile-build.ts';
import { entryToEdit, projectRoot } from './pipeline.ts';

const TOP = 20;

function print(name: string, ms: number, profiles: CpuProfile[]): void {
  console.log(`\n== ${name}: ${(ms / 1000).toFixed(2)} s wall while profiled, ${profiles.length} profile(s)`);
  for (const key of ['module', 'function'] as const) {
    console.log(`top self time by ${key}:`);
    // The profiler's own start and stop (node:inspector) are not the profiled process's work.
    const times = selfTimes(profiles, key, projectRoot).filter(({ name: what }) => !what.includes('node:inspector'));
    for (const { name: what, ms: self, share } of times.slice(0, TOP)) {
      console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${self.toFixed(0).padStart(7)} ms  ${what}`);
    }
  }
}

/** The dev server profiled from an edit on disk to its page showing it, once for a body edit and once for a title edit. */
async function profileDevEdits(dir: string, site: DevSite): Promise<void> {
  const profiles = join(dir, 'profiles-dev');
  mkdirSync(profiles);
  const { server } = await start(
    {
      ...site,
      env: {
        ...site.env,
        BENCH_PROFILE_DIR: profiles,
        NODE_OPTIONS: `--import ${join(projectRoot, 'scripts/bench/profile-on-signal.mjs')}`,
      },
    },
    await freePort(),
  );
  const original = readFileSync(site.file, 'utf8');
  const edits: [string, string, string][] = [
    ["dev server, an entry's body edited", `${original.trimEnd()}\n\nA sentence for the profile.\n`, 'A sentence for the profile.'],
    [
      "dev server, an entry's title edited",
      original.replace(/^title: .*$/m, 'title: Retitled for the profile'),
      'Retitled for the profile',
    ],
  ];
  try {
    await sleep(1000);
    for (const [i, [name, text, expected]] of edits.entries()) {
      process.kill(server.child.pid!, 'SIGUSR2');
      const { ms } = await timedEdit(server, server.origin + site.page, site.file, text, expected);
      process.kill(server.child.pid!, 'SIGUSR2');
      const file = join(profiles, `${i + 1}.cpuprofile`);
      for (let waited = 0; !readdirSync(profiles).includes(`${i + 1}.cpuprofile`) && waited < 10_000; waited += 100) await sleep(100);
      print(name, ms, [JSON.parse(readFileSync(file, 'utf8')) as CpuProfile]);
    }
  } finally {
    await server.stop();
  }
}

export async function profileStages(size: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `explainer-profile-${size}-`));
  const root = join(dir, 'data');
  const env = {
    ...process.env,
    ...settingsEnv({ root, run: 'local' }),
    ASTRO_TELEMETRY_DISABLED: '1',
    BENCH_CACHE_DIR: join(dir, 'cache'),
  };
  const cached = ['--import', join(projectRoot, 'scripts/compile-cache.mjs')];
  const derive = [...cached, join(projectRoot, 'scripts/derive.ts')];
  // Each stage, and what to do after it: change the corpus, or profile the two builds.
  const builds = () => profileBuilds(dir, env, join(root, 'content', 'entries'));
  const stages: [string, string[], (() => unknown)?][] = [
    ['derive', derive, () => editorPass(root)],
    ['derive after the editor pass', derive],
    ['check', [...cached, join(projectRoot, 'scripts/check.ts')], builds],
    // The first derive after the files were written reads them once more (file-signature.ts).
    ['derive, nothing changed (first)', derive],
    ['derive, nothing changed', derive, () => addOneArticle(root, size)],
    ['derive, one article added', derive],
  ];
  try {
    writeCorpus(root, size);
    for (const [i, [name, args, after]] of stages.entries()) {
      const profiles = join(dir, `profiles-${i}`);
      const { ms } = await measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, ...args], { cwd: projectRoot, env });
      print(`${name}, ${size} entries`, ms, loadProfiles(profiles));
      await after?.();
    }
    const { file, theme } = entryToEdit(root);
    const site: DevSite = {
      projectRoot,
      dotAstro: join(projectRoot, '.astro'),
      env,
      args: ['--config', 'bench/full.config.mjs'],
      file,
      page: `themes/${theme}/`,
    };
    await withStoreSetAside(site, () => profileDevEdits(dir, site));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
