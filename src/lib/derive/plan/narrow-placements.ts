/**
 * The sections derive placed by a narrow margin (the runner-up theme scored
 * close to the winner), and a follow-up's sections that fit their question
 * only weakly (story-fit.ts), for the report: an editor may want to map
 * them, or give them a question of their own. Sections the seed's metadata
 * mapped are the editor's choice already.
 */
import type { SectionPlacement } from './plan.ts';

/** A section placed by a narrow margin: the runner-up scored close to the winner. */
export interface NarrowPlacement {
  seedFile: string;
  heading: string;
  theme: string;
  runnerUp: string;
  /** The runner-up's score as a share of the winner's. */
  share: number;
}

export function narrowPlacements(seeds: readonly { seedFile: string; placements: readonly SectionPlacement[] }[]): NarrowPlacement[] {
  return seeds.flatMap(({ seedFile, placements }) =>
    placements.flatMap(({ heading, placement, mapped }) =>
      !mapped && placement.narrow && placement.theme && placement.runnerUp
        ? [
            {
              seedFile,
              heading,
              theme: placement.theme,
              runnerUp: placement.runnerUp.theme,
              share: placement.runnerUp.score / placement.score,
            },
          ]
        : [],
    ),
  );
}

/** A follow-up's section that fits the question it went to only weakly: perhaps a new question. */
export interface WeakPlacement {
  seedFile: string;
  heading: string;
  theme: string;
  likeness: number;
  runnerUp?: { theme: string; likeness: number };
}

export function weakPlacements(seeds: readonly { seedFile: string; placements: readonly SectionPlacement[] }[]): WeakPlacement[] {
  return seeds.flatMap(({ seedFile, placements }) =>
    placements.flatMap(({ heading, placement, mapped }) =>
      !mapped && placement.weak && placement.theme
        ? [
            {
              seedFile,
              heading,
              theme: placement.theme,
              likeness: placement.score,
              ...(placement.runnerUp && { runnerUp: { theme: placement.runnerUp.theme, likeness: placement.runnerUp.score } }),
            },
          ]
        : [],
    ),
  );
}
