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
import { cliSettings, parseFlags, runAsProgram, type CliIo } from './cli.ts';

export function main(argv: readonly string[], io: CliIo): number {
  parseFlags(argv, []);
  const { root, run } = cliSettings(io);
  const result = checkContent(root);
  const { fatal, warnings } = judgeProblems(result, run);
  for (const problem of fatal) io.stderr.write(`${formatProblem(problem)}\n`);
  for (const problem of warnings) io.stderr.write(`warning: ${formatProblem(problem)}\n`);
  if (fatal.length > 0) {
    io.stderr.write(`${fatal.length} problem(s) in content/.\n`);
    return 1;
  }
  io.stdout.write(
    `content ok: ${result.tree.stories.length} stories, ${result.tree.themes.length} themes, ${result.tree.sources.length} sources, ${result.tree.entries.length} entries, ${result.tree.terms.length} terms, ${result.tree.timeline.length} timeline items.\n`,
  );
  return 0;
}

if (import.meta.main) await runAsProgram(main);
