/**
 * Fewer, better drafts: the key terms and timeline items an article could
 * give, ranked, of which derive proposes as many as an editor can review:
 * about 8 per 1,000 words of the article, and never fewer than 6, so a
 * short page keeps its few key terms and dates. One ranking for both kinds,
 * by what an editor gets from a draft: first the acronyms the article
 * defines (the definition is a quotation ready to confirm), most used
 * first; then its dated statements, a day before a month before a year,
 * then in article order; last the acronyms it uses without defining them
 * (one it spells out somewhere before one it never does), which leave the
 * definition to the editor. Each candidate carries its reason and rank,
 * which the draft records (`why:`) and `derive --explain` prints with the
 * ones held back; `derive --all-drafts` proposes every one. Pure, and the
 * same for a seed every time it is asked, so a partial pass and a full one
 * agree.
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

/** How many drafts to propose: as many as fit in the room (the default), or `all` of them. */
export interface DraftsOptions {
  all?: boolean;
}

const memos = { room: new WeakMap<Seed, SeedDrafts>(), all: new WeakMap<Seed, SeedDrafts>() };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function seedDrafts(seed: Seed, { all = false }: DraftsOptions = {}): SeedDrafts {
  const memo = all ? memos.all : memos.room;
  const known = memo.get(seed);
  if (known) return known;
  const paragraphs = seed.article.sections.flatMap((s) => s.paragraphs);
  const text = [...seed.article.sections.map((s) => s.heading ?? ''), ...paragraphs.map((p) => p.body)].join('\n');
  const words = text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const room = Math.max(FEWEST_DRAFTS, Math.round((DRAFTS_PER_THOUSAND_WORDS * words) / 1000));
  const uses = (acronym: string) =>
    text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;

  const { defined, undefined: used } = findAcronyms(paragraphs.map((p) => ({ id: p.id, text: p.body })));
  const byUse = <T extends { uses: number }>(a: T, b: T) => b.uses - a.uses;
  const definedTerms = defined
    .map((d) => ({ acronym: d.acronym, defined: d, uses: uses(d.acronym), reason: `defined in ${d.paragraph}` }))
    .sort(byUse);
  const undefinedTerms = used
    .map((u) => ({
      acronym: u.acronym,
      used: u,
      uses: uses(u.acronym),
      reason: u.spelledOut ? `spelled out in ${u.spelledOut.paragraph} but never defined` : `used from ${u.paragraph} but never defined`,
    }))
    .sort((a, b) => Number(b.used.spelledOut !== undefined) - Number(a.used.spelledOut !== undefined) || byUse(a, b));
  const precision = (date: string) => date.split('-').length;
  const dates = paragraphs
    .flatMap((p) => findDates(p.body).map((d) => ({ ...d, paragraph: { id: p.id, hash: p.hash } })))
    .map((d, position) => ({ ...d, position }))
    .sort((a, b) => precision(b.date) - precision(a.date) || a.position - b.position);

  const total = defined.length + dates.length + used.length;
  const rank = (i: number) => `draft ${i + 1} of ${total} in ${seed.file}`;
  const kept = (i: number) => all || i < room;
  const result: SeedDrafts = {
    words,
    room,
    terms: [...definedTerms, ...undefinedTerms].map(({ reason, uses: n, ...t }, k) => {
      const i = k < definedTerms.length ? k : k + dates.length;
      return { ...t, kept: kept(i), why: `${reason}, used ${plural(n, 'time')}; ${rank(i)}` };
    }),
    dates: dates.map((d, k) => {
      const i = definedTerms.length + k;
      return {
        ...d,
        kept: kept(i),
        why: `a date to the ${['year', 'month', 'day'][precision(d.date) - 1]} in ${d.paragraph.id}; ${rank(i)}`,
      };
    }),
  };
  memo.set(seed, result);
  return result;
}
