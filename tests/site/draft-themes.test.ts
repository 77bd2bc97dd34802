/**
 * A new explainer: a seed and no theme. Derive proposes the themes, a
 * pull-request preview builds them with a draft notice for review, and a CI
 * build that is not a preview refuses them, naming each one.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/lib/derive/derive.ts';
import { buildSite } from '../helpers/build-site.ts';
import { ENGLISH } from '../helpers/english.ts';

const DRAFT_THEME_NOTICE = ENGLISH.t('theme.draftNotice');
const DRAFT_THEME_SUMMARY = ENGLISH.t('theme.draftSummary');

describe('a new explainer built from the themes derive proposed', () => {
  let root: string;
  let out: string;
  let proposed: string[];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'explainer-drafts-'));
    cpSync(join(import.meta.dirname, '../fixtures/site-small/seeds'), join(root, 'seeds'), { recursive: true });
    const report = await derive({ root, today: '2026-03-05' });
    proposed = report.proposed.map((file) => file.replace(/^content\/themes\/(.+)\.md$/, '$1'));
    out = join(root, 'dist');
    buildSite({ dataRoot: root, outDir: out, runKind: { CI: 'true', EXPLAINER_PREVIEW: 'true' } });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

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

  it('fails a CI build that is not a pull-request preview, naming each proposed theme', () => {
    let failure = '';
    try {
      buildSite({ dataRoot: root, outDir: join(root, 'dist-ci'), runKind: { CI: 'true' } });
    } catch (error) {
      failure = (error as Error).message;
    }
    for (const slug of proposed)
      expect(failure).toContain(
        `content/themes/${slug}.md:7: status: proposed theme "${slug}" is a draft; write its question and summary, then delete the status line`,
      );
  });
});
