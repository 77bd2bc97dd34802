/**
 * npm run derive [-- --force | --check | --propose | --explain]
 * Derives content/ from seeds/. Edited files are kept and listed; --force
 * replaces them (and lists what it replaced); --check changes nothing and
 * exits 1 when content is out of date with its seeds. A renamed seed's
 * source and entries follow it, each listed. With no theme yet, derive
 * proposes themes from the article; --propose also proposes themes for
 * sections that fit no existing theme. --explain prints how each section was
 * placed (every theme's score and the words that decided it) and writes
 * nothing.
 */
import { derive } from '../src/lib/derive/derive.ts';
import { explainPlacements } from '../src/lib/derive/explain.ts';
import { cliDataRoot, parseFlags, runCli } from './cli.ts';

await runCli(async () => {
  const flags = parseFlags(process.argv.slice(2), ['--force', '--check', '--propose', '--explain']);
  const propose = flags.has('--propose');
  if (flags.has('--explain')) {
    for (const line of explainPlacements(cliDataRoot(), { propose })) console.log(line);
    return;
  }
  const check = flags.has('--check');
  const report = await derive({ root: cliDataRoot(), force: flags.has('--force'), dryRun: check, propose });
  const verb = check ? 'would be ' : '';
  for (const file of report.proposed)
    console.log(`${verb}proposed  ${file} (a draft theme: write its question and summary, then delete its status line)`);
  for (const line of report.undefinedTerms)
    console.log(`${verb}proposed  ${line} (an acronym used without a definition: write its definition)`);
  for (const file of report.renamed) console.log(`${verb}renamed   ${file} (its seed was renamed)`);
  for (const { file, from, to, edited } of report.repointed)
    console.log(`${verb}re-pointed ${file} (source: ${from} → ${to}${edited ? '; edited by hand, nothing else changed' : ''})`);
  for (const file of report.created) console.log(`${verb}created   ${file}`);
  for (const file of report.updated) console.log(`${verb}updated   ${file}`);
  for (const file of report.moved) console.log(`${verb}moved     ${file} (its section now goes to another theme)`);
  for (const file of report.removed) console.log(`${verb}removed   ${file}`);
  for (const file of report.replaced) console.log(`${verb}replaced  ${file} (it had been edited; --force overwrote it)`);
  for (const file of report.kept) console.log(`kept      ${file} (edited by hand; not overwritten, use --force to replace)`);
  for (const { file, detail } of report.orphans) console.log(`kept      ${file} (${detail})`);
  for (const n of report.narrow)
    console.log(
      `narrow    ${n.seedFile}: "${n.heading}" placed in ${n.theme}; runner-up ${n.runnerUp} scored ${Math.round(n.share * 100)}% as much (see --explain)`,
    );
  console.log(`${report.unchanged.length} file(s) already up to date.`);
  const stale =
    report.created.length +
    report.updated.length +
    report.removed.length +
    report.proposed.length +
    report.renamed.length +
    report.repointed.length +
    report.moved.length;
  if (check && stale > 0) {
    console.error(`${stale} derived file(s) are out of date with their seeds; run "npm run derive".`);
    return 1;
  }
});
