import { resolve } from 'node:path';

/**
 * The data root holding seeds/ and content/: EXPLAINER_ROOT if set (a fixture
 * tree, a benchmark), else `fallback`, the project (the current directory for
 * the CLIs, Astro's root for the site).
 */
export const dataRoot = (fallback: string = process.cwd()): string => resolve(process.env['EXPLAINER_ROOT'] ?? fallback);
