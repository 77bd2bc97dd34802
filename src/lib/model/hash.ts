import { createHash } from 'node:crypto';

/** Short content hash: 16 hex digits of SHA-256, enough to tell edits apart. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
