/**
 * The changes a reader should know about, newest first: an entry added or
 * revised (its `updated` date), each correction (one event, even where it
 * also moved the entry's date), and each article replaced by a newer version
 * (the day derive retired the old one). The "Updates and
 * corrections" page and the feed list exactly these items, so a subscriber
 * and a visitor learn the same things.
 */
import { correctionId, correctionLine, type CorrectionFacts } from './correction.ts';
import type { Interface } from './interface.ts';

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
  /** The entry quotes the source: its summary is the source's words, and is shown as theirs. */
  quote?: boolean;
}

/** Each kind of update's label, a key of the interface catalogue. */
export const UPDATE_LABEL = { entry: 'updates.entry', correction: 'updates.correction', source: 'updates.source' } as const;

/** A newer version of an article, which replaced an older one. */
export interface NewVersion {
  /** The newer version's title and site-internal URL. */
  title: string;
  link: string;
  /** The day the older version was retired. */
  date: string;
  /** The older version's title. */
  replaced: string;
}

export interface UpdateItem {
  kind: 'entry' | 'correction' | 'source';
  /** The entry's title. */
  entry: string;
  /** The item's own name, unique among items: the entry's title, or which correction of it. */
  title: string;
  /** Unique per item, so feed readers can use it as the item's id. */
  link: string;
  date: string;
  description: string;
  /** The description is the source's own words (a quotation entry's opening), labelled as theirs wherever it is shown. */
  quoted: boolean;
}

export function updateItems(
  ui: Interface,
  entries: readonly UpdatedEntry[],
  limit = UPDATES_LIMIT,
  versions: readonly NewVersion[] = [],
): UpdateItem[] {
  const items = entries.flatMap((entry): UpdateItem[] => [
    // A correction dates the entry too: that day is one event, the correction, not two rows.
    ...(entry.corrections.some((c) => c.date === entry.updated)
      ? []
      : [
          {
            kind: 'entry' as const,
            entry: entry.title,
            title: entry.title,
            link: entry.link,
            date: entry.updated,
            description: entry.summary,
            quoted: entry.quote ?? false,
          },
        ]),
    ...entry.corrections.map((correction, index): UpdateItem => ({
      kind: 'correction',
      entry: entry.title,
      title: ui.t('updates.correctionTitle', { date: ui.date(correction.date), title: entry.title }),
      link: `${entry.link.split('#')[0]}#${correctionId(entry.slug, index)}`,
      date: correction.date,
      description: correctionLine(ui, correction),
      quoted: false,
    })),
  ]);
  for (const version of versions)
    items.push({
      kind: 'source',
      entry: version.title,
      title: version.title,
      link: version.link,
      date: version.date,
      description: ui.t('updates.sourceLine', { title: version.replaced }),
      quoted: false,
    });
  // Newest first; items of one day keep the order they were given in, the stories' and questions' order.
  return items.sort((a, b) => b.date.localeCompare(a.date)).slice(0, limit);
}
