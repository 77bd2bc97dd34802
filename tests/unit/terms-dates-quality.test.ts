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
import { readSeeds } from '../../src/lib/article/seeds.ts';
import { seedDrafts } from '../../src/lib/derive/terms-timeline/rank-drafts.ts';
import { draftRecall } from '../../src/lib/tooling/eval/draft-recall.ts';

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
  it('writes the best-ranked candidates as drafts, within about 8 per 1,000 words, every one right and citing its paragraph, and holds back the rest for --explain', async () => {
    const root = await derived('gao-disaster-recovery');
    const want = expected<{
      defined: { acronym: string; expansion: string; paragraph: string }[];
      undefined: { acronym: string; paragraph: string }[];
    }>('expected-acronyms.json');
    const wantedDates = expected<{ paragraph: string; date: string; sentence: string }[]>('expected-dates.json');
    const terms = drafts(root, 'content/terms');
    const items = drafts(root, 'content/timelines/gao-disaster-recovery');
    expect([...terms, ...items].every((t) => t.data['status'] === 'proposed' && typeof t.data['why'] === 'string')).toBe(true);
    expect(terms.every((t) => t.data['source'] === 'gao-disaster-recovery')).toBe(true);

    const termKey = (t: { acronym: string; expansion: string; paragraph: string }) =>
      `${t.acronym} = ${t.expansion.toLowerCase()} @ ${t.paragraph}`;
    const defined = terms
      .filter((t) => t.data['kind'] === 'quote')
      .map((t) =>
        termKey({ acronym: String(t.data['term']), expansion: String(t.data['expansion']), paragraph: t.data.paragraphs.join(',') }),
      );
    const undefinedOnes = terms.filter((t) => t.data['kind'] === 'context' && t.body === '').map((t) => String(t.data['term']));
    const dateKey = (paragraph: string, date: string, sentence: string) => `${paragraph} ${date} ${normaliseForQuote(sentence)}`;
    const found = items.map((i) => dateKey(i.data.paragraphs.join(','), String(i.data['date']), unescaped(i.body)));
    const wanted = [
      ...want.defined.map(termKey),
      ...want.undefined.map((u) => u.acronym),
      ...wantedDates.map((w) => dateKey(w.paragraph, w.date, w.sentence)),
    ];
    const all = score([...defined, ...undefinedOnes, ...found], wanted);

    // The room: 8 per 1,000 words of the article, shared by key terms and dated statements.
    const [seed] = readSeeds(root);
    const { room, words, terms: termCandidates, dates: dateCandidates } = seedDrafts(seed!);
    expect(room).toBe(Math.max(6, Math.round((8 * words) / 1000)));
    expect(terms.length + items.length).toBe(room);
    // Every draft is one the editor listed, and nothing the finders found is lost: what is not drafted is held back, ranked.
    expect(all.precision).toBe(1);
    const candidates = score(
      [
        ...termCandidates.map((c) => ('defined' in c ? termKey(c.defined) : c.acronym)),
        ...dateCandidates.map((c) => dateKey(c.paragraph.id, c.date, c.sentence)),
      ],
      wanted,
    );
    expect(candidates.recall).toBe(1);
    // Ranked first, every acronym the article defines is written as a draft; dates fill the rest of the room.
    const definedRecall = score(defined, want.defined.map(termKey));
    expect(definedRecall.recall).toBe(1);
    const datesRecall = score(
      found,
      wantedDates.map((w) => dateKey(w.paragraph, w.date, w.sentence)),
    );
    const undefinedRecall = score(
      undefinedOnes,
      want.undefined.map((u) => u.acronym),
    );
    console.log(
      `derive on ${words} words: ${terms.length} key-term and ${items.length} timeline drafts (room ${room}), precision ${pct(all.precision)}, recall ${pct(all.recall)} of the ${wanted.length} listed (defined acronyms ${definedRecall.hits} / ${definedRecall.wanted}, dated statements ${datesRecall.hits} / ${datesRecall.wanted}, undefined acronyms ${undefinedRecall.hits} / ${undefinedRecall.wanted}); ${termCandidates.length + dateCandidates.length - room} held back for --explain and --all-drafts, so the candidates' recall is ${pct(candidates.recall)}`,
    );

    // Every draft passes check as a draft: its quotation is in its paragraph.
    const { errors, drafts: pending } = checkContent(root);
    expect(errors.map(formatProblem)).toEqual([]);
    expect(pending.filter((d) => /^content\/(?:terms|timelines)\//.test(d.file))).toHaveLength(terms.length + items.length);
    rmSync(root, { recursive: true, force: true });
  });

  it('gives npm run eval the same recall per kind: every defined acronym within the room, every listed item with --all-drafts', () => {
    const { room, kinds } = draftRecall();
    expect(kinds.map((k) => [k.kind, k.written === k.listed, k.all === k.listed])).toEqual([
      ['defined acronyms', true, true],
      ['dated statements', false, true],
      ['undefined acronyms', false, true],
    ]);
    expect(kinds.reduce((n, k) => n + k.written, 0)).toBe(room);
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
