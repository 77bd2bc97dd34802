/**
 * Sites built once a run and shared by every test file that reads them, in
 * whichever worker it runs: a build is asked for by its definition, keyed by
 * its name and options. The first asker takes the key's folder in the run's
 * build folder (made by tests/helpers/global-setup.ts) and builds there; any
 * other asker waits for its result. Nothing is built until a test asks for
 * it, and builds asked for together run at the same time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { buildSite, projectRoot, type BuildOptions } from './build-site.ts';

export interface SiteBuild<Prepared = unknown> extends Omit<BuildOptions, 'dataRoot' | 'outDir' | 'cacheDir'> {
  /** Names the build's folder; with the options, the key two files share a build by. */
  name: string;
  /** A fixed data root; without it and without `prepare`, the project's own. */
  dataRoot?: string;
  /** Writes the data root into the empty folder given, and returns anything the tests need to know of how (kept as JSON). */
  prepare?: (root: string) => Prepared | Promise<Prepared>;
}

export interface BuiltSite<Prepared = unknown> {
  /** The data root it was built from. */
  root: string;
  dist: string;
  /** What `prepare` returned. */
  prepared: Prepared;
}

/** How long a file waits for a build another worker is making before giving up on it. */
const PATIENCE_MS = 10 * 60_000;

const asked = new Map<string, Promise<BuiltSite>>();

export function builtSite<Prepared>(build: SiteBuild<Prepared>): Promise<BuiltSite<Prepared>> {
  const { name, prepare, ...options } = build;
  const key = `${name}-${createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 8)}`;
  if (!asked.has(key)) asked.set(key, buildOnce(join(inject('buildsDir'), key), build));
  return asked.get(key) as Promise<BuiltSite<Prepared>>;
}

/** A folder of a test's own in the run's build folder, for a build (or a data root) no other file shares. */
export const ownFolder = (name: string): string => mkdtempSync(join(inject('buildsDir'), `${name}-`));

interface Outcome {
  prepared?: unknown;
  error?: string;
}

async function buildOnce<Prepared>(
  dir: string,
  { name, dataRoot, prepare, ...options }: SiteBuild<Prepared>,
): Promise<BuiltSite<Prepared>> {
  const root = prepare ? join(dir, 'root') : (dataRoot ?? projectRoot);
  const dist = join(dir, 'dist');
  const result = join(dir, 'outcome.json');
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { root, dist, prepared: (await outcomeOf(result, name)) as Prepared };
  }
  let outcome: Outcome;
  try {
    let prepared: unknown;
    if (prepare) {
      mkdirSync(root);
      prepared = await prepare(root);
    }
    await buildSite({ ...options, dataRoot: root, outDir: dist, cacheDir: join(dir, 'cache') });
    outcome = { prepared };
  } catch (error) {
    outcome = { error: `the ${name} site: ${error instanceof Error ? error.message : String(error)}` };
  }
  // Written whole, then renamed, so a waiting worker never reads half of it.
  writeFileSync(`${result}.tmp`, JSON.stringify(outcome));
  renameSync(`${result}.tmp`, result);
  if (outcome.error) throw new Error(outcome.error);
  return { root, dist, prepared: outcome.prepared as Prepared };
}

async function outcomeOf(result: string, name: string): Promise<unknown> {
  for (const start = Date.now(); !existsSync(result); await sleep(100))
    if (Date.now() - start > PATIENCE_MS) throw new Error(`the ${name} site: another worker's build did not finish`);
  const outcome = JSON.parse(readFileSync(result, 'utf8')) as Outcome;
  if (outcome.error) throw new Error(outcome.error);
  return outcome.prepared;
}
