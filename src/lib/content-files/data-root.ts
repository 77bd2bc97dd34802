import { resolve } from 'node:path';

/**
 * The data root holding seeds/ and content/: the EXPLAINER_ROOT setting if
 * given (a fixture tree, a benchmark), else `project` (the current directory
 * for the CLIs, Astro's root for the site). Callers read the setting.
 */
export const dataRoot = (setting: string | undefined, project: string): string => resolve(setting || project);
