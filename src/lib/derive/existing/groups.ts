/**
 * The group each derived file belongs to in derive's manifest: an article
 * (its source, the entries whose `source:` names it, its timeline items) or
 * a key term, `term:` and the term's slug, so every file naming the term,
 * whatever its file name, is read with it. An article's slug has no colon,
 * so the two kinds of group never meet.
 */
import { slugify } from '../../text/slug.ts';
import type { Existing } from './existing-files.ts';

export const termGroup = (term: string): string => `term:${slugify(term)}`;
export const isTermGroup = (group: string): boolean => group.startsWith('term:');

/** The group of the term whose proposal is written at `path` (`terms/<slug>.md`), whatever term the file names now. */
export const termGroupOfPath = (path: string): string => `term:${path.replace(/^terms\/|\.md$/g, '')}`;

export const slugOfSource = (path: string): string => path.replace(/^sources\/|\.yaml$/g, '');

/**
 * The group a file belongs to: a source's slug, the source an entry names, the folder a timeline
 * item is in, or the term a term file names; undefined when its frontmatter does not say.
 */
export function groupOf(path: string, existing: Existing): string | undefined {
  if (path.startsWith('sources/')) return slugOfSource(path);
  if (path.startsWith('timelines/')) return path.split('/')[1];
  const named = existing.data?.[path.startsWith('terms/') ? 'term' : 'source'];
  if (typeof named !== 'string') return undefined;
  return path.startsWith('terms/') ? termGroup(named) : named;
}
