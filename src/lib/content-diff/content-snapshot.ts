/**
 * The content of one version of a data root (a git commit or the working
 * tree), read leniently: a file that no longer parses is still compared by
 * its text, because a diff must describe broken changes too.
 */
import { InputError } from '../model/errors.ts';
import { parseMarkdownFile, parseYamlFile } from '../content-files/frontmatter.ts';

/** File path relative to the data root (forward slashes) → file text. */
export type FileMap = ReadonlyMap<string, string>;

export interface Doc {
  /** Slug; for entries `<theme folder>/<slug>`. */
  id: string;
  data: Record<string, unknown>;
  body: string;
}

export interface Snapshot {
  themes: Map<string, Doc>;
  entries: Map<string, Doc>;
  sources: Map<string, Doc>;
  /** Files under seeds/, by path. */
  seeds: Map<string, string>;
}

const COLLECTION = /^content\/(themes|sources|entries)\/(.+)\.(md|ya?ml)$/;

export function snapshotOf(files: FileMap): Snapshot {
  const snapshot: Snapshot = { themes: new Map(), entries: new Map(), sources: new Map(), seeds: new Map() };
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (path.startsWith('seeds/')) {
      snapshot.seeds.set(path, text);
      continue;
    }
    const match = COLLECTION.exec(path);
    if (!match) continue;
    const [, collection, id, ext] = match as unknown as [string, keyof Omit<Snapshot, 'seeds'>, string, string];
    snapshot[collection].set(id, { id, ...read(path, text, ext === 'md') });
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
