import { defineConfig } from 'vitest/config';

// Four tiers. `unit` and `ci` build nothing; `site` (the built pages) and
// `browser` (Chromium on the built pages) share one build of the site, made
// by their global setup once per run, whichever of them runs first.
const BUILT = { globalSetup: ['tests/helpers/global-setup.ts'], hookTimeout: 300_000 };

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'ci', include: ['tests/ci/**/*.test.ts'] } },
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], ...BUILT } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...BUILT } },
    ],
  },
});
