/**
 * The one edge that reads the environment for the run's settings (the data
 * root, the run kind, the base path, the site URL, the theme page size):
 * astro.config.mjs, the content loader, `src/site/` and the CLIs all take
 * them from here, resolved by `src/lib/model/settings.ts`.
 */
import { resolveSettings, type Settings } from './lib/model/settings.ts';

/** `project`: the current directory for the CLIs, Astro's root for the site. */
export const runSettings = (project: string): Settings => resolveSettings(process.env, project);
