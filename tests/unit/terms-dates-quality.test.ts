/**
 * How well derive finds key terms and dated statements, measured against
 * lists an editor wrote by hand before the finders existed
 * (tests/fixtures/terms-dates/README.md). Prints precision and recall; the
 * figures are in docs/architecture.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article/article.ts';
import { findAcronyms } from '../../src/lib/derive/find-acronyms.ts';
import { findDates } from '../../src/lib/derive/find-dates.ts';
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
