/**
 * The run's settings, resolved from the environment's values in one place
 * (src/lib/model/settings.ts); src/settings.ts is the one edge that reads
 * the environment.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/model/errors.ts';
import { DEFAULT_ENTRIES_PER_PAGE, resolveSettings, runKind, settingsEnv, type Settings } from '../../src/lib/model/settings.ts';

describe('the settings of a run', () => {
  it('has defaults for a local run in the project folder', () => {
    expect(resolveSettings({}, '/work/site')).toEqual({
      root: resolve('/work/site'),
      run: 'local',
      base: '/',
      site: 'https://example.org',
      entriesPerPage: DEFAULT_ENTRIES_PER_PAGE,
    });
  });

  it('takes each variable it knows, normalised', () => {
    const env = {
      EXPLAINER_ROOT: 'tests/fixtures/site-preview',
      CI: 'true',
      BASE_PATH: 'pr-42',
      SITE_URL: ' https://preview.example.com ',
      ENTRIES_PER_PAGE: '5',
      HOME: '/home/someone',
    };
    expect(resolveSettings(env, '/work/site')).toEqual({
      root: resolve('tests/fixtures/site-preview'),
      run: 'ci',
      base: '/pr-42/',
      site: 'https://preview.example.com',
      entriesPerPage: 5,
    });
    expect(resolveSettings({ BASE_PATH: '/docs//' }, '/').base).toBe('/docs/');
    expect(resolveSettings({ EXPLAINER_ROOT: '' }, '/work/site').root).toBe(resolve('/work/site'));
  });

  it('reads the run kind from the values only when they say "true", and a preview only under CI', () => {
    expect(runKind({ CI: 'true', EXPLAINER_PREVIEW: 'true' })).toBe('preview');
    expect(runKind({ CI: 'true' })).toBe('ci');
    expect(runKind({ CI: '1', EXPLAINER_PREVIEW: 'yes' })).toBe('local');
    expect(runKind({ EXPLAINER_PREVIEW: 'true' })).toBe('local');
    expect(runKind({})).toBe('local');
  });

  it('refuses a page size that is not a whole number from 1, naming the variable', () => {
    for (const value of ['ten', '0', '2.5', '-3']) {
      const attempt = () => resolveSettings({ ENTRIES_PER_PAGE: value }, '/');
      expect(attempt).toThrow(InputError);
      expect(attempt).toThrow(`environment: ENTRIES_PER_PAGE: expected a whole number from 1, found "${value}"`);
    }
    expect(resolveSettings({ ENTRIES_PER_PAGE: '' }, '/').entriesPerPage).toBe(DEFAULT_ENTRIES_PER_PAGE);
  });

  it('gives back the environment that resolves to the same settings, for a run started from another', () => {
    const settings: Settings[] = [
      { root: resolve('/data'), run: 'preview', base: '/pr-42/', site: 'https://preview.example.net', entriesPerPage: 1 },
      { root: resolve('/data'), run: 'ci', base: '/', site: 'https://example.org', entriesPerPage: 20 },
      { root: resolve('/data'), run: 'local', base: '/docs/', site: 'https://example.org', entriesPerPage: 7 },
    ];
    for (const s of settings) expect(resolveSettings(settingsEnv(s), '/elsewhere')).toEqual(s);
    expect(settingsEnv({ root: '/data', base: '/pr-42/' })).toEqual({ EXPLAINER_ROOT: '/data', BASE_PATH: '/pr-42/' });
  });
});
