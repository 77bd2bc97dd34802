/**
 * The build's last step, as Astro calls it once the pages are written: a
 * broken internal link or anchor fails `npm run build`, one line per link,
 * so no test has to check a built site's links again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/publish/headers-file.ts';
import { handOverSearchIndex } from '../../src/lib/publish/search-handover.ts';
import { postBuildIntegration } from '../../src/integrations/post-build.ts';
import { projectRoot } from '../helpers/build-site.ts';

const BASE = '/pr-42/';

/** Runs the integration's hooks over a copy of a link-check fixture, as Astro would after writing it, and gives what it logged. */
async function finishBuild(fixture: string): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'explainer-post-build-'));
  cpSync(join(projectRoot, 'tests/fixtures/linkcheck', fixture), outDir, { recursive: true });
  handOverSearchIndex({ finish: async () => 2 });
  const logged: string[] = [];
  const { hooks } = postBuildIntegration();
  const call = (hook: unknown, options: unknown) => (hook as (options: unknown) => unknown)(options);
  try {
    await call(hooks['astro:config:done'], { config: { base: BASE, site: 'https://example.org' } });
    await call(hooks['astro:build:done'], { dir: pathToFileURL(`${outDir}/`), logger: { info: (line: string) => logged.push(line) } });
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toBe(headersFile(BASE));
    return logged;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('the build’s post-build step', () => {
  it('passes a site whose every link resolves, and says so', async () => {
    expect(await finishBuild('good')).toEqual(['search index of 2 page(s).', 'links ok.']);
  });

  it('fails the build on broken links, one line each, then their count', async () => {
    const failure = finishBuild('bad').then(
      () => '',
      (error: Error) => error.message,
    );
    const lines = (await failure).split('\n');
    expect(lines[0]).toBe('broken link: index.html: https://example.org/pr-42/gone/: no file gone/index.html in the output');
    expect(lines).toHaveLength(12);
    expect(lines.at(-1)).toMatch(/^11 broken link\(s\) in .*explainer-post-build-/);
  });
});
