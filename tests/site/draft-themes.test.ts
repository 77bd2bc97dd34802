/**
 * A new explainer: a seed and no theme. Derive proposes the themes, a
 * pull-request preview builds them with a draft notice for review, and a CI
 * build that is not a preview refuses them, naming each one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build-site.ts';
import { ENGLISH } from '../helpers/english.ts';
import { builtSite, ownFolder } from '../helpers/site-builds.ts';
import { RIVER_TOWN_DRAFTS } from '../helpers/sites.ts';

const DRAFT_THEME_NOTICE = ENGLISH.t('theme.draftNotice');
const DRAFT_THEME_SUMMARY = ENGLISH.t('theme.draftSummary');

const { root, dist: out, prepared: proposed } = await builtSite(RIVER_TOWN_DRAFTS);

describe('a new explainer built from the themes derive proposed', () => {
  it('proposes themes and files every section under them', () => {
    expect(proposed.length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(join(root, 'content/themes')).sort()).toEqual(proposed.map((slug) => `${slug}.md`).sort());
    const entries = readdirSync(join(root, 'content/entries'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'));
    expect(entries).toHaveLength(2);
  });

  it('shows the draft notice on every theme page of the preview, and a placeholder for the missing summary', () => {
    for (const slug of proposed) {
      const html = readFileSync(join(out, 'themes', slug, 'index.html'), 'utf8');
      expect(html).toContain(DRAFT_THEME_NOTICE);
    }
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(DRAFT_THEME_SUMMARY);
  });

  it('gives valid HTML on the draft pages', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of ['index.html', ...proposed.map((slug) => `themes/${slug}/index.html`)]) {
      const report = await validator.validateFile(join(out, page));
      for (const result of report.results) for (const m of result.messages) problems.push(`${page}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('fails a CI build that is not a pull-request preview, naming each proposed theme', async () => {
    const build = await runBuild({ dataRoot: root, outDir: join(ownFolder('river-town-drafts-ci'), 'dist'), runKind: { CI: 'true' } });
    expect(build.status).not.toBe(0);
    for (const slug of proposed)
      expect(build.output).toContain(
        `content/themes/${slug}.md:7: status: proposed theme "${slug}" is a draft; write its question and summary, then delete the status line`,
      );
  });
});
