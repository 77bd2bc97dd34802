/**
 * How well derive finds key terms and dated statements, measured against
 * lists an editor wrote by hand before the finders existed
 * (tests/fixtures/terms-dates/README.md), finder by finder and then through
 * derive, as the draft files an editor reviews. Prints precision and recall;
 * the figures are in docs/architecture.md.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { checkContent } from '../../src/lib/check/check.ts';
import { parseMarkdownFile } from '../../src/lib/content-files/frontmatter.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { formatProblem } from '../../src/lib/model/errors.ts';
import { findAcronyms } from '../../src/lib/derive/terms-timeline/find-acronyms.ts';
import { findDates } from '../../src/lib/derive/terms-timeline/find-dates.ts';
import { normaliseForQuote } from '../../src/lib/text/normalise-quote.ts';

const SET = join(import.meta.dirname, '../fixtures/terms-dates');

function paragraphsOf(folder: string) {
  const article = parseArticle('seed.txt', readFileSync(join(SET, folder, 'seed.txt'), 'utf8'));
  return article.sections.flatMap((s) => s.paragraphs.map((p) => ({ id: p.id, text: p.body })));
}

const expected = <T>(name: string): T => JSON.parse(readFileSync(join(SET, 'gao-disaster-recovery', name), 'utf8')) as T;

/** Precision and recall of `found` against `wanted`, compared by key. */
function score(found: readonly string[], wanted: readonly string[]) {
  const want = new Set(wanted);
  const hits = found.filter((key) => want.has(key)).length;
  return { hits, precision: hits / (found.length || 1), recall: hits / (wanted.length || 1), found: found.length, wanted: wanted.length };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

describe('key terms and dates against the hand-made lists', () => {
  const paragraphs = paragraphsOf('gao-disaster-recovery');

  it('finds acronym definitions with at least 90% precision and recall', () => {
    const want = expected<{ defined: { acronym: string; expansion: string; paragraph: string }[] }>('expected-acronyms.json');
    const { defined } = findAcronyms(paragraphs);
    const key = (d: { acronym: string; expansion: string; paragraph: string }) =>
      `${d.acronym} = ${d.expansion.toLowerCase()} @ ${d.paragraph}`;
    const result = score(defined.map(key), want.defined.map(key));
    console.log(
      `acronym definitions: ${result.hits} of ${result.found} found are expected (precision ${pct(result.precision)}), ${result.hits} of ${result.wanted} expected found (recall ${pct(result.recall)})`,
    );
    for (const miss of want.defined.map(key).filter((k) => !defined.map(key).includes(k))) console.log(`  missed:   ${miss}`);
    for (const extra of defined.map(key).filter((k) => !want.defined.map(key).includes(k))) console.log(`  unwanted: ${extra}`);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('lists the acronyms the article uses without defining them', () => {
    const want = expected<{ undefined: { acronym: string; paragraph: string }[] }>('expected-acronyms.json');
    const found = findAcronyms(paragraphs).undefined.map((u) => `${u.acronym} @ ${u.paragraph}`);
    const result = score(
      found,
      want.undefined.map((u) => `${u.acronym} @ ${u.paragraph}`),
    );
    console.log(`undefined acronyms: found ${found.join(', ')}; precision ${pct(result.precision)}, recall ${pct(result.recall)}`);
    expect(result.recall).toBe(1);
    expect(result.precision).toBe(1);
  });

  it('finds dated statements with at least 85% precision and recall', () => {
    const want = expected<{ paragraph: string; date: string; sentence: string }[]>('expected-dates.json');
    const key = (paragraph: string, date: string, sentence: string) => `${paragraph} ${date} ${normaliseForQuote(sentence)}`;
    const found = paragraphs.flatMap((p) => findDates(p.text).map((d) => key(p.id, d.date, d.sentence)));
    const wanted = want.map((w) => key(w.paragraph, w.date, w.sentence));
    const result = score(found, wanted);
    console.log(
      `dated statements: ${result.hits} of ${result.found} found are expected (precision ${pct(result.precision)}), ${result.hits} of ${result.wanted} expected found (recall ${pct(result.recall)})`,
    );
    for (const miss of wanted.filter((k) => !found.includes(k))) console.log(`  missed:   ${miss}`);
    for (const extra of found.filter((k) => !wanted.includes(k))) console.log(`  unwanted: ${extra}`);
    expect(result.precision).toBeGreaterThanOrEqual(0.85);
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('finds no dated statement in the negatives', () => {
    const found = paragraphsOf('negatives').flatMap((p) => findDates(p.text).map((d) => `${p.id} ${d.date}: ${d.sentence}`));
    expect(found).toEqual([]);
  });
});

/**
 * A new explainer made of one article of the set, derived: what an editor finds in content/. The
 * negatives article is too short for derive to propose themes from, so it gets one written by hand.
 */
async function derived(folder: string, themes: Record<string, string> = {}, heading?: string): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'explainer-terms-dates-'));
  mkdirSync(join(root, 'seeds'));
  mkdirSync(join(root, 'content/themes'), { recursive: true });
  for (const [slug, text] of Object.entries(themes)) writeFileSync(join(root, 'content/themes', `${slug}.md`), text);
  cpSync(join(SET, folder, 'seed.txt'), join(root, 'seeds', `${folder}.txt`));
  // A heading after the lead paragraph: derive refuses an article that is a lead alone.
  if (heading) {
    const lines = readFileSync(join(root, 'seeds', `${folder}.txt`), 'utf8').split('\n');
    lines.splice(3, 0, heading);
    writeFileSync(join(root, 'seeds', `${folder}.txt`), lines.join('\n'));
  }
  await derive({ root, today: '2026-01-02' });
  return root;
}

/** Frontmatter and body of every Markdown file under `dir`. */
function drafts(root: string, dir: string) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.md'))
    .map((p) => parseMarkdownFile(p, readFileSync(join(root, dir, p), 'utf8')))
    .map(({ data, body }) => ({ data: data as Record<string, unknown> & { paragraphs: string[] }, body: body.trim() }));
}

// What the escaping of seed text into Markdown adds, taken off to compare a body with the sentence.
const unescaped = (markdown: string) => markdown.replace(/\\([\\`*_[\]<>|~#>+=.)-])/g, '$1').replace(/&amp;/g, '&');

describe('what derive proposes from the evaluation article', () => {
  it('writes a draft key term per acronym and a draft timeline item per dated statement, each citing its paragraph, as the hand-made lists have them', async () => {
    const root = await derived('gao-disaster-recovery');
    const want = expected<{
      defined: { acronym: string; expansion: string; paragraph: string }[];
      undefined: { acronym: string; paragraph: string }[];
    }>('expected-acronyms.json');
    const terms = drafts(root, 'content/terms');
    expect(terms.every((t) => t.data['status'] === 'proposed' && t.data['source'] === 'gao-disaster-recovery')).toBe(true);
    const defined = terms
      .filter((t) => t.data['kind'] === 'quote')
      .map((t) => `${String(t.data['term'])} = ${String(t.data['expansion']).toLowerCase()} @ ${t.data.paragraphs.join(',')}`);
    const definedScore = score(
      defined,
      want.defined.map((d) => `${d.acronym} = ${d.expansion.toLowerCase()} @ ${d.paragraph}`),
    );
    const undefinedOnes = terms.filter((t) => t.data['kind'] === 'context' && t.body === '').map((t) => String(t.data['term']));
    console.log(
      `derive, key terms: ${defined.length} quoted definitions (precision ${pct(definedScore.precision)}, recall ${pct(definedScore.recall)}), ${undefinedOnes.length} for an editor to define (${undefinedOnes.join(', ')})`,
    );
    expect(definedScore.precision).toBeGreaterThanOrEqual(0.9);
    expect(definedScore.recall).toBeGreaterThanOrEqual(0.9);
    expect(undefinedOnes.sort()).toEqual(want.undefined.map((u) => u.acronym).sort());

    const items = drafts(root, 'content/timelines/gao-disaster-recovery');
    expect(items.every((i) => i.data['status'] === 'proposed' && i.data['kind'] === 'quote')).toBe(true);
    const key = (paragraph: string, date: string, sentence: string) => `${paragraph} ${date} ${normaliseForQuote(sentence)}`;
    const found = items.map((i) => key(i.data.paragraphs.join(','), String(i.data['date']), unescaped(i.body)));
    const datesScore = score(
      found,
      expected<{ paragraph: string; date: string; sentence: string }[]>('expected-dates.json').map((w) =>
        key(w.paragraph, w.date, w.sentence),
      ),
    );
    console.log(`derive, timeline items: ${found.length} (precision ${pct(datesScore.precision)}, recall ${pct(datesScore.recall)})`);
    expect(datesScore.precision).toBeGreaterThanOrEqual(0.85);
    expect(datesScore.recall).toBeGreaterThanOrEqual(0.85);

    // Every draft passes check as a draft: its quotation is in its paragraph.
    const { errors, drafts: pending } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(pending.filter((d) => /^content\/(?:terms|timelines)\//.test(d.file))).toHaveLength(terms.length + items.length);
    rmSync(root, { recursive: true, force: true });
  });

  it('writes no timeline item for the negatives article', async () => {
    const root = await derived(
      'negatives',
      {
        numbers:
          '---\ntitle: Numbers\nquestion: Which numbers are not dates?\nsummary: None of them is a date.\norder: 1\nkeywords:\n  - numbers\n---\n',
      },
      'More numbers',
    );
    expect(existsSync(join(root, 'content/sources/negatives.yaml'))).toBe(true);
    expect(existsSync(join(root, 'content/timelines'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });
});
