/**
 * An Astro content loader for one folder of `content/`. All three
 * collections come from one `checkContent` of the whole tree, so each file is
 * read, parsed and validated once per build, and the build stops on exactly
 * what stops `npm run check` (warnings and drafts too, under CI=true,
 * except drafts in a pull-request preview). Bodies are
 * rendered here into the render cache (src/lib/render/render-cache.ts), not the
 * content store; an unchanged file is not rendered again on the next build.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkContent, type CheckResult } from '../lib/check/check.ts';
import { judgeProblems, runKind } from '../lib/check/severity.ts';
import { dataRoot } from '../lib/content-files/data-root.ts';
import { readSiteSettings } from '../lib/content-files/site-settings.ts';
import type { ContentTree } from '../lib/content-files/content-tree.ts';
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
import { readRenderCache, renderCacheFile, writeRenderCache, type RenderedBodies } from '../lib/render/render-cache.ts';
import { handOverSearchIndex } from '../lib/build/search-handover.ts';
import { siteSearchDocuments } from '../lib/build/search-documents.ts';
import { entriesPerPage } from '../lib/render/paginate.ts';
import { withBase } from '../lib/render/url.ts';
import { startSearchIndex } from '../lib/build/search-index.ts';

type Folder = 'themes' | 'sources' | 'entries' | 'terms' | 'timeline' | 'translations';
type Item = ContentTree[Folder][number];

/** What the pages read; derive's and check's bookkeeping stays out of the content store. */
function siteData(folder: Folder, item: Item, states: ReadonlyMap<string, TranslationState>): Record<string, unknown> {
  if (folder === 'themes') return themeForSite(item.data as Theme);
  if (folder === 'terms' || folder === 'timeline') return proposalForSite(item.data as Term | TimelineItem);
  if (folder === 'translations') {
    const state = states.get(item.file)!;
    return translationForSite(state.translation, state.stale, state.changed);
  }
  return forSite(item.data as Source | Entry);
}

/** A translation's links lead to its edition's pages: `/themes/…` in a Spanish body is `/es/themes/…`. */
const bodyBase = (base: string, item: Item): string => ('language' in item ? withBase(base, `${item.language}/`) : base);

/** A rejected term or timeline item stays on disk, so derive does not propose it again, and never reaches a page. */
const shown = (data: object): boolean => !('status' in data && data.status === 'rejected');

// Bumped by every watched change, so the collections of one build (or one
// edit in dev) share a check and the next edit gets a fresh one.
let version = 0;
let checked: { root: string; version: number; result: CheckResult; served: Set<Folder> } | undefined;
const FOLDERS: readonly Folder[] = ['themes', 'sources', 'entries', 'terms', 'timeline', 'translations'];
const SCHEMAS_OF: Record<Folder, readonly SchemaName[]> = {
  themes: ['theme'],
  sources: ['source'],
  entries: ['entry'],
  terms: ['term'],
  timeline: ['timeline-item'],
  translations: ['entry-translation', 'theme-translation', 'home-translation', 'interface-translation'],
};

function checkedTree(root: string, logger: LoaderContext['logger']): CheckResult {
  if (checked?.root !== root || checked.version !== version) {
    const result = checkContent(root);
    checked = { root, version, result, served: new Set() };
    for (const problem of judgeProblems(result, runKind(process.env)).warnings) logger.warn(formatProblem(problem));
  }
  const { fatal } = judgeProblems(checked.result, runKind(process.env));
  if (fatal.length > 0) throw withoutStack(new InputError(fatal));
  return checked.result;
}

/** In a build, the tree is let go once every collection has its part, so the rest of the build has its memory. */
function served(folder: Folder): void {
  checked?.served.add(folder);
  if (checked && FOLDERS.every((f) => checked!.served.has(f))) checked = undefined;
}

export function contentLoader(folder: Folder): Loader {
  return {
    name: `explainer-${folder}`,
    load: async ({ store, config, generateDigest, watcher, logger }) => {
      const root = dataRoot(process.env['EXPLAINER_ROOT'], fileURLToPath(config.root));
      const cacheFile = renderCacheFile(config.cacheDir, root, config.base, folder);
      // The store keeps an item while its digest holds; a new field or default in the schema changes
      // what an unchanged file loads as, so the schema is part of the digest.
      const shape = contentHash(JSON.stringify(SCHEMAS_OF[folder].map(jsonSchema)));
      const sync = () => {
        const result = checkedTree(root, logger);
        const { tree } = result;
        const states = new Map(result.translations.map((state) => [state.translation.file, state]));
        const previous = readRenderCache(cacheFile);
        const bodies: RenderedBodies = {};
        for (const item of tree[folder] as readonly Item[]) {
          if (!shown(item.data)) continue;
          // A translation's state depends on the file it translates too, so it is part of the digest.
          const state = states.get(item.file);
          const standing = state ? `\n${state.stale}\n${state.changed ?? ''}` : '';
          const digest = String(generateDigest(`${config.base}\n${shape}\n${item.text}${standing}`));
          const kept = previous[item.id];
          bodies[item.id] = {
            digest,
            html: kept?.digest === digest ? kept.html : item.body.trim() ? renderMarkdown(item.body, bodyBase(config.base, item)) : '',
          };
          if (folder === 'sources')
            bodies[item.id]!.texts = Object.fromEntries((item.data as Source).paragraphs.map((p) => [p.id, p.text]));
          if (store.get(item.id)?.digest !== digest)
            store.set({ id: item.id, data: siteData(folder, item, states), filePath: item.file, digest });
        }
        writeRenderCache(cacheFile, bodies);
        for (const id of store.keys()) if (!(id in bodies)) store.delete(id);
        return { tree, bodies };
      };
      const { tree, bodies } = sync();
      if (!watcher) {
        // A build: Pagefind indexes the pages' text in its own process while Astro renders them.
        if (folder === 'entries') {
          const documents = siteSearchDocuments(tree, (id) => bodies[id]?.html ?? '', {
            base: config.base,
            perPage: entriesPerPage(process.env['ENTRIES_PER_PAGE']),
            settings: readSiteSettings(root),
          });
          handOverSearchIndex(startSearchIndex(documents, join(fileURLToPath(config.cacheDir), 'explainer', `search-${process.pid}`)));
        }
        served(folder);
        return;
      }
      // In dev, an edit re-syncs the collection and the dev server reloads the page. A mistake
      // must not end the server: it is reported one line per problem, and the site keeps the
      // last valid content until the file is fixed; the fix is reported too, so the maintainer
      // knows the page shows their file again. Syncs run one at a time, in order.
      const dir = resolve(root, 'content', folder === 'timeline' ? 'timelines' : folder);
      let queue = Promise.resolve();
      let broken = false;
      const resync = () => {
        version += 1;
        queue = queue
          .then(() => {
            sync();
            if (broken) logger.info('content fixed; the site shows the current version again');
            broken = false;
          })
          .catch((error: unknown) => {
            if (!(error instanceof InputError)) throw error;
            broken = true;
            logger.error(`content error; the site shows the last valid version until this is fixed:\n${error.message}`);
          });
      };
      // EXPLAINER_ROOT may lie outside the project, where Astro's watcher does not look.
      watcher.add(dir);
      watcher.on('all', (_event, path) => {
        if (path.startsWith(dir)) resync();
      });
    },
  };
}
