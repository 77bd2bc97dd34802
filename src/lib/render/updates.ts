/**
 * The changes a reader should know about, newest first: a new question (the
 * day a theme's first entries appeared, which stand for them), a new entry
 * (its `added` day, when it has not changed since) or a revised one (its
 * `updated` date), each correction (one event, even where it also moved the
 * entry's date), and each article replaced by a newer version (the day derive
 * retired the old one). The "Updates and
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
  /** The day it first appeared, when known (entries written by hand before the field may lack it). */
  added?: string;
  updated: string;
  corrections: readonly CorrectionFacts[];
  /** Site-internal URL of the entry (already under the base path). */
  link: string;
  /** The entry quotes the source: its summary is the source's words, and is shown as theirs. */
  quote?: boolean;
  /** Id of its theme, which is new on the day its first entries appeared. */
  theme?: string;
}

/** A theme (one question of a story), named as the edition shows it. */
export interface UpdatedTheme {
  id: string;
  question: string;
  /** The editors' one-line answer. */
  summary: string;
  /** Site-internal URL of the theme's page. */
  link: string;
}

/** Each kind of update's label, a key of the interface catalogue. */
export const UPDATE_LABEL = {
  question: 'updates.question',
  new: 'updates.new',
  revised: 'updates.revised',
  entry: 'updates.entry',
  correction: 'updates.correction',
  source: 'updates.source',
} as const;

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
  /** What happened: a new question (a theme's first entries), a new entry, a revised one, one added or revised (an entry without `added` cannot tell), a correction, a newer version of an article. */
  kind: keyof typeof UPDATE_LABEL;
  /** The entry's title (the question, the newer article's title). */
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

export interface Updates {
  /** In the stories' and questions' order, which same-day items keep. */
  entries: readonly UpdatedEntry[];
  /** The themes the entries belong to: one whose entries all record `added` is a new question on the first of those days. */
  themes?: readonly UpdatedTheme[];
  versions?: readonly NewVersion[];
}

/** Each theme's first day, when every one of its entries records the day it was added; otherwise unknown. */
function firstDays(entries: readonly UpdatedEntry[]): Map<string, string> {
  const days = new Map<string, string | null>();
  for (const { theme, added } of entries) {
    if (theme === undefined) continue;
    const day = days.get(theme);
    days.set(theme, added === undefined || day === null ? null : day === undefined || added < day ? added : day);
  }
  return new Map([...days].filter((pair): pair is [string, string] => pair[1] !== null));
}

export function updateItems(ui: Interface, { entries, themes = [], versions = [] }: Updates, limit = UPDATES_LIMIT): UpdateItem[] {
  const firstDay = firstDays(entries);
  const questions = new Map(themes.filter((t) => firstDay.has(t.id)).map((t) => [t.id, t]));
  const newOn = new Map([...questions.keys()].map((id) => [id, firstDay.get(id)!]));
  const items: UpdateItem[] = [];
  for (const entry of entries) {
    const question = entry.theme === undefined ? undefined : questions.get(entry.theme);
    // A new question comes before its first entries, in the questions' order.
    if (question) {
      questions.delete(question.id);
      items.push({
        kind: 'question',
        entry: question.question,
        title: question.question,
        link: question.link,
        date: newOn.get(question.id)!,
        description: question.summary,
        quoted: false,
      });
    }
    items.push(...entryItems(ui, entry, entry.theme === undefined ? undefined : newOn.get(entry.theme)));
  }
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

/** What happened to one entry: its latest state (new, revised) and each correction; `questionDay` is the day its theme is listed as a new question, if it is. */
function entryItems(ui: Interface, entry: UpdatedEntry, questionDay: string | undefined): UpdateItem[] {
  const kind: UpdateItem['kind'] = entry.added === undefined ? 'entry' : entry.added === entry.updated ? 'new' : 'revised';
  // A correction dates the entry too: that day is one event, the correction, not two rows; and an
  // entry that came with its question, unchanged since, is part of that one event.
  const told = entry.corrections.some((c) => c.date === entry.updated) || (kind === 'new' && entry.added === questionDay);
  return [
    ...(told
      ? []
      : [
          {
            kind,
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
  ];
}
