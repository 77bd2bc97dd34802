/**
 * The site's clean build and the bare build of the same entries, each
 * CPU-profiled: the CPU time of each by stage of the pipeline (the main
 * thread's, from the profile), of the Node process's other threads (garbage
 * collection, compilation, file I/O) and of each process it started; then
 * the output of each by kind of file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CpuProfile } from '../../src/lib/tooling/bench/cpuprofile.ts';
import { bytesByKind, OUTPUT_KINDS } from '../../src/lib/tooling/bench/output-kinds.ts';
import { cpuByStage, STAGES, stageTimes } from '../../src/lib/tooling/bench/stages.ts';
import { bundleLocator } from './locate.ts';
import { measure } from './measure.ts';
import { projectRoot, walk } from './pipeline.ts';

/** Every profile `node --cpu-prof` wrote into `dir`. */
export const loadProfiles = (dir: string): CpuProfile[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);

const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const OTHER_THREADS = "the Node process's other threads (garbage collection, compiling, file I/O)";

async function profiledBuild(dir: string, name: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Map<string, number>> {
  const profiles = join(dir, `profiles-${name}`);
  const { processes } = await measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, astro, 'build', ...args], {
    cwd: projectRoot,
    env: { ...env, BENCH_PROFILE_DIR: profiles },
  });
  const [node, ...children] = processes;
  if (!node) throw new Error(`the ${name} build left no trace in /proc`);
  const cpu = cpuByStage(stageTimes(loadProfiles(profiles), bundleLocator(projectRoot, join(profiles, 'bundle'))), node.mainThreadCpuMs);
  cpu.set(OTHER_THREADS, node.cpuMs - node.mainThreadCpuMs);
  for (const child of children) cpu.set(`process ${child.name}`, (cpu.get(`process ${child.name}`) ?? 0) + child.cpuMs);
  return cpu;
}

const s = (ms: number) => (ms / 1000).toFixed(2).padStart(7);
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1).padStart(7);

/** `env` as the benchmark runs the site's build; the bare build gets its own cache folder and the entries folder to build. */
export async function profileBuilds(dir: string, env: NodeJS.ProcessEnv, entries: string): Promise<void> {
  const siteOut = join(dir, 'dist');
  const bareOut = join(dir, 'dist-bare');
  const site = await profiledBuild(dir, 'site', ['--config', 'bench/profile.config.mjs', '--outDir', siteOut], env);
  const bareEnv = { ...env, BENCH_CACHE_DIR: join(dir, 'cache-bare'), BENCH_ENTRIES_DIR: entries };
  const bareArgs = ['--root', 'bench/bare', '--config', 'profile.config.mjs', '--outDir', bareOut];
  const bare = await profiledBuild(dir, 'bare', bareArgs, bareEnv);
  const rows = [...new Set([...STAGES, OTHER_THREADS, ...site.keys(), ...bare.keys()])].filter((r) => site.has(r) || bare.has(r));
  const total = (cpu: Map<string, number>) => [...cpu.values()].reduce((a, b) => a + b, 0);
  console.log('\n== CPU seconds by stage: `npm run build` | bare build | difference');
  for (const row of rows) {
    const [a, b] = [site.get(row) ?? 0, bare.get(row) ?? 0];
    console.log(`${s(a)} ${s(b)} ${s(a - b)}  ${row}`);
  }
  console.log(`${s(total(site))} ${s(total(bare))} ${s(total(site) - total(bare))}  total`);
  const [siteBytes, bareBytes] = [bytesByKind(walk(siteOut)), bytesByKind(walk(bareOut))];
  console.log('\n== output MB by kind of file: `npm run build` | bare build');
  for (const kind of OUTPUT_KINDS) console.log(`${mb(siteBytes[kind])} ${mb(bareBytes[kind])}  ${kind}`);
}
