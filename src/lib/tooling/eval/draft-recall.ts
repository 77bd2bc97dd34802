/**
 * How many of the key terms and dated statements an editor listed by hand
 * for the key terms and dates evaluation article
 * (tests/fixtures/terms-dates/) derive writes as drafts, per kind: the
 * acronyms the article defines, its dated statements, the acronyms it uses
 * without defining them; within the room for drafts, and with
 * `--all-drafts`. The article is a collage of eleven reports, far denser in
 * both than an ordinary article, so the room holds a small share of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../article/article.ts';
import type { Seed } from '../../article/seeds.ts';
import { seedDrafts } from '../../derive/terms-timeline/rank-drafts.ts';
import { normaliseForQuote } from '../../text/normalise-quote.ts';

const ARTICLE = join(import.meta.dirname, '../../../../tests/fixtures/terms-dates/gao-disaster-recovery');

export interface KindRecall {
  kind: 'defined acronyms' | 'dated statements' | 'undefined acronyms';
  listed: number;
  /** Listed items written as drafts within the room, and with --all-drafts. */
  written: number;
  all: number;
}

export interface DraftRecall {
  words: number;
  room: number;
  kinds: KindRecall[];
}

interface Listed {
  defined: { acronym: string; expansion: string; paragraph: string }[];
  undefined: { acronym: string }[];
}

export function draftRecall(): DraftRecall {
  const read = (name: string) => JSON.parse(readFileSync(join(ARTICLE, name), 'utf8')) as unknown;
  const article = parseArticle('seed.txt', readFileSync(join(ARTICLE, 'seed.txt'), 'utf8'));
  const seed = { slug: 'gao-disaster-recovery', file: 'seeds/gao-disaster-recovery.txt', article, meta: { themes: {} } } as unknown as Seed;
  const acronyms = read('expected-acronyms.json') as Listed;
  const dates = read('expected-dates.json') as { paragraph: string; date: string; sentence: string }[];
  const definedKey = (d: { acronym: string; expansion: string; paragraph: string }) =>
    `${d.acronym} = ${d.expansion.toLowerCase()} @ ${d.paragraph}`;
  const dateKey = (paragraph: string, date: string, sentence: string) => `${paragraph} ${date} ${normaliseForQuote(sentence)}`;
  const listed = {
    defined: new Set(acronyms.defined.map(definedKey)),
    dates: new Set(dates.map((d) => dateKey(d.paragraph, d.date, d.sentence))),
    undefined: new Set(acronyms.undefined.map((u) => u.acronym)),
  };
  const written = (all: boolean) => {
    const { terms, dates: found } = seedDrafts(seed, { all });
    const kept = terms.filter((t) => t.kept);
    return {
      defined: kept.filter((t) => 'defined' in t && listed.defined.has(definedKey(t.defined))).length,
      dates: found.filter((d) => d.kept && listed.dates.has(dateKey(d.paragraph.id, d.date, d.sentence))).length,
      undefined: kept.filter((t) => 'used' in t && listed.undefined.has(t.acronym)).length,
    };
  };
  const [room, all] = [written(false), written(true)];
  const { words, room: size } = seedDrafts(seed);
  return {
    words,
    room: size,
    kinds: [
      { kind: 'defined acronyms', listed: listed.defined.size, written: room.defined, all: all.defined },
      { kind: 'dated statements', listed: listed.dates.size, written: room.dates, all: all.dates },
      { kind: 'undefined acronyms', listed: listed.undefined.size, written: room.undefined, all: all.undefined },
    ],
  };
}
