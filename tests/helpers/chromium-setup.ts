/**
 * One Chromium for the browser tier's run, started before its first file and
 * closed after its last; every file connects to it, each in contexts of its
 * own, instead of starting a browser per file.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../../src/lib/tooling/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's Chromium listens for Playwright. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer({
    executablePath: process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
