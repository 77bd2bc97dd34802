/**
 * Compares one version of a content file with another: which frontmatter
 * fields changed, how many body words, which source paragraphs, which
 * corrections are new. Values are compared as parsed, so reformatting YAML
 * is not a change.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Doc } from './content-snapshot.ts';
import { wordChanges, type WordCounts } from '../text/word-diff.ts';

export interface DocRef {
  slug: string;
  title: string;
}

export interface EntryRef extends DocRef {
  theme: string;
  source: string;
  paragraphs: string[];
}

export interface Changed {
  /** Top-level frontmatter fields whose value differs, in file order (the status apart). */
  fields: string[];
  words: WordCounts;
  /** A status that changed (proposed → published, machine → reviewed, published → rejected). */
  statusChange?: { was: string; now: string };
}

/** A key term, a timeline item or a translation: named as the page shows it, with its status. */
export interface ItemRef extends DocRef {
  status: string;
}

export interface SourceChange extends DocRef {
  /** Fields other than `paragraphs`, which are itemised instead. */
  fields: string[];
  paragraphs: { added: string[]; removed: string[]; changed: string[] };
}

export interface CorrectionAdded {
  entry: EntryRef;
  date: string;
  wrong: string;
  right: string;
}

/** Derive's, check's and the translations' records: how a file was made and what it was checked against, not what it says. */
const BOOKKEEPING = ['derived', 'cited', 'superseded', 'translates'];

/** What a status field says; no status is a published item (a confirmed term, a shown entry). */
export const statusOf = (doc: Doc | undefined): string => text(doc?.data['status']) || 'published';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

export function docRef(doc: Doc): DocRef {
  const slug = doc.id.split('/').pop()!;
  return { slug, title: text(doc.data['title']) || slug };
}

/** A story is named by its headline. */
export function storyRef(doc: Doc): DocRef {
  return { slug: doc.id, title: text(doc.data['headline']) || doc.id };
}

export function entryRef(doc: Doc): EntryRef {
  return {
    ...docRef(doc),
    theme: doc.id.split('/')[0]!,
    source: text(doc.data['source']),
    paragraphs: list(doc.data['paragraphs']).map(String),
  };
}

export function changedFields(was: Doc, is: Doc, except: readonly string[] = []): string[] {
  const keys = [...new Set([...Object.keys(is.data), ...Object.keys(was.data)])];
  return keys.filter((key) => !except.includes(key) && !BOOKKEEPING.includes(key) && !isDeepStrictEqual(was.data[key], is.data[key]));
}

/** Undefined when nothing a reader could see or an editor set has changed (bookkeeping does not count). */
export function changeOf(was: Doc, is: Doc): Changed | undefined {
  const fields = changedFields(was, is, ['status']);
  const words = wordChanges(was.body, is.body);
  const [from, to] = [statusOf(was), statusOf(is)];
  const statusChange = from === to ? undefined : { was: from, now: to };
  return fields.length > 0 || words.added > 0 || words.removed > 0 || statusChange
    ? { fields, words, ...(statusChange && { statusChange }) }
    : undefined;
}

/** A key term by its term, a timeline item by its date and first words, a translation by its title, question or file. */
export function itemRef(doc: Doc): ItemRef {
  const slug = doc.id.split('/').pop()!;
  const date = doc.data['date'];
  const named = text(doc.data['term']) || text(doc.data['title']) || text(doc.data['question']);
  const title =
    named ||
    (date !== undefined ? `${date instanceof Date ? date.toISOString().slice(0, 10) : String(date)}: ${firstWords(doc.body)}` : slug);
  return { slug, title, status: statusOf(doc) };
}

const firstWords = (body: string): string => {
  const words = body.trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
};

function paragraphsOf(doc: Doc): Map<string, string> {
  return new Map(list(doc.data['paragraphs']).map((p) => [String(record(p)['id']), text(record(p)['text'])]));
}

export function sourceChange(was: Doc, is: Doc): SourceChange | undefined {
  const before = paragraphsOf(was);
  const after = paragraphsOf(is);
  const paragraphs = {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
  };
  const fields = changedFields(was, is, ['paragraphs']);
  const count = fields.length + paragraphs.added.length + paragraphs.removed.length + paragraphs.changed.length;
  return count > 0 ? { ...docRef(is), fields, paragraphs } : undefined;
}

/** Corrections in `is` that `was` did not have; every correction of a new entry is new. */
export function correctionsAdded(was: Doc | undefined, is: Doc): CorrectionAdded[] {
  const earlier = list(was?.data['corrections']);
  return list(is.data['corrections'])
    .filter((c) => !earlier.some((e) => isDeepStrictEqual(e, c)))
    .map((c) => ({ entry: entryRef(is), date: text(record(c)['date']), wrong: text(record(c)['wrong']), right: text(record(c)['right']) }));
}
