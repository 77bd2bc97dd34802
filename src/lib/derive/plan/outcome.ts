/**
 * What becomes of one file derive plans, given the file on disk it is derived
 * into: unchanged, kept (a person edited it), rejected (an editor left it off
 * the site), or written as created, updated, replaced (forced), moved or
 * re-pointed at a renamed source.
 */
import { derivedFileText } from '../../content-files/derived-file.ts';
import { contentDigest } from '../../model/derived-record.ts';
import type { Existing } from '../existing/existing-files.ts';
import type { PlannedFile } from './plan.ts';
import { withDates } from './substance.ts';

export interface Planned {
  file: PlannedFile<object>;
  seedFile: string;
  seedHash: string;
  /** For a renamed seed's source and entries: the source slug they had. */
  renamedFrom?: string;
  /** For a source retired by this run: the newer version's slug. */
  retiring?: string;
}

export const slugOfSeed = (seedFile: string): string => seedFile.replace(/^seeds\/|\.txt$/g, '');

export type Outcome =
  | { kind: 'unchanged' }
  | { kind: 'kept' }
  | { kind: 'rejected' }
  | { kind: 'created' | 'updated' | 'replaced' | 'moved' | 'repointed'; text: string };

/** A file an editor rejected: for an entry, left off the site for good, and derive never writes it again, not even with `--force`. */
export const isRejected = (existing: Existing | undefined): boolean => existing?.data?.['status'] === 'rejected';

/** What becomes of one planned file, given the file it is derived into. */
export function deriveFile({ file, seedFile, seedHash, renamedFrom }: Planned, existing: Existing | undefined, force: boolean): Outcome {
  const data = file.path.startsWith('entries/') ? withDates(file.data as Record<string, unknown>, file.body, existing) : file.data;
  const digest = contentDigest(data, file.body);
  const record = {
    from: seedFile,
    seed: seedHash,
    digest,
    ...(file.section !== undefined && { section: file.section }),
    ...(file.assigned !== undefined && { assigned: file.assigned }),
  };
  if (file.path.startsWith('entries/') && isRejected(existing)) return { kind: 'rejected' };
  const same = existing?.record;
  // A record from before sections and assignments were recorded is still current: the file name
  // stands for the section, the theme written for the assignment.
  if (
    existing?.unedited &&
    !file.previous &&
    same?.digest === digest &&
    same.from === seedFile &&
    (same.section ?? file.section) === file.section &&
    (same.assigned ?? (file.data as { theme?: unknown }).theme) === file.assigned
  )
    return { kind: 'unchanged' };
  if (existing && !existing.unedited && !force) return { kind: 'kept' };
  const text = derivedFileText(file.path, data, file.body, record);
  if (!existing) return { kind: 'created', text };
  if (!existing.unedited) return { kind: 'replaced', text };
  if (file.previous) return { kind: 'moved', text };
  if (renamedFrom !== undefined && existing.data?.['source'] === renamedFrom) return { kind: 'repointed', text };
  return { kind: 'updated', text };
}
