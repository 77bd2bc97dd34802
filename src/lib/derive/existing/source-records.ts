/**
 * What derive needs to know of every source on disk to decide where a new
 * article belongs: the story it is filed under, its `url` (a seed with the
 * same one is its newer version), whether it is a follow-up or retired, and
 * its text (a story is compared by its articles' words). The sources a pass
 * read are taken as read; the others are read from disk, and only when a
 * new article asks.
 */
import { join } from 'node:path';
import { listFiles } from '../../content-files/list-files.ts';
import { readExisting, type Existing } from './existing-files.ts';
import { slugOfSource } from './groups.ts';

export interface SourceRecord {
  slug: string;
  story: string | undefined;
  url: string | undefined;
  published: string | undefined;
  follows: boolean;
  retired: { date: string; replacedBy?: string } | undefined;
  /** The seed it was derived from, and that seed's hash then. */
  from: string | undefined;
  seedHash: string | undefined;
  title: string | undefined;
  /** The title and every paragraph's text. */
  text: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export function sourceRecord(slug: string, existing: Existing | undefined): SourceRecord | undefined {
  const data = existing?.data;
  if (!data) return undefined;
  const paragraphs = Array.isArray(data['paragraphs']) ? (data['paragraphs'] as { text?: unknown }[]) : [];
  const retired = data['retired'] as SourceRecord['retired'] | undefined;
  const published = data['published'];
  return {
    slug,
    story: text(data['story']),
    url: text(data['url']),
    published: published instanceof Date ? published.toISOString().slice(0, 10) : text(published),
    follows: data['follows'] === true,
    retired: retired && typeof retired === 'object' ? retired : undefined,
    from: existing.record?.from,
    seedHash: existing.record?.seed,
    title: text(data['title']),
    text: [text(data['title']) ?? '', ...paragraphs.map((p) => text(p?.text) ?? '')].join('\n'),
  };
}

/** Every source in `content/sources/`, by slug: from `files` where the pass read it, else from disk. */
export function sourceRecords(contentDir: string, files: ReadonlyMap<string, Existing>): Map<string, SourceRecord> {
  const records = new Map<string, SourceRecord>();
  for (const name of listFiles(join(contentDir, 'sources'), ['.yaml'])) {
    if (name.includes('/')) continue;
    const path = `sources/${name}`;
    const record = sourceRecord(slugOfSource(path), files.get(path) ?? readExisting(contentDir, path));
    if (record) records.set(record.slug, record);
  }
  return records;
}
