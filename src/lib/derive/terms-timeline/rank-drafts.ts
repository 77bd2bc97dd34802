/**
 * Fewer, better drafts: the key terms and timeline items an article could
 * give, ranked, of which derive proposes as many as an editor can review:
 * about 8 per 1,000 words of the article, and never fewer than 6, so a
 * short page keeps its few key terms and dates. The room is shared
 * between key terms and dated statements in proportion to how many of each
 * the article has. Key terms rank by what an editor gets with them (an
 * acronym the article defines, whose definition is a quotation ready to
 * confirm, before one it only spells out elsewhere, before one it never
 * defines), then by how often the article uses them; dated statements by
 * how precise their date is (a day, a month, a year), then in article
 * order. Each candidate carries its reason, which the draft records
 * (`why:`) and `derive --explain` prints with the ones held back. Pure, and
 * the same for a seed every time it is asked, so a partial pass and a full
 * one agree.
 */
import type { Seed } from '../../article/seeds.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';
import { findAcronyms, type DefinedAcronym, type UndefinedAcronym } from './find-acronyms.ts';
import { findDates } from './find-dates.ts';

export const DRAFTS_PER_THOUSAND_WORDS = 8;
const FEWEST_DRAFTS = 6;

export type TermCandidate = ({ defined: DefinedAcronym } | { used: UndefinedAcronym }) & Ranked & { acronym: string };

export interface DateCandidate extends Ranked {
  date: string;
  sentence: string;
  paragraph: { id: string; hash: string };
  /** Its place among the dated statements in article order. */
  position: number;
}

interface Ranked {
  /** Why it was proposed, and how it ranked among the article's candidates of its kind. */
  why: string;
  /** Within the room for drafts: proposed. Otherwise held back, listed by `derive --explain` only. */
  kept: boolean;
}

export interface SeedDrafts {
  words: number;
  room: number;
  terms: TermCandidate[];
  dates: DateCandidate[];
}

const memo = new WeakMap<Seed, SeedDrafts>();

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function seedDrafts(seed: Seed): SeedDrafts {
  const known = memo.get(seed);
  if (known) return known;
  const paragraphs = seed.article.sections.flatMap((s) => s.paragraphs);
  const text = [...seed.article.sections.map((s) => s.heading ?? ''), ...paragraphs.map((p) => p.body)].join('\n');
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const room = Math.max(FEWEST_DRAFTS, Math.round((DRAFTS_PER_THOUSAND_WORDS * words) / 1000));
  const uses = (acronym: string) =>
    text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;

  const { defined, undefined: used } = findAcronyms(paragraphs.map((p) => ({ id: p.id, text: p.body })));
  const terms = [
    ...defined.map((d) => ({ acronym: d.acronym, defined: d, weight: 2, reason: `defined in ${d.paragraph}` })),
    ...used.map((u) => ({
      acronym: u.acronym,
      used: u,
      weight: u.spelledOut ? 1 : 0,
      reason: u.spelledOut ? `spelled out in ${u.spelledOut.paragraph} but never defined` : `used from ${u.paragraph} but never defined`,
    })),
  ]
    .map((t) => ({ ...t, uses: uses(t.acronym) }))
    .sort((a, b) => b.weight - a.weight || b.uses - a.uses);

  const precision = (date: string) => date.split('-').length;
  const dates = paragraphs
    .flatMap((p) => findDates(p.body).map((d) => ({ ...d, paragraph: { id: p.id, hash: p.hash } })))
    .map((d, position) => ({ ...d, position }))
    .sort((a, b) => precision(b.date) - precision(a.date) || a.position - b.position);

  const [termRoom, dateRoom] = share(room, terms.length, dates.length);
  const result: SeedDrafts = {
    words,
    room,
    terms: terms.map(({ weight, reason, uses: n, ...t }, i) => ({
      ...t,
      kept: i < termRoom,
      why: `${reason}, used ${plural(n, 'time')}; key term ${i + 1} of ${terms.length} in ${seed.file}`,
    })),
    dates: dates.map((d, i) => ({
      ...d,
      kept: i < dateRoom,
      why: `a date to the ${['year', 'month', 'day'][precision(d.date) - 1]} in ${d.paragraph.id}; dated statement ${i + 1} of ${dates.length} in ${seed.file}`,
    })),
  };
  memo.set(seed, result);
  return result;
}

/** The room split in proportion to the two counts, neither share more than its count, nothing left unused that either could take. */
function share(room: number, a: number, b: number): [number, number] {
  if (a + b <= room) return [a, b];
  const first = Math.min(a, Math.max(room - b, Math.round((room * a) / (a + b))));
  return [first, Math.min(b, room - first)];
}
