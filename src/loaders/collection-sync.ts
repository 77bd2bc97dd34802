/**
 * What one collection takes from the checked tree, each time it syncs: an
 * item whose digest changed goes into Astro's content store as the site's
 * view of it (no bookkeeping) and its body, rendered, into the render cache
 * (src/lib/render/markdown/render-cache.ts); an item gone leaves both. After an edit
 * in dev, an item whose data is as it was keeps its place in the store and
 * only its body changes, in the loader's own copy of the render cache
 * (src/lib/render/markdown/live-bodies.ts), which the pages read without the store.
 */
import type { LoaderContext } from 'astro/loaders';
import type { ContentTree, FOLDER_OF } from '../lib/content-files/content-tree.ts';
import type { Loaded } from '../lib/content-files/loaded.ts';
import { translationForSite } from '../lib/content-files/translation-files.ts';
import type { TranslationState } from '../lib/check/translation-state.ts';
import { contentHash } from '../lib/model/hash.ts';
import { jsonSchema, type SchemaName } from '../lib/model/json-schemas.ts';
import {
  forSite,
  isShown,
  proposalForSite,
  storyForSite,
  themeForSite,
  type Entry,
  type Source,
  type Story,
  type Term,
  type Theme,
  type TimelineItem,
} from '../lib/model/schema.ts';
import { publishBodies, replaceBody, type LiveBodies } from '../lib/render/markdown/live-bodies.ts';
import { readRenderCache, type Rendered, type RenderedBodies } from '../lib/render/markdown/render-cache.ts';
import { renderMarkdown } from '../lib/render/markdown/render-markdown.ts';
import { withBase } from '../lib/render/url.ts';

export type Folder = keyof typeof FOLDER_OF;
type Item = ContentTree[Folder][number];

const SCHEMAS_OF: Record<Folder, readonly SchemaName[]> = {
  stories: ['story'],
  themes: ['theme'],
  sources: ['source'],
  entries: ['entry'],
  translations: [
    'entry-translation',
    'theme-translation',
    'story-translation',
    'term-translation',
    'home-translation',
    'interface-translation',
  ],
  terms: ['term'],
  timeline: ['timeline-item'],
};

/** What the pages read; derive's and check's bookkeeping stays out of the content store. */
function siteData(folder: Folder, item: Item, state: TranslationState | undefined): Record<string, unknown> {
  if (folder === 'stories') return storyForSite(item.data as Story);
  if (folder === 'themes') return themeForSite(item.data as Theme);
  if (folder === 'terms' || folder === 'timeline') return proposalForSite(item.data as Term | TimelineItem);
  if (folder === 'translations') return translationForSite(state!.translation, state!.stale, state!.changed);
  return forSite(item.data as Source | Entry);
}

/** A translation's links lead to its edition's pages: `/themes/…` in a Spanish body is `/es/themes/…`. */
const bodyBase = (base: string, item: Item): string => ('language' in item ? withBase(base, `${item.language}/`) : base);

export interface Synced {
  /** Some body changed: the render cache file is to be written. */
  changed: boolean;
  /** Some item changed in its body alone: the pages are to reload. */
  bodiesOnly: boolean;
  /** The content store changed. */
  stored: boolean;
}

type Context = Pick<LoaderContext, 'store' | 'config' | 'generateDigest'>;

export class CollectionSync {
  readonly bodies: RenderedBodies;
  private readonly published: LiveBodies | undefined;
  /** The digest of each file's text as this collection last took it. */
  private readonly taken = new Map<string, string>();
  private readonly digests = new WeakMap<object, { standing: string; digest: string }>();
  /** The store keeps an item while its digest holds; a new field or default in the schema changes what an unchanged file loads as, so the schema is part of the digest. */
  private readonly shape: string;
  private readonly folder: Folder;
  private readonly context: Context;

  /** `live`: in dev, bodies are published to the pages as they change. */
  constructor(folder: Folder, context: Context, cacheFile: string, live: boolean) {
    this.folder = folder;
    this.context = context;
    this.shape = contentHash(JSON.stringify(SCHEMAS_OF[folder].map(jsonSchema)));
    this.bodies = readRenderCache(cacheFile);
    this.published = live ? publishBodies(cacheFile, this.bodies) : undefined;
  }

  /** Takes what changed since the last sync (`edit`: after an edit in dev). */
  sync(tree: ContentTree, translations: readonly TranslationState[], edit: boolean): Synced {
    const items = (tree[this.folder] as Item[]).filter((item) => isShown(item.data));
    const states = this.folder === 'translations' ? new Map(translations.map((s) => [s.translation.file, s])) : undefined;
    const synced: Synced = { changed: false, bodiesOnly: false, stored: false };
    for (const item of items) this.take(item, states?.get(item.file), edit, synced);
    this.dropAllBut(new Set(items.map((item) => item.id)), synced);
    return synced;
  }

  /**
   * A translation's state depends on the file it translates too (an edit to the English entry
   * can make it stale), so it is part of the digest.
   */
  private digestOf(item: Loaded<unknown>, standing: string): string {
    let known = this.digests.get(item);
    const { base } = this.context.config;
    if (known?.standing !== standing)
      this.digests.set(
        item,
        (known = { standing, digest: String(this.context.generateDigest(`${base}\n${this.shape}\n${item.text}${standing}`)) }),
      );
    return known.digest;
  }

  private take(item: Item, state: TranslationState | undefined, edit: boolean, synced: Synced): void {
    const { store, config } = this.context;
    const digest = this.digestOf(item, state ? `\n${state.stale}\n${state.changed ?? ''}` : '');
    if (this.taken.get(item.id) === digest) return;
    const kept = this.bodies[item.id];
    const html = kept?.digest === digest ? kept.html : item.body.trim() ? renderMarkdown(item.body, bodyBase(config.base, item)) : '';
    const texts = this.folder === 'sources' ? Object.fromEntries((item.data as Source).paragraphs.map((p) => [p.id, p.text])) : undefined;
    const data = siteData(this.folder, item, state);
    const previous = store.get(item.id);
    // Only the body changed: the pages take it from the render cache, and the store stays as it is.
    const sameData = edit && previous && previous.filePath === item.file && JSON.stringify(previous.data) === JSON.stringify(data);
    const body: Rendered = { digest: sameData ? String(previous.digest) : digest, html, ...(texts && { texts }) };
    synced.changed ||= kept?.digest !== body.digest;
    this.keep(item.id, body);
    if (sameData) synced.bodiesOnly = true;
    else if (previous?.digest !== digest) {
      store.set({ id: item.id, data, filePath: item.file, digest });
      synced.stored = true;
    }
    this.taken.set(item.id, digest);
  }

  private keep(id: string, body: Rendered | undefined): void {
    if (this.published) replaceBody(this.published, id, body);
    else if (body) this.bodies[id] = body;
    else delete this.bodies[id];
  }

  private dropAllBut(ids: ReadonlySet<string>, synced: Synced): void {
    const { store } = this.context;
    for (const id of store.keys()) {
      if (ids.has(id)) continue;
      store.delete(id);
      synced.stored = true;
    }
    for (const id of Object.keys(this.bodies)) {
      if (ids.has(id)) continue;
      synced.changed = true;
      this.keep(id, undefined);
      this.taken.delete(id);
    }
  }
}
