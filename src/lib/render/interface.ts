/**
 * The words of the interface in one language, as the pages use them: a
 * catalogue of ICU messages (the English one built in, an edition's from its
 * `interface.yaml`) formatted for the language's locale, plus dates written
 * out for readers ("26 November 2026", "26 de noviembre de 2026"), so nobody
 * has to guess whether 05/12 means May or December. Dates come from Intl
 * with the UTC time zone, so they depend on the pinned Node's locale data
 * and not on the build machine's clock or settings.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { ENGLISH_CATALOGUE, type CatalogueKey } from '../content-files/interface-catalogue.ts';
import type { Language } from '../model/schema.ts';

export type Values = Record<string, string | number>;

/** A piece of a message: text, or where the caller puts an element of its own (a link, a `<time>`). */
export type Part = string | { slot: string };

export interface Interface {
  language: Language;
  /** The message for `key`, formatted. */
  t(key: CatalogueKey, values?: Values): string;
  /** The message cut where each of `slots` goes, for messages with a link or a `<time>` inside. */
  parts(key: CatalogueKey, values: Values, slots: readonly string[]): Part[];
  /** `2026-05-12` → "12 May 2026" in the language's locale. */
  date(iso: string): string;
  /** A date as precise as a timeline item gives it: "14 June 2019", "June 2019" or "2019". */
  partialDate(date: string): string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function createInterface(language: Language, messages: Readonly<Record<string, string>> = ENGLISH_CATALOGUE): Interface {
  const locale = language.locale ?? language.code;
  const formats = new Map<string, IntlMessageFormat>();
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const format = (key: CatalogueKey, values: Values): string => {
    let message = formats.get(key);
    if (!message) {
      const text = messages[key];
      if (text === undefined) throw new Error(`the ${language.code} interface has no "${key}"; run "npm run check"`);
      message = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true });
      formats.set(key, message);
    }
    return String(message.format(values));
  };
  return {
    language,
    t: (key, values = {}) => format(key, values),
    parts(key, values, slots) {
      const marked = Object.fromEntries(slots.map((slot) => [slot, `\u0000${slot}\u0000`]));
      return format(key, { ...values, ...marked })
        .split('\u0000')
        .map((piece, i) => (i % 2 === 1 ? { slot: piece } : piece))
        .filter((piece) => piece !== '');
    },
    date(iso) {
      const match = ISO_DATE.exec(iso);
      const day = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : undefined;
      if (!day || day.toISOString().slice(0, 10) !== iso) throw new Error(`expected a date as YYYY-MM-DD, found ${JSON.stringify(iso)}`);
      return dates.format(day);
    },
    partialDate(date) {
      const match = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/.exec(date);
      if (!match || (match[2] && (+match[2] < 1 || +match[2] > 12)))
        throw new Error(`expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found ${JSON.stringify(date)}`);
      if (date.length === 10) return this.date(date);
      return match[2] ? months.format(new Date(Date.UTC(+match[1]!, +match[2] - 1, 1))) : match[1]!;
    },
  };
}
