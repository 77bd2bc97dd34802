/**
 * The sections derive placed by a narrow margin (the runner-up theme scored
 * close to the winner), for the report: an editor may want to map them.
 * Sections the seed's metadata mapped are the editor's choice already.
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
