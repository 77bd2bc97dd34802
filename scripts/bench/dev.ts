/**
 * The maintainer's edit–look loop under `astro dev`: how long the dev server
 * takes from start to serving an entry's page, and how long after the entry is
 * saved its page shows the edit. Measured from outside, over HTTP, the way a
 * browser sees it: the page is requested again and again until it contains
 * the sentence (or title) just written. The dev server's CPU time (its whole
 * process tree, from /proc) is recorded beside each wall time, since wall
 * time on a shared machine moves with the load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { treeCpuMs } from './process-tree.ts';

export interface Timed {
  ms: number;
  cpuMs: number;
}

export interface DevFigures {
  /** From starting `astro dev` with no content store of the last run to the entry's page answering 200. */
  start: Timed;
  /** The same, started again with the store the first start left. */
  warmStart: Timed;
  /** A sentence added to an entry's body, until its page has it. */
  bodyEdits: Timed[];
  /** An entry's title changed in its frontmatter, until its page has it. */
  dataEdits: Timed[];
}

export interface DevSite {
  projectRoot: string;
  /** Where `astro dev` keeps its content store: `<root>/.astro/`. */
  dotAstro: string;
  env: NodeJS.ProcessEnv;
  /** Arguments for `astro dev` (a configuration file or a root). */
  args: readonly string[];
  /** The entry file edited, and the page (relative to the origin) that shows it. */
  file: string;
  page: string;
}

const POLL_MS = 10;
const TIMEOUT_MS = 180_000;
/** Time for the watcher and the reload to settle between edits. */
const SETTLE_MS = 700;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Requests `url` one request at a time until `done` accepts the answer. */
async function pollUntil(
  url: string,
  done: (status: number, text: string) => boolean,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = performance.now() + TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dev server exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url);
      if (done(response.status, await response.text())) return;
    } catch {
      // Not listening yet.
    }
    await sleep(POLL_MS);
  }
  throw new Error(`${url} did not show what was expected within ${TIMEOUT_MS / 1000} s:\n${log()}`);
}

export interface Server {
  origin: string;
  child: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts the dev server and waits for the page of the entry to edit: the first page a maintainer opens. */
export async function start(site: DevSite, port: number): Promise<{ server: Server; start: Timed }> {
  const astro = join(site.projectRoot, 'node_modules/astro/bin/astro.mjs');
  const began = performance.now();
  const child = spawn(process.execPath, [astro, 'dev', ...site.args, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site.projectRoot,
    env: site.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const server: Server = {
    origin: `http://127.0.0.1:${port}/`,
    child,
    log: () => output,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
    },
  };
  try {
    await pollUntil(server.origin + site.page, (status) => status === 200, child, server.log);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, start: { ms: performance.now() - began, cpuMs: treeCpuMs(child.pid!) } };
}

/** Writes `text` into `file` and waits until the page has `expected`. */
export async function timedEdit(server: Server, url: string, file: string, text: string, expected: string): Promise<Timed> {
  const cpuBefore = treeCpuMs(server.child.pid!);
  const written = performance.now();
  writeFileSync(file, text);
  await pollUntil(url, (status, page) => status === 200 && page.includes(expected), server.child, server.log);
  const timed = { ms: performance.now() - written, cpuMs: treeCpuMs(server.child.pid!) - cpuBefore };
  await sleep(SETTLE_MS);
  return timed;
}

/**
 * Starts the dev server with no content store (the one there is set aside and put back after),
 * edits the entry `edits` times in its body and `dataEdits` times in its title, then starts it
 * again with the store it left. The entry is restored at the end.
 */
export function measureDev(site: DevSite, { edits, dataEdits }: { edits: number; dataEdits: number }): Promise<DevFigures> {
  return withStoreSetAside(site, () => editAndRestart(site, edits, dataEdits));
}

/**
 * Runs `work` with the content store `astro dev` keeps in `<root>/.astro/` set aside, and puts it
 * back after, with the entry as it was: the benchmark's newsroom must not become the project's.
 */
export async function withStoreSetAside<T>(site: DevSite, work: () => Promise<T>): Promise<T> {
  const store = join(site.dotAstro, 'data-store.json');
  const saved = `${store}.before-bench`;
  if (existsSync(store)) renameSync(store, saved);
  const original = readFileSync(site.file, 'utf8');
  try {
    return await work();
  } finally {
    writeFileSync(site.file, original);
    rmSync(store, { force: true });
    if (existsSync(saved)) renameSync(saved, store);
  }
}

async function editAndRestart(site: DevSite, edits: number, dataEdits: number): Promise<DevFigures> {
  const original = readFileSync(site.file, 'utf8');
  const port = await freePort();
  const first = await start(site, port);
  const url = first.server.origin + site.page;
  const bodyEdits: Timed[] = [];
  const dataEditsDone: Timed[] = [];
  try {
    await sleep(SETTLE_MS);
    for (let i = 1; i <= edits; i++) {
      const sentence = `Edit number ${i} reached the page ${Date.now().toString(36)}.`;
      bodyEdits.push(await timedEdit(first.server, url, site.file, `${original.trimEnd()}\n\n${sentence}\n`, sentence));
    }
    for (let i = 1; i <= dataEdits; i++) {
      const title = `Retitled for the benchmark ${i} ${Date.now().toString(36)}`;
      dataEditsDone.push(await timedEdit(first.server, url, site.file, original.replace(/^title: .*$/m, `title: ${title}`), title));
    }
    writeFileSync(site.file, original);
    await sleep(SETTLE_MS);
  } finally {
    await first.server.stop();
  }
  const second = await start(site, port);
  await second.server.stop();
  return { start: first.start, warmStart: second.start, bodyEdits, dataEdits: dataEditsDone };
}
