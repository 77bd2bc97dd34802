/**
 * Derive's manifest, `content/.derive-manifest.json`: what the last derive
 * read and wrote, so the next one can tell what changed without parsing
 * anything (src/lib/derive/changes.ts). It is a cache and nothing more:
 * deleting it costs one full pass; a missing, unreadable or malformed file,
 * or one written by another format or another version of the tool, is
 * ignored and the pass is full. It is written after a derive has written
 * everything, and never by `--check`.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../content-files/atomic-write.ts';
import { hashBytes } from '../existing/file-signature.ts';
import { decode, encode, type Content, type Stored } from './manifest-format.ts';

export const MANIFEST_FILE = '.derive-manifest.json';
const FORMAT = 1;

export interface Manifest extends Content {
  format: typeof FORMAT;
  /** The version of the tool (src/lib/derive/tool-version.ts): another version may derive other files. */
  tool: string;
}

export const manifestPath = (contentDir: string): string => join(contentDir, MANIFEST_FILE);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The file is a header line (format, tool version and a hash of the rest) and the manifest's
 * content as JSON. Checking the hash is cheaper than checking the shape of a few thousand
 * records, and catches a file cut short or changed by anything but derive.
 */
interface Header {
  format: typeof FORMAT;
  tool: string;
  hash: string;
}

/** The manifest of the last derive, or undefined when there is none this version of the tool can trust. */
export function readManifest(contentDir: string, tool: string): Manifest | undefined {
  const path = manifestPath(contentDir);
  if (!existsSync(path)) return undefined;
  try {
    const text = readFileSync(path, 'utf8');
    const newline = text.indexOf('\n');
    const header: unknown = JSON.parse(text.slice(0, newline));
    const body = text.slice(newline + 1);
    if (!isObject(header) || header['format'] !== FORMAT || header['tool'] !== tool || header['hash'] !== hashBytes(body)) return undefined;
    return { format: FORMAT, tool, ...decode(JSON.parse(body) as Stored) };
  } catch {
    return undefined;
  }
}

export function writeManifest(contentDir: string, { tool, ...content }: Omit<Manifest, 'format'>): void {
  const body = JSON.stringify(encode(content));
  const header: Header = { format: FORMAT, tool, hash: hashBytes(body) };
  writeFileAtomic(manifestPath(contentDir), `${JSON.stringify(header)}\n${body}`);
}

/** After a derive whose files cannot all be told apart by group (a file whose frontmatter does not parse): the next pass is full. */
export function removeManifest(contentDir: string): void {
  rmSync(manifestPath(contentDir), { force: true });
}
