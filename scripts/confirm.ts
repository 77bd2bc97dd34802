/**
 * npm run confirm -- <file> [...]
 * After re-reading an entry, key term or timeline item against its changed
 * source paragraphs, records their current hashes so `check` stops reporting
 * it as stale.
 */
import { confirmEntry } from '../src/lib/check/confirm.ts';
import { InputError } from '../src/lib/model/errors.ts';
import { cliDataRoot, runAsProgram, type CliIo } from './cli.ts';

export function main(files: readonly string[], io: CliIo): void {
  if (files.length === 0)
    throw new InputError({
      file: 'command line',
      detail: 'name the entry, term or timeline item to confirm, e.g. npm run confirm -- content/entries/<theme>/<slug>.md',
    });
  for (const file of files) {
    const { changed, source } = confirmEntry(cliDataRoot(io), file.replace(/\\/g, '/').replace(/^\.\//, ''));
    io.stdout.write(changed.length > 0 ? `confirmed ${file}: ${changed.join(', ')}\n` : `${file} was already up to date\n`);
    if (source) io.stdout.write(`updated   ${source} (no entry cites the earlier text of a changed paragraph any more)\n`);
  }
}

if (import.meta.main) await runAsProgram(main);
