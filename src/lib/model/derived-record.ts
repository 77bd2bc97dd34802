/**
 * How derive tells a file it wrote from a file a person has since edited:
 * the file records a digest of its own content; if the content no longer
 * matches, someone changed it.
 */
import { contentHash } from './hash.ts';

/** Stable JSON: object keys sorted, so YAML formatting and key order do not count as edits. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key, v]) => key !== 'derived' && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Digest of a file's data (minus its `derived` record) and body. */
export function contentDigest(data: unknown, body: string): string {
  return contentHash(`${canonical(data)}\n${body.trim()}`);
}

/** True when the file still holds exactly what derive wrote. */
export function isUnedited(data: unknown, body: string): boolean {
  if (!data || typeof data !== 'object') return false;
  const record = (data as { derived?: { digest?: unknown } }).derived;
  return typeof record?.digest === 'string' && record.digest === contentDigest(data, body);
}
