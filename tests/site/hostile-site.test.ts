import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check.ts';
import { renderMarkdown } from '../../src/lib/render/markdown/render-markdown.ts';
import { runBuild, type BuildRun } from '../helpers/build-site.ts';
import { builtSite, ownFolder } from '../helpers/site-builds.ts';
import { HOSTILE } from '../helpers/sites.ts';

const fixture = join(import.meta.dirname, '../fixtures/site-hostile');
const THEME = 'content/themes/rivers.md';
const ENTRY = 'content/entries/rivers/river-levels-iframe-src-https-example-org.md';
const { root: derived, dist: out } = await builtSite(HOSTILE);
const edits = () => [readFileSync(join(fixture, 'edits/theme.md'), 'utf8'), readFileSync(join(fixture, 'edits/append.md'), 'utf8')];

/** Script, frames, handlers, styles and unsafe URLs in markup; quoted attribute values are inert text. */
function expectInert(html: string, where: string): void {
  const tags = html.replace(/"[^"]*"/g, '""');
  expect(tags, where).not.toMatch(/<script[^>]*>[^<]*alert|<script[^>]+evil/i);
  expect(tags, where).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(tags, where).not.toMatch(/<(?:iframe|object|embed|svg)\b/i);
  expect(tags, where).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
  // The layout's own empty icon, `data:,`, stops a favicon request; no other data: URL may appear.
  expect(html, where).not.toMatch(/(?:href|src|data|action)\s*=\s*["']?\s*(?:javascript:|vbscript:|data:(?!,"))/i);
}

// A seed full of HTML-looking text builds, shown as text. Editors' Markdown
// full of script, frames, handlers, styles and unsafe URLs stops the build,
// named by file and line; and the renderer strips all of it anyway.
describe('hostile content', () => {
  it('shows seed text as text: the HTML-looking characters are escaped, not dropped', () => {
    const source = readFileSync(join(out, 'sources/hostile-article/index.html'), 'utf8');
    expect(source).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    const theme = readFileSync(join(out, 'themes/rivers/index.html'), 'utf8');
    expect(theme).toContain('The river rose &#x3C;object data="x">&#x3C;/object> two metres');
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter(
      (p) => statSync(join(out, p)).isFile() && /\.(html|xml|json|txt)$/.test(p),
    );
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expectInert(readFileSync(join(out, file), 'utf8'), file);
  });

  describe('after an editor adds unsafe markup', () => {
    // On a copy of the derived tree, which other files may read as it was built.
    const folder = ownFolder('hostile-edited');
    const root = join(folder, 'root');
    const rebuilt = join(folder, 'dist');
    let build: BuildRun;

    beforeAll(async () => {
      cpSync(derived, root, { recursive: true });
      const [theme, entry] = edits();
      appendFileSync(join(root, THEME), theme!);
      appendFileSync(join(root, ENTRY), entry!);
      build = await runBuild({ dataRoot: root, outDir: rebuilt });
    });

    it('is reported by check, with file and line', () => {
      const lines = checkContent(root).errors.map((p) => `${p.file}:${p.line}: ${p.detail}`);
      expect(lines).toContain(`${THEME}:8: raw HTML <script> is not allowed`);
      expect(lines).toContain(`${THEME}:8: inline event handler onclick= is not allowed`);
      expect(lines).toContain(`${THEME}:8: style attributes are not allowed; the site stylesheet styles content`);
      expect(lines).toContain(`${THEME}:10: unsafe URL "data:text/html;base64,PHNjcmlwdD5hbGVyd…" in a link`);
      expect(lines.filter((l) => l.startsWith('content/entries/rivers/')).length).toBeGreaterThanOrEqual(9);
    });

    it('stops the build with the same lines, no stack trace and no pages written', () => {
      expect(build.status).toBe(1);
      const { output } = build;
      expect(output).toContain(`${THEME}:8: raw HTML <script> is not allowed`);
      expect(output).toContain(`${ENTRY}:`);
      expect(output).not.toContain('Stack trace');
      expect(output).not.toMatch(/\n\s+at /);
      expect(existsSync(join(rebuilt, 'index.html'))).toBe(false);
    });

    it('never survives the renderer, should a body reach it unchecked', () => {
      for (const [i, body] of edits().entries()) expectInert(renderMarkdown(body, '/'), `edit ${i + 1}`);
    });
  });
});
