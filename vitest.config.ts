import { defineConfig } from 'vitest/config';

// Five tiers. `unit` builds nothing and starts no process; `cli` starts the
// commands (and git) as programs; `ci` checks the workflows; `site` (the built
// pages) and `browser` (Chromium on the built pages) read sites built once a
// run, when a file first asks, and shared by every file that reads them
// (tests/helpers/site-builds.ts), in a folder their global setup makes.
const BUILT = { globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 300_000 };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // A hook that derives a whole site (the scenario suites' first step) gets the minute a test does.
    hookTimeout: 60_000,
    // Vitest would run one file at a time on two cores. Most of a site or
    // browser file's time is spent waiting on a build or on Chromium, each a
    // process of its own, so a third file keeps both cores busy meanwhile.
    maxWorkers: 3,
    // A worker's files share one module graph, so the project's modules load once per worker, not
    // once per file. A test undoes what it changes in process-wide state (the environment, globals).
    isolate: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], setupFiles: ['tests/helpers/no-processes.ts'] } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'] } },
      { extends: true, test: { name: 'ci', include: ['tests/ci/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...BUILT } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          ...BUILT,
          // One Chromium for the run, which every browser file connects to.
          globalSetup: [...BUILT.globalSetup, 'tests/helpers/chromium-setup.ts'],
          // A file's after-hooks run in the order they were added: its browser connection, added
          // first, closes with its tabs before the servers they loaded pages from (tests/helpers/browser.ts).
          sequence: { hooks: 'list' },
        },
      },
    ],
  },
});
