/**
 * The one edge that reads the environment for the run's settings (the data
 * root, the run kind, the base path, the site URL, the theme page size):
 * astro.config.mjs, the content loader, `src/site/` and the CLIs all take
 * them from here, resolved by `src/lib/model/settings.ts`.
 */
import { InputError, withoutStack } from './lib/model/errors.ts';
import { resolveSettings, type Settings } from './lib/model/settings.ts';

/** `project`: the current directory for the CLIs, Astro's root for the site. A bad value is a mistake, shown without a stack trace. */
export function runSettings(project: string): Settings {
  try {
    return resolveSettings(process.env, project);
  } catch (error) {
    throw error instanceof InputError ? withoutStack(error) : error;
  }
}
