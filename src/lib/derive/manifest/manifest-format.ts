/**
 * The manifest's content as it is stored: compact, since every derive reads
 * it and most write it, and a site of 5,000 entries has 5,600 records. A
 * signature is one string (the hash, then size, modification time, change
 * time and inode when there is a stat); a file is one array; the lists of
 * each seed's report name files by their place in the file list.
 */
import type { FileSignature } from '../existing/file-signature.ts';
import type { NarrowPlacement, WeakPlacement } from '../plan/narrow-placements.ts';

/** A derived file (source, entry, key term or timeline item), by path relative to `content/`. */
export interface ManifestFile {
  signature: FileSignature;
  /** Its group (groups.ts): a source's slug, the `source` an entry names, a timeline item's folder, or `term:` and the term's slug. */
  group: string;
  /** An entry's order, for placing new entries after it without reading it. */
  order?: number;
  /** Why a file no seed section claims was kept (derive lists it every run). */
  orphan?: string;
  /** For a key term: the source it cites. Its group is the term, so a retired source's derive finds the terms citing it by this. */
  cites?: string;
}

/** What a derive that changes nothing reports for one seed, in the order it reports it. */
export interface SeedReport {
  unchanged: string[];
  kept: string[];
  narrow: NarrowPlacement[];
  weak: WeakPlacement[];
  /** The groups of the key terms the seed proposes, whether or not another seed supplies them (terms are one file across seeds). */
  terms: string[];
}

/** What the manifest remembers (manifest.ts). */
export interface Content {
  /** Theme files, by path relative to `content/themes/`. */
  themes: Record<string, FileSignature>;
  /** Seeds and their metadata files, by path relative to `seeds/`. */
  seeds: Record<string, FileSignature>;
  files: Record<string, ManifestFile>;
  /** By seed slug. */
  reports: Record<string, SeedReport>;
}

type StoredFile = [path: string, signature: string, group: string, order: number | null, orphan?: string | null, cites?: string];
type StoredReport = [unchanged: number[], kept: number[], narrow: SeedReport['narrow'], terms: string[], weak: SeedReport['weak']];

export interface Stored {
  themes: Record<string, string>;
  seeds: Record<string, string>;
  files: StoredFile[];
  reports: Record<string, StoredReport>;
}

const signatureText = ({ hash, size, mtimeMs, ctimeMs, ino }: FileSignature): string =>
  size === undefined ? hash : `${hash} ${size} ${mtimeMs} ${ctimeMs} ${ino}`;

function signatureOf(text: string): FileSignature {
  const [hash, size, mtimeMs, ctimeMs, ino] = text.split(' ');
  if (!hash) throw new Error('empty signature');
  return size === undefined ? { hash } : { hash, size: Number(size), mtimeMs: Number(mtimeMs), ctimeMs: Number(ctimeMs), ino: Number(ino) };
}

const mapValues = <A, B>(record: Record<string, A>, change: (value: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, change(value)]));

export function encode(content: Content): Stored {
  const paths = Object.keys(content.files);
  const place = new Map(paths.map((path, i) => [`content/${path}`, i]));
  const places = (labels: string[]) =>
    labels.map((label) => {
      const i = place.get(label);
      if (i === undefined) throw new Error(`the manifest has no record of ${label}`);
      return i;
    });
  return {
    themes: mapValues(content.themes, signatureText),
    seeds: mapValues(content.seeds, signatureText),
    files: paths.map((path) => {
      const { signature, group, order, orphan, cites } = content.files[path]!;
      const stored: StoredFile = [path, signatureText(signature), group, order ?? null];
      if (orphan !== undefined || cites !== undefined) stored.push(orphan ?? null);
      if (cites !== undefined) stored.push(cites);
      return stored;
    }),
    reports: mapValues(content.reports, ({ unchanged, kept, narrow, terms, weak }): StoredReport => [
      places(unchanged),
      places(kept),
      narrow,
      terms,
      weak,
    ]),
  };
}

/** Throws on anything that is not what `encode` wrote. */
export function decode(stored: Stored): Content {
  const files: Record<string, ManifestFile> = {};
  for (const [path, signature, group, order, orphan, cites] of stored.files) {
    if (typeof path !== 'string' || typeof group !== 'string') throw new Error('malformed file record');
    files[path] = {
      signature: signatureOf(signature),
      group,
      ...(order !== null && { order }),
      ...(typeof orphan === 'string' && { orphan }),
      ...(cites !== undefined && { cites }),
    };
  }
  const labels = stored.files.map(([path]) => `content/${path}`);
  const named = (places: number[]) =>
    places.map((i) => {
      const label = labels[i];
      if (label === undefined) throw new Error('malformed report');
      return label;
    });
  return {
    themes: mapValues(stored.themes, signatureOf),
    seeds: mapValues(stored.seeds, signatureOf),
    files,
    reports: mapValues(stored.reports, ([unchanged, kept, narrow, terms, weak]) => {
      if (!Array.isArray(terms) || !Array.isArray(weak)) throw new Error('malformed report');
      return { unchanged: named(unchanged), kept: named(kept), narrow, terms, weak };
    }),
  };
}
