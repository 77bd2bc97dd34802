/**
 * The group a key term's files share in derive's manifest (dirty-files.ts):
 * `term:` and the term's slug, so every file naming the term, whatever its
 * file name, is read with it. An article's slug has no colon, so the two
 * kinds of group never meet.
 */
import { slugify } from '../text/slug.ts';

export const termGroup = (term: string): string => `term:${slugify(term)}`;
export const isTermGroup = (group: string): boolean => group.startsWith('term:');

/** The group of the term whose proposal is written at `path` (`terms/<slug>.md`), whatever term the file names now. */
export const termGroupOfPath = (path: string): string => `term:${path.replace(/^terms\/|\.md$/g, '')}`;
