/**
 * What may be under `content/`, and where: every file there is one the
 * tools read, or a problem naming it and the fix. An entry saved as
 * `.markdown` or `.MD`, a folder named `Entries`, notes left beside the
 * entries: each would otherwise sit there unread, never built and never
 * reported. `check` (and so the build, which runs it) and `derive` apply
 * this one rule. Hidden files and folders (derive's manifest and lock, an
 * editor's swap files, `.DS_Store`) are not content and are passed over.
 */
import { basename, join } from 'node:path';
import type { Problem } from '../model/errors.ts';
import { slugify } from '../text/slug.ts';
import { SLUG } from './file-names.ts';
import { walkFiles } from './list-files.ts';

/** Each folder of `content/`: the extension of its files and what one is, for messages. */
export const CONTENT_FOLDERS = {
  stories: { extension: '.md', what: 'a story, content/stories/<slug>.md' },
  themes: { extension: '.md', what: 'a theme, content/themes/<slug>.md' },
  sources: { extension: '.yaml', what: 'a source, content/sources/<slug>.yaml' },
  entries: { extension: '.md', what: 'an entry, content/entries/<theme>/<slug>.md' },
  terms: { extension: '.md', what: 'a key term, content/terms/<slug>.md' },
  timelines: { extension: '.md', what: 'a timeline item, content/timelines/<source>/<slug>.md' },
  translations: { extension: '', what: 'a translation, content/translations/<code>/… (see docs/authoring.md, "Translating")' },
} as const;

export type ContentFolder = keyof typeof CONTENT_FOLDERS;

const SITE_FILE_NAME = 'site.yaml';
const PLACES = `${SITE_FILE_NAME}, ${Object.keys(CONTENT_FOLDERS)
  .map((f) => `${f}/`)
  .join(', ')}`;
/** Other spellings of an extension, which are renamed rather than moved out. */
const SPELLINGS: Record<string, readonly string[]> = {
  '.md': ['.md', '.markdown', '.mdown', '.mdwn', '.mkd', '.mkdn'],
  '.yaml': ['.yaml', '.yml'],
};

const extensionOf = (name: string): string => /\.[^./]+$/.exec(name)?.[0] ?? '';

/** The extension a file at `path` (relative to `content/`, in a known folder) must have. */
function expectedExtension(folder: ContentFolder, path: string): string {
  if (folder !== 'translations') return CONTENT_FOLDERS[folder].extension;
  if (path.startsWith('translations/originals/')) return '.txt';
  return /^translations\/[^/]+\/(?:site|interface)\.[^/]+$/.test(path) ? '.yaml' : '.md';
}

/** Why a file at `path` (relative to `content/`) is not one the tools read, or undefined when it is. */
export function strayFileProblem(path: string): Problem | undefined {
  const file = `content/${path}`;
  const [top = '', ...rest] = path.split('/');
  if (rest.length === 0) {
    if (top === SITE_FILE_NAME) return undefined;
    const renamed = top.replace(/\.[^.]+$/, '.yaml').toLowerCase() === SITE_FILE_NAME;
    return stray(file, top, renamed ? `rename it to ${SITE_FILE_NAME}` : undefined);
  }
  if (!(top in CONTENT_FOLDERS)) {
    const folder = Object.keys(CONTENT_FOLDERS).find((f) => f === top.toLowerCase());
    return stray(file, `${top}/`, folder ? `rename the folder to content/${folder}/` : undefined);
  }
  const folder = top as ContentFolder;
  const wanted = expectedExtension(folder, path);
  const found = extensionOf(path);
  if (found === wanted) return undefined;
  const stem = basename(path).slice(0, -found.length || undefined);
  if ((SPELLINGS[wanted] ?? [wanted]).includes(found.toLowerCase()))
    return {
      file,
      field: 'file name',
      detail: `expected the extension ${wanted}, found "${found}"; rename it to ${SLUG.test(stem) ? stem : slugify(stem)}${wanted} (as it is, nothing reads it)`,
    };
  return {
    file,
    detail: `expected ${CONTENT_FOLDERS[folder].what}, found ${found ? `a ${found} file` : 'a file without an extension'}, which nothing reads; move it out of content/, or delete it`,
  };
}

function stray(file: string, found: string, fix: string | undefined): Problem {
  return {
    file,
    detail: `expected one of ${PLACES} in content/, found ${found}, which nothing reads; ${fix ?? 'move it out of content/, or delete it'}`,
  };
}

/** Every file under `content/` that no tool reads, as a problem naming it and the fix, by path. */
export function strayFiles(root: string): Problem[] {
  return walkFiles(join(root, 'content'), () => true)
    .sort()
    .flatMap((path) => strayFileProblem(path) ?? []);
}
