/**
 * `content/site.yaml`: the file loads, its `lead` names a source that is not
 * retired, and the
 * languages it declares: editions each once, none the language the content
 * is written in, and that language English, the language of the interface
 * built into the site (src/lib/content-files/interface-catalogue.ts), whose
 * words the editions' catalogues translate. A site of several stories has a
 * `name`: without one it is named after whichever story leads its front page,
 * and renamed when another does. Like a draft, that stops only a CI run that
 * is not a preview (severity.ts), so a preview of the new story still builds.
 */
import { SITE_FILE } from '../../content-files/site-settings.ts';
import { resolveStories } from '../../content-files/stories.ts';
import type { Problem } from '../../model/errors.ts';
import type { Found, TreeIndex } from './tree-index.ts';

/** Why a site of several stories needs a name, and what it is called until it has one. */
export const unnamedSite = (headline: string): string =>
  `expected a name for a site of several stories, found none, so it is named after the story first on its front page ("${headline}") and renamed whenever another comes first; set a name for a site of several stories`;

export function siteFile({ tree, sources }: TreeIndex): Found {
  const { settings, lineOf, problems } = tree.site;
  if (!settings) return { errors: problems };
  const errors: Problem[] = [];
  const live = [...sources.values()].filter((s) => !s.data.retired).map((s) => s.id);
  if (settings.lead !== undefined && !live.includes(settings.lead))
    errors.push({
      file: SITE_FILE,
      line: lineOf(['lead']),
      field: 'lead',
      detail: `expected the slug of a source (${live.join(', ') || 'there are none'}), found "${settings.lead}"${sources.has(settings.lead) ? ', which is retired' : ''}`,
    });
  if (settings.language.code !== 'en')
    errors.push({
      file: SITE_FILE,
      line: lineOf(['language', 'code']),
      field: 'language.code',
      detail: `expected en, found "${settings.language.code}": the site's own words are written in English, and other languages are editions translated from it`,
    });
  const seen = new Set([settings.language.code]);
  settings.editions.forEach((edition, i) => {
    if (seen.has(edition.code))
      errors.push({
        file: SITE_FILE,
        line: lineOf(['editions', i, 'code']),
        field: `editions[${i}].code`,
        detail: `expected a language declared once, found "${edition.code}" again`,
      });
    seen.add(edition.code);
  });
  const first =
    tree.stories.length > 1 && settings.name === undefined
      ? resolveStories(tree.stories, tree.themes, tree.sources, settings).stories[0]
      : undefined;
  const drafts: Problem[] = first ? [{ file: SITE_FILE, field: 'name', detail: unnamedSite(first.story.data.headline) }] : [];
  return { errors, drafts };
}
