/**
 * An entry's dates tell readers (on its page and in the feed) what happened
 * to it. `updated` says what it says has changed: derive moves it only when it
 * does, since a new order, theme, source slug or recorded hash is
 * bookkeeping, not news. `added` says when it first appeared: derive writes it
 * once and never moves it. A title that differs only in its capitals (a heading
 * derive now writes in sentence case) says the same thing, so is no update.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Existing } from '../existing/existing-files.ts';

/** What a reader reads as the entry's statement. */
const SUBSTANCE = ['title', 'summary', 'kind', 'paragraphs', 'reading'] as const;

/** A field's value as a reader compares it: a title whatever its capitals. */
const compared = (field: string, value: unknown): unknown =>
  field === 'title' && typeof value === 'string' ? value.toLowerCase() : (value ?? []);

function sameSubstance(planned: Record<string, unknown>, body: string, existing: Existing): boolean {
  if (existing.body.trim() !== body.trim()) return false;
  return SUBSTANCE.every((field) => isDeepStrictEqual(compared(field, planned[field]), compared(field, existing.data?.[field])));
}

/**
 * The planned data with the entry's dates: `added` kept from the file it rewrites (or, on a file
 * written before `added` existed, its `updated`, the earliest date it records), and the existing
 * `updated` kept when derive rewrites an unedited entry that says the same.
 */
export function withDates<T extends Record<string, unknown>>(planned: T, body: string, existing: Existing | undefined): T {
  const updated = existing?.data?.['updated'];
  const added = existing?.data?.['added'] ?? updated;
  const dated = typeof added === 'string' ? { ...planned, added } : planned;
  if (!existing?.unedited || typeof updated !== 'string' || !sameSubstance(planned, body, existing)) return dated;
  return { ...dated, updated };
}
