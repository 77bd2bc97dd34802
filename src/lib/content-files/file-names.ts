/**
 * A content file's name is its slug, and the slug is its URL and its anchor:
 * `What Happens Next (copy).md` would ship an invalid id and a broken
 * address, so a name that is not a slug is a problem, with the name to use.
 * Entries sit one level down, in their theme's folder, and timeline items
 * in their source's.
 */
import type { Problem } from '../model/errors.ts';
import { slugify } from '../text/slug.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `name` is relative to the collection folder; `depth` is how many path parts it must have. */
export function fileNameProblem(file: string, name: string, depth: 1 | 2): Problem | undefined {
  const parts = name.split('/');
  const ext = /\.[a-z]+$/.exec(name)![0];
  if (parts.length !== depth) {
    const where =
      depth === 1
        ? 'directly in its folder, not in a sub-folder'
        : file.startsWith('content/timelines/')
          ? "in its source's folder: content/timelines/<source>/<slug>.md"
          : 'in a theme folder: content/entries/<theme>/<slug>.md';
    return {
      file,
      field: 'file name',
      detail: `expected the file ${where}, found it at ${parts.length === 1 ? 'the top' : 'a deeper level'}`,
    };
  }
  for (const [i, part] of parts.entries()) {
    const stem = i === parts.length - 1 ? part.slice(0, -ext.length) : part;
    if (SLUG.test(stem)) continue;
    const what = i === parts.length - 1 ? 'file name' : 'folder name';
    const fixed = i === parts.length - 1 ? `${slugify(stem)}${ext}` : `${slugify(stem)}/`;
    return {
      file,
      field: what,
      detail: `expected a slug (lowercase a-z, 0-9 and hyphens), found "${stem}"; rename it to ${fixed}`,
    };
  }
  return undefined;
}
