/**
 * The languages content/site.yaml declares: editions each once, none the
 * language the content is written in, and that language English, the
 * language of the interface built into the site
 * (src/lib/content-files/interface-catalogue.ts), whose words the editions'
 * catalogues translate.
 */
import { SITE_FILE } from '../content-files/site-settings.ts';
import type { ParsedFile } from '../content-files/frontmatter.ts';
import type { Problem } from '../model/errors.ts';
import type { SiteSettings } from '../model/schema.ts';

export function checkLanguages(settings: SiteSettings, lineOf: ParsedFile['lineOf']): Problem[] {
  const problems: Problem[] = [];
  if (settings.language.code !== 'en')
    problems.push({
      file: SITE_FILE,
      line: lineOf(['language', 'code']),
      field: 'language.code',
      detail: `expected en, found "${settings.language.code}": the site's own words are written in English, and other languages are editions translated from it`,
    });
  const seen = new Set([settings.language.code]);
  settings.editions.forEach((edition, i) => {
    if (seen.has(edition.code))
      problems.push({
        file: SITE_FILE,
        line: lineOf(['editions', i, 'code']),
        field: `editions[${i}].code`,
        detail: `expected a language declared once, found "${edition.code}" again`,
      });
    seen.add(edition.code);
  });
  return problems;
}
