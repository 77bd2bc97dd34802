/**
 * npm run eval [-- --set development|held-out] [-- --titles]
 * Derives each labelled article of tests/fixtures/assignment/ into an empty
 * site and prints, per set: the adjusted Rand index of the proposed themes
 * against the editor's grouping, the share of proposed titles an editor
 * could keep, key-term and timeline drafts per 1,000 words, and summaries
 * that are not whole sentences; then, for the key terms and dates article,
 * how many of the items an editor listed are written as drafts, per kind.
 * --titles also prints every proposal.
 */
import { draftRecall } from '../src/lib/tooling/eval/draft-recall.ts';
import { evaluateArticle, type ArticleFigures } from '../src/lib/tooling/eval/evaluate.ts';
import { labelledArticles, type AssignmentSet } from '../src/lib/tooling/eval/labelled-sets.ts';

const args = process.argv.slice(2);
const only = args.includes('--set') ? (args[args.indexOf('--set') + 1] as AssignmentSet) : undefined;
const sets: AssignmentSet[] = only ? [only] : ['development', 'held-out'];
const showTitles = args.includes('--titles');

const perThousand = (n: number, words: number) => ((1000 * n) / words).toFixed(1);

function table(set: AssignmentSet, rows: ArticleFigures[]): string[] {
  const sum = (f: (r: ArticleFigures) => number) => rows.reduce((n, r) => n + f(r), 0);
  const words = sum((r) => r.words);
  const titles = sum((r) => r.proposed.length);
  return [
    `${set} set`,
    '| article | words | themes proposed / editor | adjusted Rand index | keepable titles | key-term drafts | timeline drafts | drafts per 1,000 words | summaries cut inside a sentence |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.words} | ${r.proposed.length} / ${r.editorThemes} | ${r.ari.toFixed(2)} | ${r.keepable} / ${r.proposed.length} | ${r.terms} | ${r.timeline} | ${perThousand(r.terms + r.timeline, r.words)} | ${r.brokenSummaries.length} / ${r.summaries} |`,
    ),
    `| **all** | ${words} | | **mean ${(sum((r) => r.ari) / rows.length).toFixed(2)}, lowest ${Math.min(...rows.map((r) => r.ari)).toFixed(2)}** | **${sum((r) => r.keepable)} / ${titles} (${Math.round((100 * sum((r) => r.keepable)) / titles)}%)** | ${sum((r) => r.terms)} | ${sum((r) => r.timeline)} | **${perThousand(
      sum((r) => r.terms + r.timeline),
      words,
    )}** | ${sum((r) => r.brokenSummaries.length)} / ${sum((r) => r.summaries)} |`,
  ];
}

for (const set of sets) {
  const rows: ArticleFigures[] = [];
  for (const article of labelledArticles(set)) rows.push(await evaluateArticle(article));
  console.log(table(set, rows).join('\n'));
  for (const r of rows) {
    for (const summary of r.brokenSummaries) console.log(`  ${r.name}: summary cut inside a sentence: ${summary}`);
    if (!showTitles) continue;
    for (const t of r.proposed)
      console.log(`  ${r.name}: "${t.title}" — ${t.question ?? '(no question)'} — ${t.summary ?? '(no summary)'}`);
  }
  console.log('');
}

const recall = draftRecall();
console.log(
  [
    `key terms and dates set: ${recall.words} words, room for ${recall.room} drafts`,
    '| listed items | listed | written as drafts | with --all-drafts |',
    '| --- | --- | --- | --- |',
    ...recall.kinds.map((k) => `| ${k.kind} | ${k.listed} | ${k.written} | ${k.all} |`),
  ].join('\n'),
);
