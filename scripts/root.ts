import { resolve } from 'node:path';

/** The data root holding seeds/ and content/: EXPLAINER_ROOT if set, else the current directory. */
export const dataRoot = (): string => resolve(process.env['EXPLAINER_ROOT'] ?? process.cwd());
