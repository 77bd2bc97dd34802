/**
 * npm run translations [-- --confirm <translation file> ...]
 * Prints, for each edition content/site.yaml declares, how many entries,
 * themes, home pages and interface strings are translated, reviewed, stale
 * and missing. With --confirm, marks each translation named as re-checked
 * against the source-language text as it reads now (see
 * src/lib/check/confirm-translation.ts), as `npm run confirm` does for an
 * entry's citations.
 */
import { checkContent } from '../src/lib/check/check.ts';
import { confirmTranslation } from '../src/lib/check/confirm-translation.ts';
import { editionCounts, type Count } from '../src/lib/check/translation-counts.ts';
import { readSiteSettings } from '../src/lib/content-files/site-settings.ts';
import { InputError } from '../src/lib/model/errors.ts';
import { cliDataRoot, runCli } from './cli.ts';

const ROWS = [
  ['entries', 'entries'],
  ['themes', 'themes'],
  ['home', 'home page'],
  ['interface', 'interface strings'],
] as const;

const line = (name: string, c: Count) =>
  `  ${name.padEnd(18)} ${c.translated} translated, ${c.reviewed} reviewed, ${c.stale} stale, ${c.missing} missing (of ${c.total})`;

runCli(() => {
  const args = process.argv.slice(2);
  const root = cliDataRoot();
  if (args.length > 0) {
    const [flag, ...files] = args;
    if (flag !== '--confirm' || files.length === 0)
      throw new InputError({
        file: 'command line',
        detail: `expected no option, or --confirm followed by translation files, found ${args.join(' ')}`,
      });
    for (const file of files) {
      const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
      const { digest, source, pruned } = confirmTranslation(root, path);
      console.log(digest ? `confirmed ${path}: translates ${source} as it reads now (${digest})` : `${path} was already up to date`);
      for (const original of pruned) console.log(`removed   ${original} (no translation was made from it any more)`);
    }
    return;
  }
  const result = checkContent(root);
  const editions = readSiteSettings(root).editions;
  if (editions.length === 0) console.log('no editions: content/site.yaml declares none under editions.');
  for (const counts of editionCounts(editions, result.tree, result.translations)) {
    console.log(`${counts.language.code} (${counts.language.name})`);
    for (const [key, name] of ROWS) console.log(line(name, counts[key]));
  }
});
