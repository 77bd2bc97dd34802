/**
 * Key terms and timeline items in a derive: what it proposes
 * (plan-terms.ts, plan-timeline.ts), against the files already in
 * `content/terms/` and `content/timelines/`. A file derive wrote and nobody
 * edited follows the seed (updated, or removed once nothing proposes it); a
 * file an editor touched, by confirming, rejecting or rewording it, is kept
 * as it is, like an edited entry. A term an editor already has under another
 * file name is not proposed again.
 */
import { join } from 'node:path';
import type { Seed } from '../article/seeds.ts';
import { listFiles } from '../content-files/content-tree.ts';
import { fileNameProblem } from '../content-files/file-names.ts';
import { readExisting, type Existing } from './existing-files.ts';
import type { Planned } from './outcome.ts';
import { planTerms } from './plan-terms.ts';
import { planTimeline } from './plan-timeline.ts';

export interface Proposals {
  planned: Planned[];
  /** The term and timeline files on disk, by path relative to `content/`. */
  existing: Map<string, Existing>;
  /** Files derive wrote, nobody edited, and nothing proposes any more (all of them with `force`). */
  leftover: string[];
  /** Acronyms proposed without a definition: `<term file>: <seed> <paragraph>`. */
  undefinedTerms: string[];
}

export function planProposals(seeds: readonly Seed[], contentDir: string, force: boolean): Proposals {
  const existing = readProposalFiles(contentDir);
  const named = new Map<string, string>();
  for (const [path, file] of existing) {
    const term = file.data?.['term'];
    if (path.startsWith('terms/') && typeof term === 'string') named.set(term.toLocaleLowerCase('en'), path);
  }
  const planned: Planned[] = [];
  const undefinedTerms: string[] = [];
  for (const { file, seed, undefinedIn } of planTerms(seeds)) {
    const elsewhere = named.get(String(file.data.term).toLocaleLowerCase('en'));
    if (elsewhere !== undefined && elsewhere !== file.path) continue;
    planned.push({ file, seedFile: seed.file, seedHash: seed.hash });
    if (undefinedIn && !existing.has(file.path)) undefinedTerms.push(`content/${file.path}: ${undefinedIn}`);
  }
  for (const seed of seeds) for (const file of planTimeline(seed)) planned.push({ file, seedFile: seed.file, seedHash: seed.hash });
  const claimed = new Set(planned.map((p) => p.file.path));
  const leftover = [...existing]
    .filter(([path, file]) => !claimed.has(path) && file.record && (file.unedited || force))
    .map(([path]) => path);
  return { planned, existing, leftover, undefinedTerms };
}

function readProposalFiles(contentDir: string): Map<string, Existing> {
  const paths = [
    ...listFiles(join(contentDir, 'terms'), ['.md'])
      .filter((p) => !fileNameProblem(p, p, 1))
      .map((p) => `terms/${p}`),
    ...listFiles(join(contentDir, 'timelines'), ['.md'])
      .filter((p) => !fileNameProblem(p, p, 2))
      .map((p) => `timelines/${p}`),
  ];
  return new Map(paths.map((path) => [path, readExisting(contentDir, path)!]));
}
