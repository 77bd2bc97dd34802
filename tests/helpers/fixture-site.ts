/** The small fixture tree the tests build under a base path, as CI previews are built. */
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

export const FIXTURE_ROOT = join(projectRoot, 'tests/fixtures/site-preview');
export const FIXTURE_BASE = '/pr-42/';
export const FIXTURE_SITE = 'https://preview.example.net';

/** A tree whose article carries dates and acronyms: key terms and a timeline, some confirmed, some drafts. */
export const DATED_ROOT = join(projectRoot, 'tests/fixtures/site-dated');
