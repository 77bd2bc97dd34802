// @ts-check
// For a profiled build: the server bundle keeps source maps, and a copy of
// it (maps included) is kept in $BENCH_PROFILE_DIR/bundle/ before Astro
// deletes it, so the profile's samples in bundled pages, components and
// Astro's runtime can be traced to their source files.
import { cpSync } from 'node:fs';
import { join } from 'node:path';

/** @param {import('astro').AstroUserConfig} config */
export function withKeptBundle(config) {
  const keep = process.env.BENCH_PROFILE_DIR;
  if (!keep) throw new Error('BENCH_PROFILE_DIR must name the folder the profile is written to');
  /** @type {import('vite').Plugin} */
  const keepBundle = {
    name: 'bench-keep-bundle',
    writeBundle(options) {
      if (options.dir) cpSync(options.dir, join(keep, 'bundle', this.environment.name), { recursive: true });
    },
  };
  const vite = config.vite ?? {};
  return { ...config, vite: { ...vite, plugins: [...(vite.plugins ?? []), keepBundle] } };
}
