/**
 * npm run check
 * Validates all content without building: schema, cross-references and
 * provenance. One line per problem; exit 1 if any error. Warnings (such as a
 * cited paragraph that changed) become errors when CI=true.
 */
import { formatProblem } from '../src/lib/model/errors.ts';
import { checkContent } from '../src/lib/check/check.ts';
import { parseFlags, runCli } from './cli.ts';
import { dataRoot } from '../src/lib/content-files/data-root.ts';

runCli(() => {
  parseFlags(process.argv.slice(2), []);
  const strict = process.env['CI'] === 'true';
  const { errors, warnings, tree } = checkContent(dataRoot());
  const fatal = strict ? [...errors, ...warnings] : errors;
  for (const problem of fatal) console.error(formatProblem(problem));
  if (!strict) for (const problem of warnings) console.warn(`warning: ${formatProblem(problem)}`);
  if (fatal.length > 0) {
    console.error(`${fatal.length} problem(s) in content/.`);
    return 1;
  }
  console.log(`content ok: ${tree.themes.length} themes, ${tree.sources.length} sources, ${tree.entries.length} entries.`);
});
