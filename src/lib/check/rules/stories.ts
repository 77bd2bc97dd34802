/**
 * The stories and what belongs to them: a site with questions has at least
 * one story; every theme and every source names a story that exists (on a
 * site of one story, naming none means that one), and so does a key term
 * that names one (only one resting on no source may); every story has
 * questions; stories given a front-page `order` do not share one; a story's
 * `lead` is one of its live articles; and no two live sources share a
 * `url`, which would publish one article twice (derive makes the newer the
 * next version of the older). A story derive proposed is a draft.
 */
import type { Loaded } from '../../content-files/loaded.ts';
import { resolveStories } from '../../content-files/stories.ts';
import type { Problem } from '../../model/errors.ts';
import { duplicates, orderClashes, type Found, type TreeIndex } from './tree-index.ts';

const DERIVE = 'run "npm run derive" to write the site\'s first story (content/stories/<slug>.md), or write it yourself';

export function stories({ tree, failedSources }: TreeIndex): Found {
  const ids = tree.stories.map((s) => s.id);
  const errors: Problem[] = [];
  if (ids.length === 0 && tree.themes.length > 0 && !tree.problems.some((p) => p.file.startsWith('content/stories/')))
    errors.push({ file: 'content/stories', detail: `expected a story for the site's questions, found none; ${DERIVE}` });
  if (ids.length > 0) {
    for (const theme of tree.themes) errors.push(...belongs(theme, ids, 'theme'));
    for (const source of tree.sources) errors.push(...belongs(source, ids, 'source'));
  }
  for (const term of tree.terms) errors.push(...termStory(term, ids));
  const resolved = resolveStories(tree.stories, tree.themes, tree.sources);
  for (const { story, themes, sources } of resolved.stories) {
    if (themes.length === 0 && story.data.status !== 'proposed')
      errors.push({
        file: story.file,
        detail: `story "${story.id}" has no questions; give a theme "story: ${story.id}", or remove the story`,
      });
    const lead = story.data.lead;
    if (lead !== undefined && !sources.some((s) => s.id === lead) && !failedSources.has(lead))
      errors.push({
        file: story.file,
        line: story.lineOf(['lead']),
        field: 'lead',
        detail: `expected one of the story's live articles (${sources.map((s) => s.id).join(', ') || 'it has none'}), found "${lead}"`,
      });
  }
  errors.push(...orderClashes(tree.stories.filter((s) => s.data.order !== undefined) as Loaded<{ order: number }>[], ' on the front page'));
  duplicates(
    tree.sources.filter((s) => s.data.url !== undefined && !s.data.retired),
    (s) => s.data.url!,
    (source, first) =>
      errors.push({
        file: source.file,
        line: source.lineOf(['url']),
        field: 'url',
        detail: `expected one live source per url, found ${first.file} with the same url; a newer version replaces the older, so nothing is published twice: run "npm run derive"`,
      }),
  );
  return { errors, drafts: draftStories(tree.stories) };
}

/** A theme or source names a story that exists, or none on a site of one story. */
function belongs(item: Loaded<{ story?: string | undefined }>, ids: readonly string[], kind: 'theme' | 'source'): Problem[] {
  const named = item.data.story;
  const expected = ids.join(', ');
  if (named !== undefined && !ids.includes(named))
    return [
      {
        file: item.file,
        line: item.lineOf(['story']),
        field: 'story',
        detail: `expected one of ${expected}, found "${named}"`,
      },
    ];
  if (named === undefined && ids.length > 1)
    return [
      {
        file: item.file,
        field: 'story',
        detail:
          kind === 'theme'
            ? `expected the story this question belongs to (one of ${expected}), found nothing; a site of several stories needs it on every theme`
            : `expected the story this article belongs to (one of ${expected}), found nothing; run "npm run derive"`,
      },
    ];
  return [];
}

/** A key term names a story only when it rests on no source (a source's story is its own), and one that exists. */
function termStory(term: Loaded<{ story?: string | undefined; source?: string | undefined }>, ids: readonly string[]): Problem[] {
  const named = term.data.story;
  if (named === undefined) return [];
  const at = { file: term.file, line: term.lineOf(['story']), field: 'story' };
  if (term.data.source !== undefined)
    return [{ ...at, detail: `expected no story on a term resting on a source (it belongs to its source's story), found "${named}"` }];
  if (!ids.includes(named))
    return [{ ...at, detail: `expected one of ${ids.join(', ') || "the site's stories (it has none)"}, found "${named}"` }];
  return [];
}

function draftStories(stories: readonly Loaded<{ status?: 'proposed' | undefined }>[]): Problem[] {
  return stories
    .filter((s) => s.data.status === 'proposed')
    .map((s) => ({
      file: s.file,
      line: s.lineOf(['status']),
      field: 'status',
      detail: `proposed story "${s.id}" is a draft; write its headline and standfirst in your own words, then delete the status line`,
    }));
}
