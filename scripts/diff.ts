/**
 * npm run diff -- <git-ref>
 * Compares content/ and seeds/ at <git-ref> with the working tree and prints
 * a Markdown summary for a pull-request comment. Preview paths use BASE_PATH,
 * as the build does.
 */
import { diffContent } from '../src/lib/content-diff/content-diff.ts';
import { diffMarkdown } from '../src/lib/content-diff/diff-markdown.ts';
import { InputError } from '../src/lib/model/errors.ts';
import { filesAtCommit, filesInWorkingTree, resolveCommit } from '../src/lib/content-diff/git-files.ts';
import { cliSettings, runAsProgram, type CliIo } from './cli.ts';

const FOLDERS = ['content', 'seeds'];

export function main(argv: readonly string[], io: CliIo): void {
  const ref = argv[0];
  if (argv.length !== 1 || !ref || ref.startsWith('-')) {
    throw new InputError({ file: 'command line', detail: 'expected one git ref, e.g. "npm run diff -- origin/main"' });
  }
  const { root, base } = cliSettings(io);
  const commit = resolveCommit(root, ref);
  const diff = diffContent(filesAtCommit(root, commit, FOLDERS), filesInWorkingTree(root, FOLDERS));
  io.stdout.write(diffMarkdown(diff, { ref, base }));
}

if (import.meta.main) await runAsProgram(main);
