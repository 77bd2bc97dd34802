/**
 * The settings of a run, resolved from the environment's values in one
 * place. Nothing in `src/lib` reads the environment: `src/settings.ts` is
 * the one edge that passes the process's environment here, and astro.config.mjs, the
 * content loader, `src/site/` and the CLIs take what it returns.
 */
import { resolve } from 'node:path';
import { inputError } from './errors.ts';

/** How strict a run is (check/severity.ts): a local run, a CI run, or a pull-request preview build under CI. */
export type RunKind = 'local' | 'ci' | 'preview';

export interface Settings {
  /** The data root holding `seeds/` and `content/`: `EXPLAINER_ROOT` (a fixture tree, a benchmark), else the project folder. */
  root: string;
  /** `CI=true` makes a CI run, and `EXPLAINER_PREVIEW=true` with it a pull-request preview build. */
  run: RunKind;
  /** `BASE_PATH`, the path the site is served under, as `/segment/` (`/` by default). */
  base: string;
  /** `SITE_URL`, the site's origin, with a placeholder for local builds. */
  site: string;
  /** `ENTRIES_PER_PAGE`, the entries on one theme page (DEFAULT_ENTRIES_PER_PAGE by default). */
  entriesPerPage: number;
}

/** The environment's values a run reads; any other variable is ignored. */
export interface SettingsEnv {
  EXPLAINER_ROOT?: string | undefined;
  CI?: string | undefined;
  EXPLAINER_PREVIEW?: string | undefined;
  BASE_PATH?: string | undefined;
  SITE_URL?: string | undefined;
  ENTRIES_PER_PAGE?: string | undefined;
}

export const DEFAULT_ENTRIES_PER_PAGE = 20;

/** `project` is the folder the run belongs to: the current directory for the CLIs, Astro's root for the site. */
export function resolveSettings(env: SettingsEnv, project: string): Settings {
  return {
    root: resolve(env.EXPLAINER_ROOT || project),
    run: runKind(env),
    base: normaliseBase(env.BASE_PATH),
    site: normaliseSite(env.SITE_URL),
    entriesPerPage: entriesPerPage(env.ENTRIES_PER_PAGE),
  };
}

/** The environment's values that give `settings`, for a run another one starts (a test's build, the benchmark's): the inverse of resolveSettings. */
export function settingsEnv(settings: Partial<Settings>): Record<string, string> {
  const { root, run, base, site, entriesPerPage } = settings;
  return {
    ...(root !== undefined && { EXPLAINER_ROOT: root }),
    ...(run !== undefined && { CI: String(run !== 'local') }),
    ...(run === 'preview' && { EXPLAINER_PREVIEW: 'true' }),
    ...(base !== undefined && { BASE_PATH: base }),
    ...(site !== undefined && { SITE_URL: site }),
    ...(entriesPerPage !== undefined && { ENTRIES_PER_PAGE: String(entriesPerPage) }),
  };
}

/** Only the value "true" counts, so `CI=1` or a preview flag outside CI leaves a run local. */
export function runKind(env: Pick<SettingsEnv, 'CI' | 'EXPLAINER_PREVIEW'>): RunKind {
  if (env.CI !== 'true') return 'local';
  return env.EXPLAINER_PREVIEW === 'true' ? 'preview' : 'ci';
}

/** Normalises a BASE_PATH value to `/segment/` form. */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site's public URL from SITE_URL, with a placeholder origin for local builds. */
export function normaliseSite(value: string | undefined): string {
  return value?.trim() || 'https://example.org';
}

/** Entries per page from the ENTRIES_PER_PAGE setting, or the default; anything but a whole number from 1 is a mistake. */
export function entriesPerPage(setting: string | undefined): number {
  if (setting === undefined || setting === '') return DEFAULT_ENTRIES_PER_PAGE;
  const value = Number(setting);
  if (!Number.isInteger(value) || value < 1)
    throw inputError('environment', `expected a whole number from 1, found "${setting}"`, { field: 'ENTRIES_PER_PAGE' });
  return value;
}
