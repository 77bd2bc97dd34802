/**
 * The content of one version of a data root (a git commit or the working
 * tree), read leniently: a file that no longer parses is still compared by
 * its text, because a diff must describe broken changes too. Each kind of
 * file readers see a page of is a collection here, found by its path; a new
 * kind is one more row of `KINDS` and of the pages it touches
 * (touched-pages.ts).
 */
import { InputError } from '../model/errors.ts';
import { parseMarkdownFile, parseYamlFile } from '../content-files/frontmatter.ts';

/** File path relative to the data root (forward slashes) → file text. */
export type FileMap = ReadonlyMap<string, string>;

export interface Doc {
  /** Slug; for entries `<theme folder>/<slug>`, for timeline items `<source>/<slug>`, for translations `<lang>/<path>`. */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Each collection a diff compares, by the path its files are at: the id is the first group. */
const KINDS = {
  stories: /^content\/stories\/([a-z0-9-]+)\.md$/,
  themes: /^content\/themes\/([a-z0-9-]+)\.md$/,
  entries: /^content\/entries\/([^/]+\/[^/]+)\.md$/,
  sources: /^content\/sources\/([a-z0-9-]+)\.yaml$/,
  terms: /^content\/terms\/([a-z0-9-]+)\.md$/,
  timeline: /^content\/timelines\/([^/]+\/[^/]+)\.md$/,
  translations: /^content\/translations\/((?!originals\/)[^/]+\/.+)\.(?:md|yaml)$/,
  site: /^content\/(site)\.yaml$/,
} as const;

export type Collection = keyof typeof KINDS;

export type Snapshot = Record<Collection, Map<string, Doc>> & {
  /** Files under seeds/, by path. */
  seeds: Map<string, string>;
};

export function snapshotOf(files: FileMap): Snapshot {
  const snapshot = { seeds: new Map() } as Snapshot;
  for (const kind of Object.keys(KINDS) as Collection[]) snapshot[kind] = new Map();
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith('seeds/')) {
      snapshot.seeds.set(path, text);
      continue;
    }
    for (const kind of Object.keys(KINDS) as Collection[]) {
      const id = KINDS[kind].exec(path)?.[1];
      if (id === undefined) continue;
      snapshot[kind].set(id, { id, ...read(path, text, path.endsWith('.md')) });
      break;
    }
  }
  return snapshot;
}

function read(path: string, text: string, markdown: boolean): Omit<Doc, 'id'> {
  try {
    const parsed = markdown ? parseMarkdownFile(path, text) : parseYamlFile(path, text);
    const data = parsed.data;
    return {
      data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {},
      body: parsed.body,
    };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { data: {}, body: text };
  }
}
