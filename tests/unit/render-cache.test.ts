import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRenderCache, renderCacheFile, writeRenderCache } from '../../src/lib/render/markdown/render-cache.ts';

describe('the render cache', () => {
  const cacheDir = () => mkdtempSync(join(tmpdir(), 'explainer-render-cache-'));

  it('keeps one file per data root, base path and collection, and reads back what it wrote', () => {
    const dir = cacheDir();
    const files = new Set([
      renderCacheFile(dir, '/data/a', '/', 'entries'),
      renderCacheFile(dir, '/data/b', '/', 'entries'),
      renderCacheFile(dir, '/data/a', '/pr-42/', 'entries'),
      renderCacheFile(dir, '/data/a', '/', 'themes'),
    ]);
    expect(files.size).toBe(4);
    const file = renderCacheFile(dir, '/data/a', '/', 'entries');
    writeRenderCache(file, { 'a/b': { digest: 'd1', html: '<p>x</p>' } });
    expect(readRenderCache(file)).toEqual({ 'a/b': { digest: 'd1', html: '<p>x</p>' } });
  });

  it('reads a missing or damaged file as empty, so nothing stale is ever trusted', () => {
    const file = renderCacheFile(cacheDir(), '/data/a', '/', 'entries');
    expect(readRenderCache(file)).toEqual({});
    writeRenderCache(file, {});
    writeFileSync(file, '{"truncated": ');
    expect(readRenderCache(file)).toEqual({});
  });

  it("drops what has not been written for a month: other trees, a killed build's search staging", () => {
    const dir = cacheDir();
    const file = renderCacheFile(dir, '/data/a', '/', 'entries');
    writeRenderCache(file, {});
    const folder = join(file, '..');
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    writeFileSync(join(folder, 'old-entries.json'), '{}');
    mkdirSync(join(folder, 'search-123'));
    writeFileSync(join(folder, 'search-123', 'pagefind.js'), '');
    utimesSync(join(folder, 'old-entries.json'), old, old);
    utimesSync(join(folder, 'search-123'), old, old);
    writeFileSync(join(folder, 'recent-entries.json'), '{}');
    writeRenderCache(file, {});
    expect(readdirSync(folder).sort()).toEqual([file.split('/').pop(), 'recent-entries.json'].sort());
  });
});
