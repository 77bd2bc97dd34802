/**
 * An Astro content loader for one folder of `content/`. All the
 * collections come from one `checkContent` of the whole tree, so each file is
 * read, parsed and validated once per build, and the build stops on exactly
 * what stops `npm run check` (warnings and drafts too, under CI=true,
 * except drafts in a pull-request preview). Bodies are
 * rendered here into the render cache (src/lib/render/markdown/render-cache.ts), not the
 * content store; an unchanged file is not rendered again on the next build.
 *
 * In dev, an edit reloads the one file it touched (src/lib/content-files/reload-file.ts)
 * and checks the tree again with what the last check found about every other
 * file (src/lib/check/check-memo.ts): the file itself, and whatever depends on
 * it between files, is checked again, not the whole tree. Each collection
 * then takes what changed. An edit to a body alone goes to the pages
 * through the loader's copy of the render cache and a page reload, without
 * the content store, which Astro writes out and loads again whole on every
 * change.
 */
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkTree, type CheckResult } from '../lib/check/check.ts';
import { CheckMemo } from '../lib/check/check-memo.ts';
import { judgeProblems } from '../lib/check/severity.ts';
import { WarningLog } from '../lib/check/warning-log.ts';
import { FOLDER_OF, loadContent, type ContentTree } from '../lib/content-files/content-tree.ts';
import { reloadFile } from '../lib/content-files/reload-file.ts';
import { InputError, formatProblem, withoutStack } from '../lib/model/errors.ts';
import type { Settings } from '../lib/model/settings.ts';
import { renderCacheFile, writeRenderCache } from '../lib/render/markdown/render-cache.ts';
import { handOverSearchIndex } from '../lib/publish/search-handover.ts';
import { siteSearchDocuments } from '../lib/publish/search-documents.ts';
import { startSearchIndex } from '../lib/publish/search-index.ts';
import { FLUSH_ONLY, reloadPages, writeContentStore } from '../integrations/dev-reload.ts';
import { runSettings } from '../settings.ts';
import { CollectionSync, type Folder } from './collection-sync.ts';

/**
 * The checked tree the collections share. A build checks it once and lets it go when
 * every collection has its part; in dev it is kept and brought up to date edit by edit, and an
 * edit that passes the check is taken by every collection (`syncs`).
 */
interface Live {
  root: string;
  settings: Settings;
  tree: ContentTree;
  memo: CheckMemo;
  result: CheckResult;
  served: Set<Folder>;
  /** Each collection's: takes what changed, and says whether its content store changed. */
  syncs: Map<Folder, () => boolean>;
  /** Edits are checked one at a time, in order. */
  queue: Promise<void>;
  /** The last edit failed the check: the site shows the content before it. */
  broken: boolean;
}
let live: Live | undefined;
const FOLDERS: readonly Folder[] = ['stories', 'themes', 'sources', 'entries', 'translations', 'terms', 'timeline'];
const SAVE_AFTER_MS = 2000;

// One per dev server: a sync that loads every collection again after an edit must not print the same warnings again.
const warned = new WarningLog();

/**
 * Stops on what stops `npm run check`, after logging the warnings when `warn` is set: all of them in a
 * build, and in the dev server those that are new since its last check.
 */
function judge(result: CheckResult, { run }: Settings, logger: LoaderContext['logger'], warn: 'all' | 'new' | false): void {
  const { fatal, warnings } = judgeProblems(result, run);
  const lines = warnings.map(formatProblem);
  if (warn) for (const line of warn === 'new' ? warned.fresh(lines) : lines) logger.warn(line);
  if (fatal.length > 0) throw withoutStack(new InputError(fatal));
}

/** The shared tree, checked afresh when this collection was served from the current one already (a new build or sync). */
function liveTree(settings: Settings, folder: Folder, logger: LoaderContext['logger'], dev: boolean): Live {
  const { root } = settings;
  if (live?.root !== root || live.served.has(folder)) {
    const memo = new CheckMemo();
    const tree = loadContent(root);
    const result = checkTree(tree, memo);
    live = { root, settings, tree, memo, result, served: new Set(), syncs: new Map(), queue: Promise.resolve(), broken: false };
    judge(result, settings, logger, dev ? 'new' : 'all');
  } else judge(live.result, settings, logger, false);
  live.served.add(folder);
  return live;
}

/** In a build, the tree is let go once every collection has its part, so the rest of the build has its memory. */
function release(): void {
  if (live && FOLDERS.every((f) => live!.served.has(f))) live = undefined;
}

export function contentLoader(folder: Folder): Loader {
  return {
    name: `explainer-${folder}`,
    load: async (context) => {
      // A sync that only has Astro write the store this loader changed after an edit (dev-reload.ts).
      if (context.refreshContextData?.[FLUSH_ONLY]) return;
      const settings = runSettings(fileURLToPath(context.config.root));
      const shared = liveTree(settings, folder, context.logger, context.watcher !== undefined);
      const cacheFile = renderCacheFile(context.config.cacheDir, settings.root, context.config.base, folder);
      const collection = new CollectionSync(folder, context, cacheFile, context.watcher !== undefined);
      // Written only when a body changed: the file is for the next start or build, and a few MB.
      if (collection.sync(shared.tree, shared.result.translations, false).changed) writeRenderCache(cacheFile, collection.bodies);
      if (!context.watcher) {
        if (folder === 'entries') startSearch(shared, collection, context.config);
        release();
        return;
      }
      watchEdits(folder, shared, collection, cacheFile, context);
    },
  };
}

/** A build: Pagefind indexes the pages' text in its own process while Astro renders them. */
function startSearch(shared: Live, entries: CollectionSync, config: LoaderContext['config']): void {
  const documents = siteSearchDocuments(shared.tree, (id) => entries.bodies[id]?.html ?? '', {
    base: config.base,
    perPage: shared.settings.entriesPerPage,
    settings: shared.tree.site.settings!,
  });
  handOverSearchIndex(startSearchIndex(documents, join(fileURLToPath(config.cacheDir), 'explainer', `search-${process.pid}`)));
}

/**
 * In dev, an edit reloads its file and checks the tree again. A mistake must not end the server:
 * it is reported one line per problem, and the site keeps the last valid content until the file
 * is fixed; the fix is reported too, so the maintainer knows the page shows their file again.
 */
function watchEdits(folder: Folder, shared: Live, collection: CollectionSync, cacheFile: string, context: LoaderContext): void {
  const { logger, watcher } = context;
  // The render cache file is for the next start; after an edit it is written once the edits pause.
  let pending: ReturnType<typeof setTimeout> | undefined;
  shared.syncs.set(folder, () => {
    const { changed, bodiesOnly, stored } = collection.sync(shared.tree, shared.result.translations, true);
    if (bodiesOnly) reloadPages();
    if (changed) {
      clearTimeout(pending);
      pending = setTimeout(() => writeRenderCache(cacheFile, collection.bodies), SAVE_AFTER_MS);
      pending.unref?.();
    }
    return stored;
  });
  const { root } = shared;
  const dir = resolve(root, 'content', FOLDER_OF[folder]);
  const onEdit = (event: string, path: string) => {
    shared.queue = shared.queue
      .then(async () => {
        const file = relative(root, path).split(sep).join('/');
        // A folder added or removed (or anything but a file) is loaded again whole.
        shared.tree = ['add', 'change', 'unlink'].includes(event) ? reloadFile(root, shared.tree, file) : loadContent(root);
        shared.result = checkTree(shared.tree, shared.memo);
        judge(shared.result, shared.settings, logger, 'new');
        let stored = false;
        for (const take of shared.syncs.values()) stored = take() || stored;
        if (stored) await writeContentStore();
        if (shared.broken) logger.info('content fixed; the site shows the current version again');
        shared.broken = false;
      })
      .catch((error: unknown) => {
        if (!(error instanceof InputError)) throw error;
        shared.broken = true;
        logger.error(`content error; the site shows the last valid version until this is fixed:\n${error.message}`);
      });
  };
  // EXPLAINER_ROOT may lie outside the project, where Astro's watcher does not look.
  watcher!.add(dir);
  watcher!.on('all', (event, path) => {
    if (path.startsWith(dir)) onEdit(event, path);
  });
}
