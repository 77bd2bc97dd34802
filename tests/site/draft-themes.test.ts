/**
 * A new explainer: a seed and no theme. Derive proposes the themes, a
 * pull-request preview builds them with a draft notice for review, and a CI
 * build that is not a preview refuses them, naming each one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { runBuild } from '../helpers/build-site.ts';
import { ENGLISH } from '../helpers/english.ts';
import { builtSite, ownFolder } from '../helpers/site-builds.ts';
import { RIVER_TOWN_DRAFTS } from '../helpers/sites.ts';

const DRAFT_THEME_NOTICE = ENGLISH.t('theme.draftNotice');
const DRAFT_THEME_SUMMARY = ENGLISH.t('theme.draftSummary');

const { root, dist: out, prepared: proposed } = await builtSite(RIVER_TOWN_DRAFTS);

const themeFile = (slug: string) => {
  const text = readFileSync(join(root, 'content/themes', `${slug}.md`), 'utf8');
  return { text, data: parseMarkdownFile(`${slug}.md`, text).data as Record<string, unknown> };
};

describe('a new explainer built from the themes derive proposed', () => {
  it('proposes themes and files every section under them', () => {
    expect(proposed.length).toBeGreaterThanOrEqual(1);
    expect(readdirSync(join(root, 'content/themes')).sort()).toEqual(proposed.map((slug) => `${slug}.md`).sort());
    const entries = readdirSync(join(root, 'content/entries'), { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'));
    expect(entries).toHaveLength(2);
  });

  it('shows the draft notice on every theme page of the preview, with the draft question and answer (or a placeholder for a missing one)', () => {
    const text = (page: string) => decodeHTML(readFileSync(join(out, page), 'utf8').replace(/<[^>]*>/g, ''));
    const home = text('index.html');
    for (const slug of proposed) {
      const page = text(`themes/${slug}/index.html`);
      expect(page).toContain(DRAFT_THEME_NOTICE);
      const { question, summary } = themeFile(slug).data as { question?: string; summary?: string };
      expect(question).toMatch(/\?$/);
      expect(page).toContain(question);
      expect(home).toContain(summary ?? DRAFT_THEME_SUMMARY);
    }
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
    for (const slug of proposed) {
      const { text, data } = themeFile(slug);
      const line = text.split('\n').indexOf('status: proposed') + 1;
      const todo =
        data['question'] !== undefined && data['summary'] !== undefined
          ? 'rewrite its draft question and summary'
          : 'write its question and summary';
      expect(build.output).toContain(
        `content/themes/${slug}.md:${line}: status: proposed theme "${slug}" is a draft; ${todo}, then delete the status line`,
      );
    }
  });
});
