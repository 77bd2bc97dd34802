/**
 * npm run confirm -- <file> [...]
 * After re-reading an entry, key term or timeline item against its changed
 * source paragraphs, records their current hashes so `check` stops reporting
 * it as stale.
 */
import { confirmEntry } from '../src/lib/check/confirm.ts';
import { InputError } from '../src/lib/model/errors.ts';
import { cliDataRoot, runCli } from './cli.ts';

runCli(() => {
  const files = process.argv.slice(2);
  if (files.length === 0)
    throw new InputError({
      file: 'command line',
      detail: 'name the entry, term or timeline item to confirm, e.g. npm run confirm -- content/entries/<theme>/<slug>.md',
    });
  for (const file of files) {
    const { changed, source } = confirmEntry(cliDataRoot(), file.replace(/\\/g, '/').replace(/^\.\//, ''));
    console.log(changed.length > 0 ? `confirmed ${file}: ${changed.join(', ')}` : `${file} was already up to date`);
    if (source) console.log(`updated   ${source} (no entry cites the earlier text of a changed paragraph any more)`);
  }
});
