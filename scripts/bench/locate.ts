/**
 * Where a profiled frame's code comes from, as a path relative to the
 * project (`src/lib/render/mark-terms.ts`, `node_modules/astro/dist/…`).
 * Astro builds the pages from a server bundle it deletes after the build;
 * bench/keep-bundle.mjs keeps a copy, in which the bundler marks where each
 * module's code starts (`// src/components/Cites.astro`), so a frame in a
 * bundled file is traced to the module whose code it is in.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locate } from '../../src/lib/tooling/bench/stages.ts';

const MODULE_START = /^\/\/ ((?:src|node_modules)\/\S+)$/;

/** Each kept bundle file, by name, as the modules it holds in order: [first line, module]. */
function bundledModules(bundleDir: string): Map<string, [line: number, module: string][]> {
  const files = new Map<string, [number, string][]>();
  if (!existsSync(bundleDir)) return files;
  for (const name of readdirSync(bundleDir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mjs')) continue;
    const starts: [number, string][] = [];
    readFileSync(join(bundleDir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const module = MODULE_START.exec(line)?.[1];
        if (module) starts.push([i, module]);
      });
    files.set(basename(name), starts);
  }
  return files;
}

export function bundleLocator(projectRoot: string, bundleDir: string): Locate {
  const bundled = bundledModules(bundleDir);
  return ({ url, lineNumber }) => {
    if (!url.startsWith('file://')) return url;
    const path = fileURLToPath(url);
    const starts = bundled.get(basename(path));
    const module = starts?.findLast(([line]) => line <= lineNumber)?.[1];
    return module ?? relative(projectRoot, path);
  };
}
