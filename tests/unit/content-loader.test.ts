/**
 * The content loader in `astro dev`: an edit re-syncs the collection, and a
 * mistake is logged one line per problem instead of ending the dev server.
 * Runs the loader with a stand-in for Astro's loader context.
 */
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { themeSchema } from '../../src/lib/schema.ts';
import { contentLoader } from '../../src/loaders/content-loader.ts';
import { projectRoot } from '../helpers/build-site.ts';

let root: string;
const data = new Map<string, { data: Record<string, unknown>; digest: string }>();
const store = { get: (id: string) => data.get(id), set: (e: { id: string; data: Record<string, unknown>; digest: string }) => data.set(e.id, e), delete: (id: string) => data.delete(id), keys: () => [...data.keys()] };
const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
const logger = { error: vi.fn() };
const file = () => join(root, 'content/themes/federal-conflict.md');
const question = () => data.get('federal-conflict')?.data['question'];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'explainer-loader-'));
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  delete process.env['EXPLAINER_ROOT'];
  const context = {
    store,
    watcher,
    logger,
    config: { root: pathToFileURL(`${root}/`), base: '/' },
    generateDigest: (text: string) => String(text.length) + text.slice(-40),
    parseData: async ({ data: value }: { data: Record<string, unknown> }) => value,
  };
  await contentLoader('themes', themeSchema).load(context as never);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the content loader under astro dev', () => {
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

    writeFileSync(file(), original.replace('How could the federal government respond?', 'How could Washington hit back?'));
    watcher.emit('all', 'change', file());
    await vi.waitFor(() => expect(question()).toBe('How could Washington hit back?'));
    expect(logger.error).toHaveBeenCalledTimes(1);
  });
});
