/**
 * Cards kept in the build's cache folder between builds, one PNG per text:
 * the key is the card's text with the renderer's and the font's versions and
 * the layout's own code, so a rebuild renders only the cards whose words
 * changed, and a new renderer, font or layout renders them all again.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../content-files/atomic-write.ts';
import { contentHash } from '../../model/hash.ts';
import { cardTree, type CardText } from './card-layout.ts';
import { renderCard, RENDERER } from './card-render.ts';

/** The cache key of a card: what it says, how it is laid out and what draws it. */
export function cardKey(text: CardText): string {
  return contentHash(JSON.stringify([RENDERER, cardTree(text), text]));
}

// Pages that share a card's text (an edition showing the original's words) wait for the one render.
const rendering = new Map<string, Promise<Buffer>>();

/** The card's PNG from the cache folder, rendered and kept there when it is not. */
export function cachedCard(folder: string, text: CardText): Promise<Buffer> {
  const file = join(folder, `${cardKey(text)}.png`);
  let png = rendering.get(file);
  if (!png) {
    png = existsSync(file)
      ? Promise.resolve(reuse(file))
      : renderCard(text).then(({ png: fresh }) => (writeFileAtomic(file, fresh), fresh));
    rendering.set(file, png);
  }
  return png;
}

/** A cached card, marked as used so pruning keeps it. */
function reuse(file: string): Buffer {
  const now = new Date();
  utimesSync(file, now, now);
  return readFileSync(file);
}

const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/** Cards no build has used for a month are dropped, so the folder does not grow for ever. */
export function pruneCards(folder: string, now = Date.now()): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
  }
}
