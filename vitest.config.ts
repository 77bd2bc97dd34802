import { defineConfig } from 'vitest/config';

// Five tiers. `unit` builds nothing and starts no process; `cli` starts the
// commands (and git) as programs; `ci` checks the workflows; `site` (the built
// pages) and `browser` (Chromium on the built pages) share the builds made by
// their global setup once per run, whichever of them runs first.
const BUILT = { globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 300_000 };

export default defineConfig({
  test: {
    testTimeout: 60_000,
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
          globalSetup: [...BUILT.globalSetup, 'tests/helpers/chromium-setup.ts'],
        },
      },
    ],
  },
});
