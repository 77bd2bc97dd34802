/**
 * npm run confirm -- [--recopy] <file> [...]
 * After re-reading an entry, key term or timeline item against its changed
 * source paragraphs, records their current hashes so `check` stops reporting
 * it as stale. A quote whose body the changed paragraphs no longer have is
 * refused; --recopy copies their new words into it instead.
 */
import { confirmEntry } from '../src/lib/check/confirm.ts';
import { InputError } from '../src/lib/model/errors.ts';
import { cliDataRoot, parseFlags, runAsProgram, type CliIo } from './cli.ts';

export function main(argv: readonly string[], io: CliIo): void {
  const recopy = parseFlags(
    argv.filter((arg) => arg.startsWith('-')),
    ['--recopy'],
  ).has('--recopy');
  const files = argv.filter((arg) => !arg.startsWith('-'));
  if (files.length === 0)
    throw new InputError({
      file: 'command line',
      detail: 'name the entry, term or timeline item to confirm, e.g. npm run confirm -- content/entries/<theme>/<slug>.md',
    });
  for (const file of files) {
    const { changed, source, recopied } = confirmEntry(cliDataRoot(io), file.replace(/\\/g, '/').replace(/^\.\//, ''), { recopy });
    const copied = recopied ? ` (its body now has the source's new words; updated: ${recopied})` : '';
    io.stdout.write(changed.length > 0 ? `confirmed ${file}: ${changed.join(', ')}${copied}\n` : `${file} was already up to date\n`);
    if (source) io.stdout.write(`updated   ${source} (no entry cites the earlier text of a changed paragraph any more)\n`);
  }
}

if (import.meta.main) await runAsProgram(main);
