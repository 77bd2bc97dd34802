/**
 * The derived files no seed section claims any more: an entry whose section
 * left its seed, and the source and entries of a seed that was removed (an
 * article retired). Derive removes what nobody edited; an edited file is
 * kept, with what to do about it, and a retired source stays while any
 * remaining entry cites it, so nothing an editor wrote loses its evidence.
 */
import type { Existing } from '../existing/existing-files.ts';
import { sourceOf } from './identity.ts';

export interface Leftovers {
  /** Paths relative to `content/`. */
  removed: string[];
  orphans: { file: string; detail: string }[];
}

interface Seeds {
  /** Slugs of the seeds in `seeds/`. */
  live: ReadonlySet<string>;
  renamed: ReadonlyMap<string, string>;
  force: boolean;
}

const seedFile = (slug: string): string => `seeds/${slug}.txt`;
const entries = (n: number): string => (n === 1 ? '1 entry still cites' : `${n} entries still cite`);

export function leftovers(files: ReadonlyMap<string, Existing>, claimed: ReadonlySet<string>, { live, renamed, force }: Seeds): Leftovers {
  const removed: string[] = [];
  const orphans: Leftovers['orphans'] = [];
  const citing = new Map<string, number>();
  for (const [path, existing] of files) {
    if (!path.startsWith('entries/')) continue;
    const source = sourceOf(existing, renamed);
    if (!claimed.has(path) && existing.record && source !== undefined) {
      if (existing.unedited || force) {
        removed.push(path);
        continue;
      }
      orphans.push({
        file: `content/${path}`,
        detail: live.has(source)
          ? `edited by hand, and its section is no longer in ${seedFile(source)}: it stays, citing the paragraphs it names`
          : `edited by hand, and ${seedFile(source)} is gone: point "source:" and "paragraphs:" at another article and confirm it, or restore the seed`,
      });
    }
    if (source !== undefined && !live.has(source)) citing.set(source, (citing.get(source) ?? 0) + 1);
  }
  for (const [path, existing] of files) {
    if (!path.startsWith('sources/') || claimed.has(path) || !existing.record) continue;
    const slug = path.replace(/^sources\/|\.yaml$/g, '');
    const cited = citing.get(slug) ?? 0;
    if (cited === 0 && (existing.unedited || force)) removed.push(path);
    else
      orphans.push({
        file: `content/${path}`,
        detail:
          cited > 0
            ? `${seedFile(slug)} is gone, but ${entries(cited)} it: point them at another article, or restore the seed`
            : `edited by hand, and ${seedFile(slug)} is gone`,
      });
  }
  return { removed, orphans };
}
