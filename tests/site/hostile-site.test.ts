import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { derive } from '../../src/lib/derive.ts';
import { buildSite } from '../helpers/build-site.ts';

const fixture = join(import.meta.dirname, '../fixtures/site-hostile');

// Seeds and Markdown full of script, frames, handlers, styles and unsafe
// URLs. `check` must name them; and even when a build skips `check`, none of
// it may reach dist/.
describe('hostile content', () => {
  let root: string;
  let out: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'explainer-hostile-'));
    cpSync(fixture, root, { recursive: true });
    derive({ root, today: '2026-03-05' });
    appendFileSync(join(root, 'content/entries/rivers/river-levels-iframe-src-https-example-org.md'), readFileSync(join(fixture, 'edits/append.md'), 'utf8'));
    out = join(root, 'dist');
    buildSite({ dataRoot: root, outDir: out });
  });

  it('is reported by check, with file and line', () => {
    const lines = checkContent(root).errors.map((p) => `${p.file}:${p.line}: ${p.detail}`);
    expect(lines).toContain('content/themes/rivers.md:8: raw HTML <script> is not allowed');
    expect(lines).toContain('content/themes/rivers.md:8: inline event handler onclick= is not allowed');
    expect(lines).toContain('content/themes/rivers.md:8: style attributes are not allowed; the site stylesheet styles content');
    expect(lines).toContain('content/themes/rivers.md:10: unsafe URL "data:text/html;base64,PHNjcmlwdD5hbGV…" in a link');
    expect(lines.filter((l) => l.startsWith('content/entries/rivers/')).length).toBeGreaterThanOrEqual(9);
  });

  it('never reaches any file in dist/', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(out, p)).isFile() && /\.(html|xml|json|txt)$/.test(p));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      // Markup inside a quoted attribute value is inert text; look at the tags themselves.
      const tags = text.replace(/"[^"]*"/g, '""');
      expect(tags, file).not.toMatch(/<script[^>]*>[^<]*alert|<script[^>]+evil/i);
      expect(tags, file).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(tags, file).not.toMatch(/<(?:iframe|object|embed|svg)\b/i);
      expect(tags, file).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
      // The layout's own empty icon, `data:,`, stops a favicon request; no other data: URL may appear.
      expect(text, file).not.toMatch(/(?:href|src|data|action)\s*=\s*["']?\s*(?:javascript:|vbscript:|data:(?!,"))/i);
    }
  });

  it('shows seed text as text: the HTML-looking characters are escaped, not dropped', () => {
    const source = readFileSync(join(out, 'sources/hostile-article/index.html'), 'utf8');
    expect(source).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    const theme = readFileSync(join(out, 'themes/rivers/index.html'), 'utf8');
    expect(theme).toContain('The river rose &#x3C;object data="x">&#x3C;/object> two metres');
  });
});
