/**
 * npm run translations [-- --confirm <translation file> ...]
 * Prints, for each edition content/site.yaml declares, how many entries,
 * themes, key terms, home pages and interface strings are translated, reviewed, stale
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
import { cliDataRoot, runAsProgram, type CliIo } from './cli.ts';

const ROWS = [
  ['entries', 'entries'],
  ['themes', 'themes'],
  ['terms', 'key terms'],
  ['home', 'home page'],
  ['interface', 'interface strings'],
] as const;

const line = (name: string, c: Count) =>
  `  ${name.padEnd(18)} ${c.translated} translated, ${c.reviewed} reviewed, ${c.stale} stale, ${c.missing} missing (of ${c.total})`;

export function main(argv: readonly string[], io: CliIo): void {
  const root = cliDataRoot(io);
  const say = (line: string) => io.stdout.write(`${line}\n`);
  if (argv.length > 0) {
    const [flag, ...files] = argv;
    if (flag !== '--confirm' || files.length === 0)
      throw new InputError({
        file: 'command line',
        detail: `expected no option, or --confirm followed by translation files, found ${argv.join(' ')}`,
      });
    for (const file of files) {
      const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
      const { digest, source, pruned } = confirmTranslation(root, path);
      say(digest ? `confirmed ${path}: translates ${source} as it reads now (${digest})` : `${path} was already up to date`);
      for (const original of pruned) say(`removed   ${original} (no translation was made from it any more)`);
    }
    return;
  }
  const result = checkContent(root);
  const editions = readSiteSettings(root).editions;
  if (editions.length === 0) say('no editions: content/site.yaml declares none under editions.');
  for (const counts of editionCounts(editions, result.tree, result.translations)) {
    say(`${counts.language.code} (${counts.language.name})`);
    for (const [key, name] of ROWS) say(line(name, counts[key]));
  }
}

if (import.meta.main) await runAsProgram(main);
