/**
 * Places each section of an article in the theme that scores best for it
 * (src/lib/derive/score.ts), and says how sure that is: the runner-up, and
 * whether it came close. Deterministic: equal scores go to the theme that
 * comes first in the site's order, then by slug.
 */
import { scoreArticle, type Contribution, type ScoredSection, type ThemeScore, type ThemeTerms } from '../../text/score.ts';
import { englishWords, type Words } from '../../text/words.ts';

export type { ThemeTerms } from '../../text/score.ts';

/** A runner-up at this share of the winner's score or more makes the placement narrow. */
export const NARROW_SHARE = 0.8;

export interface Placement {
  /** The best theme, or undefined when no theme's term occurs in the section. */
  theme: string | undefined;
  score: number;
  runnerUp?: ThemeScore;
  /** The runner-up scored at least NARROW_SHARE of the winner. */
  narrow: boolean;
  /** For a follow-up's section, placed by likeness (story-fit.ts): it fits its question only weakly. */
  weak?: boolean;
  /** Every theme, best first, with the terms that scored; only when explaining. */
  ranked?: (ThemeScore & { terms: Contribution[] })[];
}

/** Where each section goes; the scores are over all `sections` (pass the lead too and ignore its placement). */
export function placeSections(
  sections: readonly ScoredSection[],
  themes: readonly ThemeTerms[],
  { words = englishWords(), explain = false }: { words?: Words; explain?: boolean } = {},
): Placement[] {
  const scored = scoreArticle(sections, themes, words, { explain });
  return scored.scores.map((row, s) => {
    // Themes are in the site's order, so the first of equal scores wins and ties stay deterministic.
    let best = -1;
    let second = -1;
    row.forEach((score, t) => {
      if (best < 0 || score > row[best]!) {
        second = best;
        best = t;
      } else if (second < 0 || score > row[second]!) second = t;
    });
    const ranked = explain
      ? scored.themes
          .map((theme, t) => ({ theme: theme.slug, score: row[t]!, terms: scored.contributions![s]![t]! }))
          .sort((a, b) => b.score - a.score)
      : undefined;
    const top = best >= 0 ? row[best]! : 0;
    if (top <= 0) return { theme: undefined, score: 0, narrow: false, ...(ranked ? { ranked } : {}) };
    const runnerUp = second >= 0 && row[second]! > 0 ? { theme: scored.themes[second]!.slug, score: row[second]! } : undefined;
    return {
      theme: scored.themes[best]!.slug,
      score: top,
      ...(runnerUp ? { runnerUp } : {}),
      narrow: runnerUp !== undefined && runnerUp.score >= NARROW_SHARE * top,
      ...(ranked ? { ranked } : {}),
    };
  });
}
