import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editEntry } from '../../src/lib/tooling/bench/editor-pass.ts';
import { spliceReport } from '../../src/lib/tooling/bench/report.ts';
import { linePlot, ticks } from '../../src/lib/tooling/bench/svg-plot.ts';
import { generateCorpus } from '../../src/lib/tooling/bench/synthetic.ts';
import { checkContent } from '../../src/lib/check/check.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { editorPass } from '../../scripts/bench/corpus.ts';

function writeTo(root: string, files: { path: string; text: string }[]): void {
  for (const { path, text } of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('synthetic corpus', () => {
  it('is the same, byte for byte, for the same seed and differs for another', () => {
    expect(generateCorpus({ entries: 120, seed: 7 })).toEqual(generateCorpus({ entries: 120, seed: 7 }));
    expect(generateCorpus({ entries: 120, seed: 8 }).files).not.toEqual(generateCorpus({ entries: 120, seed: 7 }).files);
  });

  it('is a newsroom of stories of about ten articles, each naming its story, and ten more entries add one article only', () => {
    const corpus = generateCorpus({ entries: 5000 });
    expect(corpus.stories).toHaveLength(50);
    expect(corpus.files[0]).toEqual({ path: 'content/site.yaml', text: 'name: Council news explained\n' });
    const seeds = corpus.files.filter((f) => f.path.startsWith('seeds/') && f.path.endsWith('.yaml'));
    expect(seeds).toHaveLength(500);
    const perStory = Map.groupBy(seeds, (f) => f.text);
    expect([...perStory.values()].map((files) => files.length)).toEqual(Array(50).fill(10));
    expect(corpus.files.filter((f) => f.path.startsWith('content/themes/')).every((f) => /^story: story-\d{4}$/m.test(f.text))).toBe(true);
    const before = new Set(corpus.files.map((f) => f.path));
    const added = generateCorpus({ entries: 5010 }).files.filter((f) => !before.has(f.path));
    expect(added.map((f) => f.path)).toEqual(['seeds/article-00501.txt', 'seeds/article-00501.yaml']);
  });

  it('has exactly the requested number of sections, spread over the themes', () => {
    const corpus = generateCorpus({ entries: 205 });
    expect(corpus.intended).toHaveLength(205);
    expect(corpus.themes).toHaveLength(4);
    expect(new Set(corpus.intended.map((s) => s.theme))).toEqual(new Set(corpus.themes));
  });

  it('derives to one entry per section, each in the theme it was written for, and passes check with zero problems after the editor pass', async () => {
    const root = mkdtempSync(join(tmpdir(), 'explainer-bench-'));
    const corpus = generateCorpus({ entries: 230, entriesPerTheme: 40 });
    writeTo(root, corpus.files);
    await derive({ root, today: '2026-01-02' });
    const sources = readdirSync(join(root, 'content/sources')).map((name) => readFileSync(join(root, 'content/sources', name), 'utf8'));
    const assigned = sources.flatMap((text) => [...text.matchAll(/^ {2}- heading: (.*)\n {4}theme: (.*)$/gm)].map((m) => [m[1], m[2]]));
    const written = corpus.intended.map((s) => [s.heading, s.theme]);
    expect(assigned.filter(([, theme]) => theme !== 'null')).toEqual(written);
    editorPass(root);
    const { errors, warnings, tree } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([]);
    expect(tree.entries).toHaveLength(230);
    const body = tree.entries[0]!.body;
    expect(body).toMatch(/^### /m);
    expect(body).toMatch(/^- /m);
    expect(body).toMatch(/^> \S/m);
    expect(body).toMatch(/\]\(\/themes\/[a-z-]+\/#[a-z0-9-]+\)/);
  });
});

describe('editEntry', () => {
  it('keeps the frontmatter but for the kind an editor gives a rewrite, keeps the source text as a blockquote and quotes it verbatim', () => {
    const file = '---\ntitle: T\nkind: quote\n---\nFirst sentence here. Second sentence is the quoted one. Third.\n';
    const edited = editEntry(file, { title: 'Other', href: '/themes/a/#b' });
    expect(edited.startsWith('---\ntitle: T\nkind: reporting\n---\n> First sentence here.')).toBe(true);
    expect(edited).toContain('> Second sentence is the quoted one\n');
    expect(edited).toContain('See also [Other](/themes/a/#b).');
  });
});

describe('svg plot', () => {
  const svg = linePlot(
    [
      {
        name: 'full pipeline',
        colour: '#c00',
        points: [
          { x: 1000, y: 7 },
          { x: 5000, y: 20 },
        ],
      },
      {
        name: 'bare <Astro>',
        colour: '#00c',
        points: [
          { x: 1000, y: 6 },
          { x: 5000, y: 18 },
        ],
      },
    ],
    { title: 'Build time', xLabel: 'entries', yLabel: 'seconds' },
  );

  it('is well-formed: every element is closed in order and text is escaped', () => {
    const stack: string[] = [];
    for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
      if (selfClosing) continue;
      if (close) expect(stack.pop()).toBe(name);
      else stack.push(name!);
    }
    expect(stack).toEqual([]);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('bare &lt;Astro&gt;');
  });

  it('draws both series', () => {
    expect([...svg.matchAll(/<polyline class="series" data-name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'full pipeline',
      'bare &lt;Astro&gt;',
    ]);
  });

  it('ticks are round and cover the maximum', () => {
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(23).at(-1)).toBeGreaterThanOrEqual(23);
  });
});

describe('spliceReport', () => {
  it('replaces only the generated section', () => {
    const doc = spliceReport('# Benchmarks\n\nIntro.\n', 'first');
    const again = spliceReport(`${doc}\n## Profile\n\nNotes.\n`, 'second');
    expect(again).toContain('Intro.');
    expect(again).toContain('Notes.');
    expect(again).toContain('second');
    expect(again).not.toContain('first');
  });
});
