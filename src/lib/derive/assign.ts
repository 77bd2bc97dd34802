/**
 * Places each section of an article in the theme that scores best for it
 * (src/lib/derive/score.ts), and says how sure that is: the runner-up, and
 * whether it came close. Deterministic: equal scores go to the theme that
 * comes first in the site's order, then by slug.
 */
import { scoreArticle, type Contribution, type ScoredSection, type ThemeScore, type ThemeTerms } from '../text/score.ts';
import { englishWords, type Words } from '../text/words.ts';

export type { ThemeTerms } from '../text/score.ts';

/** A runner-up at this share of the winner's score or more makes the placement narrow. */
export const NARROW_SHARE = 0.8;

export interface Placement {
  /** The best theme, or undefined when no theme's term occurs in the section. */
  theme: string | undefined;
  score: number;
  runnerUp?: ThemeScore;
  /** The runner-up scored at least NARROW_SHARE of the winner. */
  narrow: boolean;
  /** Every theme, best first. */
  ranked: (ThemeScore & { terms?: Contribution[] })[];
}

/** Where each section goes; the scores are over all `sections` (pass the lead too and ignore its placement). */
export function placeSections(
  sections: readonly ScoredSection[],
  themes: readonly ThemeTerms[],
  { words = englishWords(), explain = false }: { words?: Words; explain?: boolean } = {},
): Placement[] {
  const scored = scoreArticle(sections, themes, words, { explain });
  return scored.scores.map((row, s) => {
    // Array#sort is stable, so ties keep the site's theme order.
    const ranked = scored.themes
      .map((theme, t) => ({
        theme: theme.slug,
        score: row[t]!,
        ...(explain ? { terms: scored.contributions![s]![t]! } : {}),
      }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = ranked;
    if (!best || best.score <= 0) return { theme: undefined, score: 0, narrow: false, ranked };
    const runnerUp = second && second.score > 0 ? { theme: second.theme, score: second.score } : undefined;
    return {
      theme: best.theme,
      score: best.score,
      ...(runnerUp ? { runnerUp } : {}),
      narrow: runnerUp !== undefined && runnerUp.score >= NARROW_SHARE * best.score,
      ranked,
    };
  });
}
