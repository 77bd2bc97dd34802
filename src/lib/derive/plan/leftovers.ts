/**
 * The derived files no seed section claims any more: an entry whose section
 * left its seed, and the source and entries of a seed that was removed (an
 * article retired). Derive removes what nobody edited; an edited file is
 * kept, with what to do about it. The source of a removed seed stays while
 * anything an editor or translator wrote cites it (dependents.ts), marked `retired` so the
 * site no longer shows it as a story, and goes once nothing does; so nothing
 * an editor wrote loses its evidence.
 */
import { derivedFileText } from '../../content-files/derived-file.ts';
import { contentDigest } from '../../model/derived-record.ts';
import type { Existing } from '../existing/existing-files.ts';
import { citers, dependents, derivesOwn, seedFile, type Dependent } from './dependents.ts';
import { sourceOf } from './identity.ts';
import { isRejected } from './outcome.ts';

export interface Leftovers {
  /** Paths relative to `content/`. */
  removed: string[];
  /** Kept files, with why and what to do. */
  orphans: Dependent[];
  /** Sources of removed seeds that something still cites, written with their `retired` mark: why, and what later runs say of them. */
  retired: { path: string; text: string; detail: string; kept: string }[];
}

interface Context {
  /** Slugs of the seeds in `seeds/`. */
  live: ReadonlySet<string>;
  renamed: ReadonlyMap<string, string>;
  force: boolean;
  /** The day a source retired now is retired on. */
  today: string;
  /** The key term and timeline files the pass read: a kept one citing a removed seed's source keeps it. */
  proposals: ReadonlyMap<string, Existing>;
  themes: readonly { slug: string; cites?: readonly { source: string }[] }[];
  /** Entries with a translation (translated-entries.ts): one of a removed seed stays with it. */
  translated: ReadonlyMap<string, readonly string[]>;
}

export function leftovers(files: ReadonlyMap<string, Existing>, claimed: ReadonlySet<string>, context: Context): Leftovers {
  const { live, renamed, force } = context;
  const left: Leftovers = { removed: [], orphans: [], retired: [] };
  const gone = new Set([...files.keys()].filter((path) => path.startsWith('sources/') && !claimed.has(path)).map((path) => slugOf(path)));
  const { translated } = context;
  const held = dependents({ files: [...files, ...context.proposals], themes: context.themes, gone, renamed, force, translated });
  for (const [path, existing] of files) {
    const source = sourceOf(existing, renamed);
    // An entry written by hand claims no section; citing a removed seed's source, it is one of its dependents.
    if (!path.startsWith('entries/') || claimed.has(path) || source === undefined || (!existing.record && live.has(source))) continue;
    if (isRejected(existing)) left.orphans.push(rejected(path, source, live));
    else if (!existing.record || (translated.has(path) && !live.has(source))) continue;
    else if (existing.unedited || force) left.removed.push(path);
    else if (live.has(source))
      left.orphans.push({
        file: `content/${path}`,
        detail: `edited by hand, and its section is no longer in ${seedFile(source)}: it stays, citing the paragraphs it names`,
      });
  }
  for (const list of held.files.values()) left.orphans.push(...list);
  for (const [path, existing] of files) {
    if (!path.startsWith('sources/') || claimed.has(path) || !existing.record) continue;
    const slug = slugOf(path);
    const cited = citers(slug, held);
    if (cited === undefined && derivesOwn(existing, force)) left.removed.push(path);
    else if (cited === undefined) left.orphans.push({ file: `content/${path}`, detail: `edited by hand, and ${seedFile(slug)} is gone` });
    else retire(path, existing, cited, context, left);
  }
  return left;
}

const slugOf = (path: string): string => path.replace(/^sources\/|\.yaml$/g, '');

function rejected(path: string, source: string, live: ReadonlySet<string>): Dependent {
  const why = live.has(source) ? `its section is no longer in ${seedFile(source)}` : `${seedFile(source)} is gone`;
  return { file: `content/${path}`, detail: `status: rejected, and ${why}: no page shows it; delete it when you like` };
}

/** Marks the source retired (once: the date stays the day it was retired), or keeps it as it is. */
function retire(path: string, existing: Existing, cited: string, { today, force }: Context, left: Leftovers): void {
  const file = `content/${path}`;
  const seed = seedFile(slugOf(path));
  const kept = `retired: ${seed} is gone, but ${cited}; it goes once nothing does`;
  const { derived, ...data } = existing.data!;
  if (data['retired'] !== undefined || !(existing.unedited || force)) return void left.orphans.push({ file, detail: kept });
  const marked = { ...data, retired: { date: today } };
  const record = { ...existing.record!, digest: contentDigest(marked, '') };
  left.retired.push({
    path,
    text: derivedFileText(path, marked, '', record),
    detail: `${seed} is gone, but ${cited}: it stays, marked retired, so no page shows it as a story, until nothing does`,
    kept,
  });
}
