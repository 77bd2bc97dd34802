/**
 * npm run derive [-- --force | --check | --propose | --explain | --all-drafts]
 * Derives content/ from seeds/. Each new article joins the story its
 * metadata names, the story of the source it is a newer version of, or the
 * story it fits; otherwise derive proposes a new story, and says which. Edited files are kept and listed; --force
 * replaces them (and lists what it replaced); --check changes nothing and
 * exits 1 when content is out of date with its seeds. A renamed seed's
 * source and entries follow it, each listed. With no theme yet, derive
 * proposes themes from the article; --propose also proposes themes for
 * sections that fit no existing theme. --explain prints how each section was
 * placed (every theme's score and the words that decided it), what each
 * proposed theme rests on, and the key terms and timeline items proposed or
 * held back, and writes nothing. --all-drafts proposes every key term and
 * timeline item the articles give, not only the best-ranked ones that fit in
 * the room for drafts (about 8 per 1,000 words); the next derive without it
 * removes those nobody confirmed or edited.
 */
import { unnamedSeveral } from '../src/lib/content-files/site-settings.ts';
import { derive } from '../src/lib/derive/derive.ts';
import { cliDataRoot, parseFlags, runAsProgram, type CliIo } from './cli.ts';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const flags = parseFlags(argv, ['--force', '--check', '--propose', '--explain', '--all-drafts']);
  const propose = flags.has('--propose');
  if (flags.has('--explain')) {
    const { explainPlacements } = await import('../src/lib/derive/themes/explain.ts');
    const { explainDrafts } = await import('../src/lib/derive/terms-timeline/explain-drafts.ts');
    const { readSeeds } = await import('../src/lib/article/seeds.ts');
    const root = cliDataRoot(io);
    const lines = [...explainPlacements(root, { propose }), '', ...explainDrafts(readSeeds(root))];
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  }
  const check = flags.has('--check');
  const root = cliDataRoot(io);
  const report = await derive({
    root,
    force: flags.has('--force'),
    dryRun: check,
    propose,
    allDrafts: flags.has('--all-drafts'),
  });
  const verb = check ? 'would be ' : '';
  // One write for the whole report: a site of thousands of edited entries lists each as kept.
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  for (const line of report.stories) say(`story     ${line}`);
  for (const file of report.proposedStories)
    say(`${verb}proposed  ${file} (a draft story: write its headline and standfirst, then delete its status line)`);
  // The site's name is the editors' to write: derive only says a new story made it needed.
  if (!check && report.proposedStories.length > 0 && unnamedSeveral(root))
    say(
      'name      content/site.yaml: set a name for a site of several stories (name:); until then it is named after the story first on its front page',
    );
  for (const file of report.proposed)
    say(`${verb}proposed  ${file} (a draft theme: rewrite its draft question and summary, then delete its status line)`);
  for (const line of report.undefinedTerms) say(`${verb}proposed  ${line} (an acronym used without a definition: write its definition)`);
  for (const file of report.renamed) say(`${verb}renamed   ${file} (its seed was renamed)`);
  for (const file of report.superseded)
    say(`${verb}retired   ${file} (replaced by its newer version; the old source stays for what cites it)`);
  for (const { file, from, to, edited } of report.repointed)
    say(`${verb}re-pointed ${file} (source: ${from} → ${to}${edited ? '; edited by hand, nothing else changed' : ''})`);
  for (const file of report.created) say(`${verb}created   ${file}`);
  for (const file of report.updated) say(`${verb}updated   ${file}`);
  for (const file of report.moved) say(`${verb}moved     ${file} (its section now goes to another theme)`);
  for (const file of report.removed) say(`${verb}removed   ${file}`);
  for (const { file, detail } of report.retired) say(`${verb}retired   ${file} (${detail})`);
  for (const file of report.replaced) say(`${verb}replaced  ${file} (it had been edited; --force overwrote it)`);
  for (const file of report.kept) say(`kept      ${file} (edited by hand; not overwritten, use --force to replace)`);
  for (const { file, detail } of report.orphans) say(`kept      ${file} (${detail})`);
  for (const n of report.narrow)
    say(
      `narrow    ${n.seedFile}: "${n.heading}" placed in ${n.theme}; runner-up ${n.runnerUp} scored ${Math.round(n.share * 100)}% as much (see --explain)`,
    );
  for (const w of report.weak)
    say(
      `weak      ${w.seedFile}: "${w.heading}" placed in ${w.theme}, which it fits weakly (likeness ${w.likeness.toFixed(2)})${w.runnerUp ? `; runner-up ${w.runnerUp.theme}, ${w.runnerUp.likeness.toFixed(2)}` : ''}: map it under "themes:", or give it a question of its own with --propose (see --explain)`,
    );
  say(`${report.unchanged.length} file(s) already up to date.`);
  io.stdout.write(`${lines.join('\n')}\n`);
  const stale =
    report.created.length +
    report.updated.length +
    report.removed.length +
    report.proposed.length +
    report.proposedStories.length +
    report.superseded.length +
    report.renamed.length +
    report.repointed.length +
    report.moved.length +
    report.retired.length;
  if (check && stale > 0) {
    io.stderr.write(`${stale} derived file(s) are out of date with their seeds; run "npm run derive".\n`);
    return 1;
  }
  return 0;
}

if (import.meta.main) await runAsProgram(main);
