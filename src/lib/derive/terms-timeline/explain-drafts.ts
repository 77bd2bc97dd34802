/**
 * `derive --explain`, for key terms and timeline items: for every seed, the
 * candidates the article gives, ranked, each with why it was proposed, and
 * which of them fit in the room for drafts (about 8 per 1,000 words) and
 * which are held back. An editor who wants one held back writes it by hand
 * from what is shown here, or has derive write them all (`--all-drafts`).
 */
import type { Seed } from '../../article/seeds.ts';
import { DRAFTS_PER_THOUSAND_WORDS, seedDrafts } from './rank-drafts.ts';

export function explainDrafts(seeds: readonly Seed[]): string[] {
  return seeds.flatMap((seed) => {
    const { words, room, terms, dates } = seedDrafts(seed);
    if (terms.length + dates.length === 0) return [];
    const mark = (kept: boolean) => (kept ? 'proposed  ' : 'held back ');
    return [
      `${seed.file}: ${words} words, room for ${room} key-term and timeline drafts (${DRAFTS_PER_THOUSAND_WORDS} per 1,000 words; --all-drafts proposes every one)`,
      ...terms.map((t) => `  ${mark(t.kept)}key term ${t.acronym}: ${t.why}`),
      ...dates.map((d) => `  ${mark(d.kept)}${d.date}: "${d.sentence}" (${d.why})`),
      '',
    ];
  });
}
