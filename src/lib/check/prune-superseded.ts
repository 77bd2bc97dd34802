/**
 * After `confirm`, the earlier text of a paragraph may be cited by no entry
 * any more; derive would then write the source without it. Doing the same
 * here, through the same rule (src/lib/model/superseded.ts) and the same
 * writer (src/lib/content-files/derived-file.ts), leaves the source exactly
 * as derive would have it. A source someone edited by hand is left alone:
 * `check` reports it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../content-files/atomic-write.ts';
import type { Loaded } from '../content-files/loaded.ts';
import { derivedFileText } from '../content-files/derived-file.ts';
import { parseYamlFile } from '../content-files/frontmatter.ts';
import { contentDigest, isUnedited } from '../model/derived-record.ts';
import type { DerivedRecord, Source } from '../model/schema.ts';
import { stillCited, type ParagraphText } from '../model/superseded.ts';

/** Returns true when the source file was rewritten. */
export function pruneSuperseded(root: string, source: Loaded<Source>, cited: ReadonlySet<string>): boolean {
  const raw = parseYamlFile(source.file, readFileSync(join(root, source.file), 'utf8')).data as Record<string, unknown>;
  if (!isUnedited(raw, '') || !Array.isArray(raw['superseded'])) return false;
  const current = new Map(source.data.paragraphs.map((p) => [p.id, p.hash]));
  const kept = stillCited(source.id, current, raw['superseded'] as ParagraphText[], cited);
  if (kept.length === raw['superseded'].length) return false;
  const { derived, superseded, ...rest } = raw;
  const data = kept.length > 0 ? { ...rest, superseded: kept } : rest;
  const record = { ...(derived as DerivedRecord), digest: contentDigest(data, '') };
  writeFileAtomic(join(root, source.file), derivedFileText(source.file, data, '', record));
  return true;
}
