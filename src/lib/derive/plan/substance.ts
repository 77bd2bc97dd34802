/**
 * An entry's `updated` date tells readers (on its page and in the feed) that
 * what it says has changed. Derive moves it only when it does: a new order,
 * theme, source slug or recorded hash is bookkeeping, not news.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Existing } from '../existing/existing-files.ts';

/** What a reader reads as the entry's statement. */
const SUBSTANCE = ['title', 'summary', 'kind', 'paragraphs', 'reading'] as const;

function sameSubstance(planned: Record<string, unknown>, body: string, existing: Existing): boolean {
  if (existing.body.trim() !== body.trim()) return false;
  return SUBSTANCE.every((field) => isDeepStrictEqual(planned[field] ?? [], existing.data?.[field] ?? []));
}

/** The planned data, keeping the existing `updated` when derive rewrites an unedited entry that says the same. */
export function withUpdated<T extends Record<string, unknown>>(planned: T, body: string, existing: Existing | undefined): T {
  const updated = existing?.data?.['updated'];
  if (!existing?.unedited || typeof updated !== 'string' || !sameSubstance(planned, body, existing)) return planned;
  return { ...planned, updated };
}
