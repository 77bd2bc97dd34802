/** The run's settings as the pages see them, resolved once per build (src/settings.ts). */
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import type { Settings } from '../lib/model/settings.ts';
import { runSettings } from '../settings.ts';

export const settings: Settings = runSettings(fileURLToPath(root));
