/**
 * `derive`: seeds → content, paying only for what changed. Its manifest
 * (manifest.ts) says what the last derive read and wrote; a stat of every
 * input tells what changed since (changes.ts). When nothing did, derive
 * reports from the manifest without parsing anything, or even loading a
 * parser; otherwise the pass (derive-pass.ts) reads and plans only the
 * articles a change can reach. A missing, unreadable or stale manifest, a
 * theme that changed, `--force`, `--propose` or `--all-drafts` make the pass full. A file
 * under `content/` that no tool reads stops it first (content-layout.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TEMP_FILE } from '../content-files/atomic-write.ts';
import { strayFiles } from '../content-files/content-layout.ts';
import { walkFiles } from '../content-files/list-files.ts';
import { InputError } from '../model/errors.ts';
import { findChanges, type Changes } from './manifest/changes.ts';
import type { PassOptions } from './derive-pass.ts';
import { withLock } from './lock.ts';
import { readManifest, removeManifest, writeManifest, type Manifest } from './manifest/manifest.ts';
import { completeReport, emptyReport, type DeriveReport } from './report.ts';
import { toolVersion } from './manifest/tool-version.ts';

export interface DeriveOptions {
  root: string;
  /** Replace edited files too. */
  force?: boolean;
  /** Only report what would change. */
  dryRun?: boolean;
  /** `YYYY-MM-DD` stamped on new entries and on entries whose substance changed. */
  today?: string;
  /** Propose new themes for sections that fit no existing theme. */
  propose?: boolean;
  /** Propose every key term and timeline item the articles give, not only those within the room for drafts. */
  allDrafts?: boolean;
  /** The version of the tool its manifest records (tool-version.ts by default). */
  tool?: string;
  /** The time, in ms since the epoch, derive judges how recent a file's timestamps are against (file-signature.ts). */
  now?: number;
}

export async function derive(options: DeriveOptions): Promise<DeriveReport> {
  const contentDir = resolve(options.root, 'content');
  if (options.dryRun) return deriveUnlocked(options, contentDir);
  mkdirSync(contentDir, { recursive: true });
  return withLock(join(contentDir, '.derive.lock'), 'content/.derive.lock', (tookOver) => {
    if (tookOver) removeInterruptedWrites(contentDir);
    return deriveUnlocked(options, contentDir);
  });
}

/** Temporary files of a derive that was killed (and so left its lock) before it could rename them. */
function removeInterruptedWrites(contentDir: string): void {
  for (const path of walkFiles(contentDir, (name) => TEMP_FILE.test(name), { hidden: true }))
    rmSync(join(contentDir, path), { force: true });
}

async function deriveUnlocked(options: DeriveOptions, contentDir: string): Promise<DeriveReport> {
  // A file derive would not read (an entry saved as .markdown) could hide an edit or get a section written twice.
  const stray = strayFiles(options.root);
  if (stray.length > 0) throw new InputError(stray);
  const tool = options.tool ?? toolVersion();
  const now = options.now ?? Date.now();
  const manifest = options.force || options.propose || options.allDrafts ? undefined : readManifest(contentDir, tool);
  const found = manifest && findChanges(options.root, manifest, now);
  const changes = found && !('full' in found) ? found : undefined;
  if (manifest && changes && changes.dirty.size === 0 && changes.changedFiles.length === 0) {
    if (!options.dryRun && hasRefreshed(changes)) writeManifest(contentDir, refreshed(manifest, changes));
    return completeReport(emptyReport(), changes.live, new Map(), manifest, Object.keys(manifest.files));
  }
  const pass: PassOptions = {
    root: options.root,
    force: options.force ?? false,
    dryRun: options.dryRun ?? false,
    today: options.today ?? new Date(now).toISOString().slice(0, 10),
    propose: options.propose ?? false,
    allDrafts: options.allDrafts ?? false,
    now,
    ...(manifest && changes && { since: { manifest, changes } }),
  };
  // The parsers, the scorer and the planner load only when something is to be derived.
  const { derivePass } = await import('./derive-pass.ts');
  const result = await derivePass(pass, contentDir);
  if (!options.dryRun) {
    // After --all-drafts the next derive reads everything again, and removes the drafts nobody touched.
    if (result.manifest && !options.allDrafts) writeManifest(contentDir, { tool, ...result.manifest });
    else removeManifest(contentDir);
  }
  return result.report;
}

const hasRefreshed = ({ refreshed }: Changes): boolean =>
  [refreshed.themes, refreshed.seeds, refreshed.files].some((signatures) => Object.values(signatures).some((s) => s.size !== undefined));

/** The manifest with the signatures of files read again and found unchanged, now with a stat worth trusting. */
function refreshed(manifest: Manifest, { refreshed: fresh }: Changes): Omit<Manifest, 'format'> {
  const files = { ...manifest.files };
  for (const [path, signature] of Object.entries(fresh.files)) files[path] = { ...files[path]!, signature };
  return {
    tool: manifest.tool,
    themes: { ...manifest.themes, ...fresh.themes },
    seeds: { ...manifest.seeds, ...fresh.seeds },
    files,
    reports: manifest.reports,
  };
}
