/**
 * The update feed: one item when an entry was last updated and one per
 * correction, newest first, so a subscriber learns about every change a
 * reader should know about.
 */
import { correctionId, correctionLine, type CorrectionFacts } from './correction.ts';

export interface FeedEntry {
  slug: string;
  title: string;
  summary: string;
  updated: string;
  corrections: readonly CorrectionFacts[];
  /** Site-internal URL of the entry (already under the base path). */
  link: string;
}

export interface FeedItem {
  title: string;
  /** Unique per item, so feed readers can use it as the item's id. */
  link: string;
  date: string;
  description: string;
}

export function feedItems(entries: readonly FeedEntry[]): FeedItem[] {
  const items = entries.flatMap((entry): FeedItem[] => [
    { title: entry.title, link: entry.link, date: entry.updated, description: entry.summary },
    ...entry.corrections.map((correction, index) => {
      const id = correctionId(entry.slug, index);
      const link = `${entry.link.split('#')[0]}#${id}`;
      return { title: `Correction: ${entry.title}`, link, date: correction.date, description: correctionLine(correction) };
    }),
  ]);
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
}
