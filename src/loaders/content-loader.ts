/**
 * An Astro content loader for one folder of `content/`. All the
 * collections come from one `checkContent` of the whole tree, so each file is
 * read, parsed and validated once per build, and the build stops on exactly
 * what stops `npm run check` (warnings and drafts too, under CI=true,
 * except drafts in a pull-request preview). Bodies are
 * rendered here into the render cache (src/lib/render/render-cache.ts), not the
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
import { readSiteSettings } from '../lib/content-files/site-settings.ts';
import { FOLDER_OF, loadContent, type ContentTree } from '../lib/content-files/content-tree.ts';
import { reloadFile } from '../lib/content-files/reload-file.ts';
import { InputError, formatProblem, withoutStack } from '../lib/model/errors.ts';
import { renderMarkdown } from '../lib/render/render-markdown.ts';
import {
  forSite,
  proposalForSite,
  themeForSite,
  type Entry,
  type Source,
  type Term,
  type Theme,
  type TimelineItem,
} from '../lib/model/schema.ts';
import { translationForSite } from '../lib/content-files/translation-files.ts';
import type { TranslationState } from '../lib/check/translation-state.ts';
import { jsonSchema, type SchemaName } from '../lib/model/json-schemas.ts';
import { contentHash } from '../lib/model/hash.ts';
import { readRenderCache, renderCacheFile, writeRenderCache, type Rendered } from '../lib/render/render-cache.ts';
import { publishBodies, replaceBody } from '../lib/render/live-bodies.ts';
import { handOverSearchIndex } from '../lib/publish/search-handover.ts';
import { siteSearchDocuments } from '../lib/publish/search-documents.ts';
import { withBase } from '../lib/render/url.ts';
import { startSearchIndex } from '../lib/publish/search-index.ts';
import { FLUSH_ONLY, reloadPages, writeContentStore } from '../integrations/dev-reload.ts';
import type { Loaded } from '../lib/content-files/loaded.ts';
import type { Settings } from '../lib/model/settings.ts';
import { runSettings } from '../settings.ts';

type Folder = keyof typeof FOLDER_OF;
type Item = ContentTree[Folder][number];

/** What the pages read; derive's and check's bookkeeping stays out of the content store. */
function siteData(folder: Folder, item: Item, state: TranslationState | undefined): Record<string, unknown> {
  if (folder === 'themes') return themeForSite(item.data as Theme);
  if (folder === 'terms' || folder === 'timeline') return proposalForSite(item.data as Term | TimelineItem);
  if (folder === 'translations') return translationForSite(state!.translation, state!.stale, state!.changed);
  return forSite(item.data as Source | Entry);
}

/** A translation's links lead to its edition's pages: `/themes/…` in a Spanish body is `/es/themes/…`. */
const bodyBase = (base: string, item: Item): string => ('language' in item ? withBase(base, `${item.language}/`) : base);

/** A rejected term or timeline item stays on disk, so derive does not propose it again, and never reaches a page. */
const shown = (data: object): boolean => !('status' in data && data.status === 'rejected');

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
const FOLDERS: readonly Folder[] = ['themes', 'sources', 'entries', 'translations', 'terms', 'timeline'];
const SCHEMAS_OF: Record<Folder, readonly SchemaName[]> = {
  themes: ['theme'],
  sources: ['source'],
  entries: ['entry'],
  translations: ['entry-translation', 'theme-translation', 'home-translation', 'interface-translation'],
  terms: ['term'],
  timeline: ['timeline-item'],
};

/** Stops on what stops `npm run check`, after logging the warnings when `warn`. */
function judge(result: CheckResult, { run }: Settings, logger: LoaderContext['logger'], warn: boolean): void {
  const { fatal, warnings } = judgeProblems(result, run);
  if (warn) for (const problem of warnings) logger.warn(formatProblem(problem));
  if (fatal.length > 0) throw withoutStack(new InputError(fatal));
}

/** The shared tree, checked afresh when this collection was served from the current one already (a new build or sync). */
function liveTree(settings: Settings, folder: Folder, logger: LoaderContext['logger']): Live {
  const { root } = settings;
  if (live?.root !== root || live.served.has(folder)) {
    const memo = new CheckMemo();
    const tree = loadContent(root);
    const result = checkTree(tree, memo);
    live = { root, settings, tree, memo, result, served: new Set(), syncs: new Map(), queue: Promise.resolve(), broken: false };
    judge(result, settings, logger, true);
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
    load: async ({ store, config, generateDigest, watcher, logger, refreshContextData }) => {
      // A sync that only has Astro write the store this loader changed after an edit (dev-reload.ts).
      if (refreshContextData?.[FLUSH_ONLY]) return;
      const settings = runSettings(fileURLToPath(config.root));
      const { root } = settings;
      const cacheFile = renderCacheFile(config.cacheDir, root, config.base, folder);
      // The store keeps an item while its digest holds; a new field or default in the schema changes
      // what an unchanged file loads as, so the schema is part of the digest.
      const shape = contentHash(JSON.stringify(SCHEMAS_OF[folder].map(jsonSchema)));
      const shared = liveTree(settings, folder, logger);
      const bodies = readRenderCache(cacheFile);
      const published = watcher ? publishBodies(cacheFile, bodies) : undefined;
      /** The digest of each file's text as this collection last took it. */
      const taken = new Map<string, string>();
      const digests = new WeakMap<object, { standing: string; digest: string }>();
      // A translation's state depends on the file it translates too (an edit to the English entry
      // can make it stale), so it is part of the digest.
      const digestOf = (item: Loaded<unknown>, standing: string) => {
        let known = digests.get(item);
        if (known?.standing !== standing)
          digests.set(item, (known = { standing, digest: String(generateDigest(`${config.base}\n${shape}\n${item.text}${standing}`)) }));
        return known.digest;
      };
      /** Takes what changed since the last sync (`edit`: after an edit in dev): whether any body changed, any only in its body, and the store. */
      const sync = (edit: boolean): { changed: boolean; bodiesOnly: boolean; stored: boolean } => {
        const items = (shared.tree[folder] as Item[]).filter((item) => shown(item.data));
        const states = folder === 'translations' ? new Map(shared.result.translations.map((s) => [s.translation.file, s])) : undefined;
        let changed = false;
        let bodiesOnly = false;
        let stored = false;
        for (const item of items) {
          const state = states?.get(item.file);
          const digest = digestOf(item, state ? `\n${state.stale}\n${state.changed ?? ''}` : '');
          if (taken.get(item.id) === digest) continue;
          const kept = bodies[item.id];
          const html = kept?.digest === digest ? kept.html : item.body.trim() ? renderMarkdown(item.body, bodyBase(config.base, item)) : '';
          const texts = folder === 'sources' ? Object.fromEntries((item.data as Source).paragraphs.map((p) => [p.id, p.text])) : undefined;
          const data = siteData(folder, item, state);
          const previous = store.get(item.id);
          // Only the body changed: the pages take it from the render cache, and the store stays as it is.
          const sameData = edit && previous && previous.filePath === item.file && JSON.stringify(previous.data) === JSON.stringify(data);
          const body: Rendered = { digest: sameData ? String(previous.digest) : digest, html, ...(texts && { texts }) };
          changed ||= kept?.digest !== body.digest;
          if (published) replaceBody(published, item.id, body);
          else bodies[item.id] = body;
          if (sameData) bodiesOnly = true;
          else if (previous?.digest !== digest) {
            store.set({ id: item.id, data, filePath: item.file, digest });
            stored = true;
          }
          taken.set(item.id, digest);
        }
        const ids = new Set(items.map((item) => item.id));
        for (const id of store.keys()) {
          if (ids.has(id)) continue;
          store.delete(id);
          stored = true;
        }
        for (const id of Object.keys(bodies)) {
          if (ids.has(id)) continue;
          changed = true;
          if (published) replaceBody(published, id, undefined);
          else delete bodies[id];
          taken.delete(id);
        }
        return { changed, bodiesOnly, stored };
      };
      // Written only when a body changed: the file is for the next start or build, and a few MB.
      if (sync(false).changed) writeRenderCache(cacheFile, bodies);
      if (!watcher) {
        // A build: Pagefind indexes the pages' text in its own process while Astro renders them.
        if (folder === 'entries') {
          const documents = siteSearchDocuments(shared.tree, (id) => bodies[id]?.html ?? '', {
            base: config.base,
            perPage: settings.entriesPerPage,
            settings: readSiteSettings(root),
          });
          handOverSearchIndex(startSearchIndex(documents, join(fileURLToPath(config.cacheDir), 'explainer', `search-${process.pid}`)));
        }
        release();
        return;
      }
      // The render cache file is for the next start; after an edit it is written once the edits pause.
      let pending: ReturnType<typeof setTimeout> | undefined;
      shared.syncs.set(folder, () => {
        const { changed, bodiesOnly, stored } = sync(true);
        if (bodiesOnly) reloadPages();
        if (changed) {
          clearTimeout(pending);
          pending = setTimeout(() => writeRenderCache(cacheFile, bodies), SAVE_AFTER_MS);
          pending.unref?.();
        }
        return stored;
      });
      // In dev, an edit reloads its file and checks the tree again. A mistake must not end the
      // server: it is reported one line per problem, and the site keeps the last valid content
      // until the file is fixed; the fix is reported too, so the maintainer knows the page shows
      // their file again.
      const dir = resolve(root, 'content', FOLDER_OF[folder]);
      const onEdit = (event: string, path: string) => {
        shared.queue = shared.queue
          .then(async () => {
            const file = relative(root, path).split(sep).join('/');
            // A folder added or removed (or anything but a file) is loaded again whole.
            shared.tree = ['add', 'change', 'unlink'].includes(event) ? reloadFile(root, shared.tree, file) : loadContent(root);
            shared.result = checkTree(shared.tree, shared.memo);
            judge(shared.result, shared.settings, logger, true);
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
      watcher.add(dir);
      watcher.on('all', (event, path) => {
        if (path.startsWith(dir)) onEdit(event, path);
      });
    },
  };
}

const SAVE_AFTER_MS = 2000;
