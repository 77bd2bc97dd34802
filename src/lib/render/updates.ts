/**
 * The changes a reader should know about, newest first: an entry added or
 * revised (its `updated` date) and each correction. The "Updates and
 * corrections" page and the feed list exactly these items, so a subscriber
 * and a visitor learn the same things.
 */
import { correctionId, correctionLine, type CorrectionFacts } from './correction.ts';
import { readableDate } from './dates.ts';
import { UPDATE_LABELS } from './wording.ts';

/** Enough for a subscriber who checks weekly; the whole history would make the page and feed grow without end. */
export const UPDATES_LIMIT = 50;

/** The newest few, on the home page. */
export const RECENT_UPDATES = 3;

export interface UpdatedEntry {
  slug: string;
  title: string;
  summary: string;
  updated: string;
  corrections: readonly CorrectionFacts[];
  /** Site-internal URL of the entry (already under the base path). */
  link: string;
}

export interface UpdateItem {
  kind: keyof typeof UPDATE_LABELS;
  /** The entry's title. */
  entry: string;
  /** The item's own name, unique among items: the entry's title, or which correction of it. */
  title: string;
  /** Unique per item, so feed readers can use it as the item's id. */
  link: string;
  date: string;
  description: string;
}

export function updateItems(entries: readonly UpdatedEntry[], limit = UPDATES_LIMIT): UpdateItem[] {
  const items = entries.flatMap((entry): UpdateItem[] => [
    { kind: 'entry', entry: entry.title, title: entry.title, link: entry.link, date: entry.updated, description: entry.summary },
    ...entry.corrections.map((correction, index): UpdateItem => ({
      kind: 'correction',
      entry: entry.title,
      title: `${UPDATE_LABELS.correction} of ${readableDate(correction.date)} to ${entry.title}`,
      link: `${entry.link.split('#')[0]}#${correctionId(entry.slug, index)}`,
      date: correction.date,
      description: correctionLine(correction),
    })),
  ]);
  return items.sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link)).slice(0, limit);
}
