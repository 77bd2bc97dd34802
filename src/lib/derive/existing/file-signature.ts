/**
 * What derive remembers of a file it read or wrote, to tell next time
 * whether the file changed without reading it: a hash of its bytes, and the
 * size, modification time, change time and inode a stat gives. A stat that
 * matches in all four means the file was not written since; any difference
 * means it is read and hashed again, and only the hash decides. The change
 * time moves on every write and cannot be set back by a tool, so restoring
 * an old modification time does not hide an edit.
 *
 * Timestamps are coarse (a few milliseconds on Linux, up to seconds on some
 * file systems): a file written again within the same tick as the stat
 * would keep all four. So a file whose timestamps are within `RECENT_MS` of
 * the moment it was read, or in the future, is remembered by its hash alone
 * and read again next time. The stat is always taken before the bytes are
 * read, so a write in between shows as a changed stat on the next run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export interface FileSignature {
  /** SHA-256 of the bytes, 32 hex digits. */
  hash: string;
  /** The stat, absent when it was too recent to trust. */
  size?: number;
  mtimeMs?: number;
  ctimeMs?: number;
  ino?: number;
}

/** Timestamps closer than this to the moment of reading are not trusted. */
export const RECENT_MS = 2000;

export const hashBytes = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/** A signature of the bytes read after `stats` was taken, at time `now`. */
export function signatureOf(stats: Stats, bytes: Uint8Array, now: number): FileSignature {
  const hash = hashBytes(bytes);
  const newest = Math.max(stats.mtimeMs, stats.ctimeMs);
  if (now - newest < RECENT_MS) return { hash };
  return { hash, size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino };
}

/** Reads a file and signs it, the stat first; undefined when there is no file. */
export function readSigned(path: string, now: number): { bytes: Buffer; signature: FileSignature } | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  const bytes = readFileSync(path);
  return { bytes, signature: signatureOf(stats, bytes, now) };
}

export type Comparison =
  /** `signature`, when the file had to be read: the same bytes, and the signature to remember from now on. */
  { kind: 'same'; signature?: FileSignature } | { kind: 'changed' | 'missing' };

const statMatches = (stats: Stats, recorded: FileSignature): boolean =>
  recorded.size !== undefined &&
  stats.size === recorded.size &&
  stats.mtimeMs === recorded.mtimeMs &&
  stats.ctimeMs === recorded.ctimeMs &&
  stats.ino === recorded.ino;

/** Whether the file at `path` still holds what `recorded` describes, reading it only when its stat differs. */
export function compareFile(path: string, recorded: FileSignature, now: number): Comparison {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return { kind: 'missing' };
  }
  if (statMatches(stats, recorded)) return { kind: 'same' };
  const signature = signatureOf(stats, readFileSync(path), now);
  return signature.hash === recorded.hash ? { kind: 'same', signature } : { kind: 'changed' };
}

/** Signatures of the files in `dir` (names relative to it), each read now, before derive reads it for use. */
export function signFiles(dir: string, names: readonly string[], now: number): Record<string, FileSignature> {
  const signed: Record<string, FileSignature> = {};
  for (const name of names) {
    const read = readSigned(join(dir, name), now);
    if (read) signed[name] = read.signature;
  }
  return signed;
}
