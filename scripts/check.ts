/**
 * npm run check
 * Validates all content without building: schema, cross-references and
 * provenance. One line per problem; exit 1 if any error. Warnings (such as a
 * cited paragraph that changed) become errors when CI=true; so do drafts (a
 * proposed theme, key term or timeline item), except in a pull-request preview (EXPLAINER_PREVIEW=true).
 */
import { formatProblem } from '../src/lib/model/errors.ts';
import { checkContent } from '../src/lib/check/check.ts';
import { judgeProblems } from '../src/lib/check/severity.ts';
import { cliSettings, parseFlags, runCli } from './cli.ts';

runCli(() => {
  parseFlags(process.argv.slice(2), []);
  const { root, run } = cliSettings();
  const result = checkContent(root);
  const { fatal, warnings } = judgeProblems(result, run);
  for (const problem of fatal) console.error(formatProblem(problem));
  for (const problem of warnings) console.warn(`warning: ${formatProblem(problem)}`);
  if (fatal.length > 0) {
    console.error(`${fatal.length} problem(s) in content/.`);
    return 1;
  }
  console.log(
    `content ok: ${result.tree.themes.length} themes, ${result.tree.sources.length} sources, ${result.tree.entries.length} entries, ${result.tree.terms.length} terms, ${result.tree.timeline.length} timeline items.`,
  );
});
