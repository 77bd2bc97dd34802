/**
 * A newer version of an article (a seed that names the source it replaces,
 * or a new seed with a live source's `url`) takes over that source's
 * entries: they are found, re-pointed and derived as a renamed seed's are
 * (renames.ts), so each section keeps one entry, its file, its order and
 * its editors' words, and a cited paragraph that changed goes stale as
 * usual. Unlike a rename, the old source stays, retired
 * (`retired: { date, replacedBy }`), for what still cites it and for
 * readers who followed a link to it. A seed whose source is retired, when
 * its file is still in `seeds/`, is not derived again.
 */
import type { Seed } from '../../article/seeds.ts';
import type { SourceInput } from '../../model/schema.ts';
import type { Existing } from '../existing/existing-files.ts';
import type { StoryDecision } from '../themes/decide-stories.ts';
import type { Planned } from './outcome.ts';
import type { Rename } from './renames.ts';

/** The sources a seed of this pass replaces for the first time, by slug, as renames its entries follow. */
export function findVersions(
  seeds: readonly Seed[],
  stories: ReadonlyMap<string, StoryDecision>,
  files: ReadonlyMap<string, Existing>,
): Map<string, Rename> {
  const versions = new Map<string, Rename>();
  for (const seed of seeds) {
    const from = stories.get(seed.slug)?.replaces;
    const fromFile = `sources/${from}.yaml`;
    const old = files.get(fromFile);
    if (from === undefined || !old?.data || old.data['retired'] !== undefined) continue;
    versions.set(from, { from, fromFile, seed });
  }
  return versions;
}

/**
 * The source file of a retired article, as it stays: its text as it was, with `retired` (today's
 * date and the newer version, the first time). Undefined for a file derive did not write.
 */
export function retiredSource(
  slug: string,
  existing: Existing | undefined,
  replacedBy: string | undefined,
  today: string,
): Planned | undefined {
  if (!existing?.data || !existing.record) return undefined;
  const { derived, ...data } = existing.data;
  const retired = data['retired'] ?? { date: today, ...(replacedBy !== undefined && { replacedBy }) };
  return {
    file: {
      path: `sources/${slug}.yaml`,
      data: { ...(data as Omit<SourceInput, 'derived'>), retired } as Omit<SourceInput, 'derived'>,
      body: '',
    },
    seedFile: existing.record.from,
    seedHash: existing.record.seed,
    ...(data['retired'] === undefined && { retiring: replacedBy ?? '' }),
  };
}
