/**
 * The source-language texts translations were made from, kept by digest in
 * `content/translations/originals/<digest>.txt` (shared by every language),
 * so that when the source changes `check` can show the words that changed,
 * as it does for a changed source paragraph. Written when a translation is
 * confirmed (`npm run translations -- --confirm`); a text no translation
 * records any more is removed then. A translation whose original is missing
 * is still known to be stale, only without the words.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { ORIGINALS_FOLDER, TRANSLATIONS_DIR } from './translation-files.ts';
import { textDigest } from './translatable-text.ts';

const DIGEST_FILE = /^([0-9a-f]{16})\.txt$/;

export const originalsDir = (root: string): string => join(root, TRANSLATIONS_DIR, ORIGINALS_FOLDER);

export const originalFile = (digest: string): string => `${TRANSLATIONS_DIR}/${ORIGINALS_FOLDER}/${digest}.txt`;

/** Every original kept, by digest: what `check` shows of a stale translation. */
export function readOriginals(root: string): Map<string, string> {
  const dir = originalsDir(root);
  const originals = new Map<string, string>();
  if (!existsSync(dir)) return originals;
  for (const name of readdirSync(dir).sort()) {
    const digest = DIGEST_FILE.exec(name)?.[1];
    if (digest) originals.set(digest, readFileSync(join(dir, name), 'utf8'));
  }
  return originals;
}

/** Keeps `text` under its digest and returns the digest. */
export function keepOriginal(root: string, text: string): string {
  const digest = textDigest(text);
  const path = join(root, originalFile(digest));
  if (!existsSync(path)) writeFileAtomic(path, text);
  return digest;
}

/** Removes the originals no translation records; returns their files. */
export function pruneOriginals(root: string, recorded: ReadonlySet<string>): string[] {
  const dir = originalsDir(root);
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const digest = DIGEST_FILE.exec(name)?.[1];
    if (!digest || recorded.has(digest)) continue;
    rmSync(join(dir, name));
    removed.push(originalFile(digest));
  }
  return removed;
}
