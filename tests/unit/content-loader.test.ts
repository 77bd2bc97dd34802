/**
 * The content loader: in a build, one check of the whole tree feeds all the
 * collections and stops the build on what stops `npm run check`; in `astro
 * dev`, an edit re-syncs the collection and a mistake is logged one line per
 * problem instead of ending the dev server. Runs the loader with a stand-in
 * for Astro's loader context.
 */
import { EventEmitter } from 'node:events';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { takeSearchIndex } from '../../src/lib/publish/search-handover.ts';
import { liveBody } from '../../src/lib/render/markdown/live-bodies.ts';
import { editEntry } from '../../src/lib/tooling/bench/editor-pass.ts';
import { readRenderCache, renderCacheFile } from '../../src/lib/render/markdown/render-cache.ts';
import { contentLoader } from '../../src/loaders/content-loader.ts';
import { derive } from '../../src/lib/derive/derive.ts';
import { projectRoot } from '../helpers/build-site.ts';
import { tempRoot } from '../helpers/temp-root.ts';

type Stored = { id: string; data: Record<string, unknown>; digest: string };

function fakeStore() {
  const data = new Map<string, Stored>();
  return {
    data,
    get: (id: string) => data.get(id),
    set: (e: Stored) => data.set(e.id, e),
    delete: (id: string) => data.delete(id),
    keys: () => [...data.keys()],
  };
}

function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-loader-'));
  for (const folder of ['content', 'seeds']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
  return root;
}

function context(root: string, store: ReturnType<typeof fakeStore>, extra: object = {}) {
  return {
    store,
    logger: { error: vi.fn(), warn: vi.fn(), info: vi.fn() },
    config: { root: pathToFileURL(`${root}/`), base: '/', cacheDir: pathToFileURL(join(root, '.cache/')) },
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
    ...extra,
  };
}

const roots: string[] = [];
const freshRoot = () => {
  const root = copyProject();
  roots.push(root);
  return root;
};

// The loader reads how strict to be from the environment; a CI machine's own CI=true must not make these local runs strict.
const localRun = () => {
  vi.stubEnv('CI', '');
  vi.stubEnv('EXPLAINER_PREVIEW', '');
};
beforeAll(() => {
  delete process.env['EXPLAINER_ROOT'];
  localRun();
});
afterAll(() => {
  vi.unstubAllEnvs();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('the content loader in a build', () => {
  afterEach(localRun);

  it('fills each collection from the checked tree, renders bodies into the render cache and starts the search index', async () => {
    const root = freshRoot();
    const entries = fakeStore();
    await contentLoader('entries').load(context(root, entries) as never);
    const id = 'federal-conflict/national-immigration-enforcement-conflicts';
    expect(entries.keys()).toContain(id);
    const bodies = readRenderCache(renderCacheFile(join(root, '.cache'), root, '/', 'entries'));
    expect(bodies[id]).toEqual({ digest: entries.get(id)!.digest, html: expect.stringMatching(/^<p>/) });
    expect(entries.get(id)).not.toHaveProperty('rendered');
    const sources = fakeStore();
    await contentLoader('sources').load(context(root, sources) as never);
    const source = 'mayor-ends-immigration-enforcement-cooperation';
    const texts = readRenderCache(renderCacheFile(join(root, '.cache'), root, '/', 'sources'))[source]?.texts;
    expect(texts?.['p4']).toMatch(/^Mamdani’s ICE abolition stance/);
    expect(sources.get(source)!.data['paragraphs']).toContainEqual({ id: 'p4' });
    const out = join(root, 'out');
    mkdirSync(out);
    // The home page, the source page, the four theme pages, the key terms, About and Updates; in Spanish, the home page,
    // the four theme pages, the key terms, About and Updates (the source page is English).
    expect(await takeSearchIndex()!.finish(out)).toBe(17);
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    // Pagefind writes a search engine for every language and one for languages it cannot stem; the pages load only their own.
    expect(readdirSync(join(out, 'pagefind')).filter((name) => name.startsWith('wasm.'))).toEqual(['wasm.en.pagefind', 'wasm.es.pagefind']);
  });

  it('renders again only the bodies whose file changed', async () => {
    const root = freshRoot();
    const cache = renderCacheFile(join(root, '.cache'), root, '/', 'themes');
    await contentLoader('themes').load(
      context(root, fakeStore(), { watcher: Object.assign(new EventEmitter(), { add: vi.fn() }) }) as never,
    );
    const first = readRenderCache(cache);
    // A body in the cache that no file has stands for work saved: it is kept only while its digest matches.
    writeFileSync(
      cache,
      JSON.stringify({
        ...first,
        'coalition-cities': { ...first['coalition-cities']!, html: '<p>kept</p>' },
        'federal-conflict': { digest: 'old', html: '<p>stale</p>' },
      }),
    );
    await contentLoader('themes').load(
      context(root, fakeStore(), { watcher: Object.assign(new EventEmitter(), { add: vi.fn() }) }) as never,
    );
    const second = readRenderCache(cache);
    expect(second['coalition-cities']!.html).toBe('<p>kept</p>');
    expect(second['federal-conflict']).toEqual(first['federal-conflict']);
  });

  it('stops on a problem between files, named by file and line, without a stack', async () => {
    const root = freshRoot();
    const theme = join(root, 'content/themes/federal-conflict.md');
    writeFileSync(theme, readFileSync(theme, 'utf8').replace('order: 2', 'order: 1'));
    const load = contentLoader('themes').load(context(root, fakeStore()) as never);
    await expect(load).rejects.toThrow(
      'content/themes/sanctuary-policy.md:5: order: expected a unique order, found 1 (also used by content/themes/federal-conflict.md)',
    );
    await load.catch((error: Error) => expect(error.stack).toBe(''));
  });

  it('logs a changed cited paragraph as a warning locally, and stops on it under CI', async () => {
    // An edited entry whose paragraph then changed in the seed: derive keeps the entry, check calls it stale.
    const root = tempRoot();
    roots.push(root);
    await derive({ root, today: '2026-01-02' });
    const entry = join(root, 'content/entries/federal-conflict/national-immigration-enforcement-conflicts.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^summary: .*$/m, 'summary: An editor wrote this summary.'));
    const seed = join(root, 'seeds/mayor-ends-immigration-enforcement-cooperation.txt');
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('promised aggressive deportation', 'promised deportation'));
    await derive({ root, today: '2026-01-03' });

    vi.stubEnv('CI', 'false');
    const local = context(root, fakeStore());
    await contentLoader('entries').load(local as never);
    expect(local.logger.warn).toHaveBeenCalledWith(expect.stringContaining('cited.p4: stale:'));

    vi.stubEnv('CI', 'true');
    // The tree is checked again only after a watched change; another root stands in for the next build.
    const ci = tempRoot();
    roots.push(ci);
    cpSync(root, ci, { recursive: true });
    await expect(contentLoader('entries').load(context(ci, fakeStore()) as never)).rejects.toThrow('cited.p4: stale:');
  });
});

describe('the content loader under astro dev', () => {
  let root: string;
  const store = fakeStore();
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  let logger: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn>; warn: ReturnType<typeof vi.fn> };
  const file = () => join(root, 'content/themes/federal-conflict.md');
  const question = () => store.get('federal-conflict')?.data['question'];

  beforeAll(async () => {
    root = freshRoot();
    const ctx = context(root, store, { watcher });
    logger = ctx.logger;
    await contentLoader('themes').load(ctx as never);
  });

  it('loads the collection and watches its folder, wherever the data root is', () => {
    expect(store.keys().sort()).toEqual(['coalition-cities', 'federal-conflict', 'implementation-limits', 'sanctuary-policy']);
    expect(watcher.add).toHaveBeenCalledWith(join(root, 'content/themes'));
  });

  it('logs a broken edit one line per problem and keeps the last valid content', async () => {
    const original = readFileSync(file(), 'utf8');
    writeFileSync(file(), original.replace('order: 2', 'order: two').replace(/^summary: .*$/m, 'summary: ""'));
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledTimes(1));
    expect(logger.error).toHaveBeenCalledWith(
      'content error; the site shows the last valid version until this is fixed:\n' +
        'content/themes/federal-conflict.md:4: summary: expected non-empty text, found ""\n' +
        'content/themes/federal-conflict.md:5: order: expected number, found "two"',
    );
    expect(question()).toBe('How could the federal government respond?');
    expect(logger.info).not.toHaveBeenCalled();

    writeFileSync(file(), original.replace('How could the federal government respond?', 'How could Washington hit back?'));
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(question()).toBe('How could Washington hit back?'));
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.info).toHaveBeenCalledExactlyOnceWith('content fixed; the site shows the current version again');

    // Only a recovery is announced, not every good edit.
    writeFileSync(file(), original);
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(question()).toBe('How could the federal government respond?'));
    expect(logger.info).toHaveBeenCalledTimes(1);
  });

  it('prints a warning once, when a save brings it, not again on the saves after it', async () => {
    const original = readFileSync(file(), 'utf8');
    const drafts = () => logger.warn.mock.calls.filter((c) => String(c[0]).includes('"federal-conflict" is a draft')).length;
    writeFileSync(file(), original.replace('\norder:', '\nstatus: proposed\norder:'));
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(drafts()).toBe(1));
    writeFileSync(file(), original.replace('\norder:', '\nstatus: proposed\norder:').replace('respond?', 'answer?'));
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(question()).toBe('How could the federal government answer?'));
    expect(drafts()).toBe(1);
    // Gone and back is a change: printed again.
    writeFileSync(file(), original);
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(question()).toBe('How could the federal government respond?'));
    writeFileSync(file(), original.replace('\norder:', '\nstatus: proposed\norder:'));
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(drafts()).toBe(2));
    writeFileSync(file(), original);
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(store.get('federal-conflict')?.data['draft']).toBe(false));
  });
});

/**
 * Answers, for the tests of one block, what the loader asks of the dev server
 * after an edit (src/integrations/dev-reload.ts): reload the pages, write the
 * content store. Outside `astro dev` nothing answers.
 */
function standInForDevServer(reload: () => void, write: () => Promise<void>): void {
  const slots = globalThis as Record<symbol, unknown>;
  beforeAll(() => {
    slots[Symbol.for('explainer.reload-pages')] = reload;
    slots[Symbol.for('explainer.write-content-store')] = write;
  });
  afterAll(() => {
    delete slots[Symbol.for('explainer.reload-pages')];
    delete slots[Symbol.for('explainer.write-content-store')];
  });
}

describe('the content loader under astro dev, after an edit', () => {
  const ENTRY_ID = 'federal-conflict/national-immigration-enforcement-conflicts';
  const SOURCE_ID = 'mayor-ends-immigration-enforcement-cooperation';
  let root: string;
  const stores = { themes: fakeStore(), sources: fakeStore(), entries: fakeStore() };
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const loggers: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> }[] = [];
  const reloads = vi.fn();
  const writes = vi.fn(() => Promise.resolve());
  const entryFile = () => join(root, `content/entries/${ENTRY_ID}.md`);
  const sourceFile = () => join(root, `content/sources/${SOURCE_ID}.yaml`);
  const cache = (collection: string) => renderCacheFile(join(root, '.cache'), root, '/', collection);
  const errors = () => loggers.flatMap((l) => l.error.mock.calls.map((c) => String(c[0])));
  const infos = () => loggers.flatMap((l) => l.info.mock.calls.map((c) => String(c[0])));
  standInForDevServer(reloads, writes);

  beforeAll(async () => {
    root = freshRoot();
    // An entry in the editors' words (the source's kept as a blockquote), as an editor leaves it.
    writeFileSync(
      entryFile(),
      editEntry(readFileSync(entryFile(), 'utf8'), { title: 'Coalition cities', href: '/themes/coalition-cities/' }),
    );
    for (const folder of ['themes', 'sources', 'entries'] as const) {
      const ctx = context(root, stores[folder], { watcher });
      loggers.push(ctx.logger);
      await contentLoader(folder).load(ctx as never);
    }
  });

  it('takes an edit to a body alone into its rendered body, leaves the content store as it was and reloads the pages', async () => {
    const before = stores.entries.get(ENTRY_ID)!;
    writeFileSync(entryFile(), `${readFileSync(entryFile(), 'utf8')}\nA sentence an editor added.\n`);
    watcher.emit('all', 'change', entryFile());
    await vi.waitFor(() => expect(reloads).toHaveBeenCalledTimes(1));
    expect(stores.entries.get(ENTRY_ID)).toBe(before);
    expect(liveBody(cache('entries'), ENTRY_ID, before.digest)?.html).toContain('A sentence an editor added.');
    expect(writes).not.toHaveBeenCalled();
  });

  it('takes an edit to frontmatter into the content store, and has Astro write the store at once', async () => {
    writeFileSync(entryFile(), readFileSync(entryFile(), 'utf8').replace(/^title: .*$/m, 'title: Retitled by an editor'));
    watcher.emit('all', 'change', entryFile());
    await vi.waitFor(() => expect(stores.entries.get(ENTRY_ID)?.data['title']).toBe('Retitled by an editor'));
    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('checks again what depends on a changed source: an entry whose quotation it no longer has', async () => {
    const reloaded = reloads.mock.calls.length;
    writeFileSync(entryFile(), `${readFileSync(entryFile(), 'utf8')}\n> promised aggressive deportation operations\n`);
    watcher.emit('all', 'change', entryFile());
    await vi.waitFor(() => expect([reloads.mock.calls.length, errors()]).toEqual([reloaded + 1, []]));
    // The seed changes and derive writes the source again (the edited entry it keeps).
    const seed = join(root, `seeds/${SOURCE_ID}.txt`);
    writeFileSync(seed, readFileSync(seed, 'utf8').replace('promised aggressive deportation', 'promised deportation'));
    const derived = await derive({ root, today: '2026-01-02' });
    expect(derived.updated).toEqual([`content/sources/${SOURCE_ID}.yaml`]);
    watcher.emit('all', 'change', sourceFile());
    await vi.waitFor(() => expect(errors()).toHaveLength(1));
    expect(errors()[0]).toMatch(/content\/entries\/federal-conflict\/national-immigration-enforcement-conflicts\.md:\d+: quote not found/);
    expect(errors()[0]).toContain(`quote not found in ${SOURCE_ID} p4`);
    // The site keeps the last valid version of the source.
    expect(liveBody(cache('sources'), SOURCE_ID, stores.sources.get(SOURCE_ID)!.digest)?.texts?.['p4']).toContain('aggressive deportation');

    // Fixed in another file (the entry quotes the source as it reads now): every collection takes what changed meanwhile.
    writeFileSync(entryFile(), readFileSync(entryFile(), 'utf8').replaceAll('aggressive deportation', 'deportation'));
    watcher.emit('all', 'change', entryFile());
    await vi.waitFor(() => expect(infos()).toContain('content fixed; the site shows the current version again'));
    const stored = stores.sources.get(SOURCE_ID)!;
    expect(liveBody(cache('sources'), SOURCE_ID, stored.digest)?.texts?.['p4']).not.toContain('aggressive deportation');
  });
});

describe('the content loader under astro dev, with a translated edition', () => {
  const ENTRY_ID = 'sanctuary-policy/detention-and-release-policies-under-mamdani';
  const TRANSLATION_ID = `es/entries/${ENTRY_ID}`;
  let root: string;
  const stores = { entries: fakeStore(), translations: fakeStore() };
  const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
  const loggers: { error: ReturnType<typeof vi.fn>; info: ReturnType<typeof vi.fn> }[] = [];
  const writes = vi.fn(() => Promise.resolve());
  const entryFile = () => join(root, `content/entries/${ENTRY_ID}.md`);
  const translationFile = () => join(root, `content/translations/${TRANSLATION_ID}.md`);
  const cache = (collection: string) => renderCacheFile(join(root, '.cache'), root, '/', collection);
  const errors = () => loggers.flatMap((l) => l.error.mock.calls.map((c) => String(c[0])));
  standInForDevServer(vi.fn(), writes);

  beforeAll(async () => {
    root = freshRoot();
    for (const folder of ['entries', 'translations'] as const) {
      const ctx = context(root, stores[folder], { watcher });
      loggers.push(ctx.logger);
      await contentLoader(folder).load(ctx as never);
    }
  });

  it('marks a translation stale in the content store when the English entry it translates is edited', async () => {
    expect(stores.translations.get(TRANSLATION_ID)?.data['stale']).toBe(false);
    writeFileSync(entryFile(), readFileSync(entryFile(), 'utf8').replace(/^title: .*$/m, 'title: Retitled by an editor'));
    watcher.emit('all', 'change', entryFile());
    await vi.waitFor(() => expect(stores.translations.get(TRANSLATION_ID)?.data['stale']).toBe(true));
    expect(stores.entries.get(ENTRY_ID)?.data['title']).toBe('Retitled by an editor');
    expect(errors()).toEqual([]);
  });

  it('takes a rejected entry out of its collection; a deleted one is an error, and the site keeps it meanwhile', async () => {
    expect(stores.entries.get(ENTRY_ID)).toBeDefined();
    const text = readFileSync(entryFile(), 'utf8');
    rmSync(entryFile());
    watcher.emit('all', 'unlink', entryFile());
    // Derive would write the section again, and a translation of nothing is an error until it goes too.
    await vi.waitFor(() => expect(errors()).toHaveLength(1));
    expect(errors()[0]).toMatch(/sections\[\d\]: expected an entry for the section "[^"]+", found none/);
    expect(errors()[0]).toContain(`content/translations/${TRANSLATION_ID}.md: expected a translation of content/entries/${ENTRY_ID}.md`);
    expect(stores.entries.get(ENTRY_ID)).toBeDefined();
    writeFileSync(entryFile(), text.replace('kind: quote\n', 'kind: quote\nstatus: rejected\n'));
    watcher.emit('all', 'add', entryFile());
    await vi.waitFor(() => expect(stores.entries.get(ENTRY_ID)).toBeUndefined());
    expect(liveBody(cache('entries'), ENTRY_ID, 'any')).toBeUndefined();
    rmSync(translationFile());
    watcher.emit('all', 'unlink', translationFile());
    await vi.waitFor(() => expect(stores.translations.get(TRANSLATION_ID)).toBeUndefined());
    expect(liveBody(cache('translations'), TRANSLATION_ID, 'any')).toBeUndefined();
    expect(errors()).toHaveLength(1);
  });
});
