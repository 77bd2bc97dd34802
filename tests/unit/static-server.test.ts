/**
 * The server the browser tests and screenshots use must behave like the
 * static host a preview is deployed to, base path included, or a page that
 * works in the tests could fail for readers.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticServer } from '../../src/lib/tooling/static-server.ts';

const FILES: Record<string, string> = {
  'index.html': '<h1>home</h1>',
  '404.html': '<h1>not found</h1>',
  'themes/a/index.html': '<h1>theme a</h1>',
  'assets/site.css': 'body{}',
  'pagefind/pagefind.js': 'export {};',
  'caf\u00e9/index.html': '<h1>café</h1>',
};

let server: StaticServer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-serve-'));
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, 'dist', path)), { recursive: true });
    writeFileSync(join(dir, 'dist', path), text);
  }
  server = await serveDist(join(dir, 'dist'), '/pr-42/');
});

afterAll(() => server?.close());

/** A raw GET, so paths reach the server exactly as written (fetch would normalise `..`). */
function get(path: string): Promise<{ status: number; type: string; cache: string; body: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          type: String(response.headers['content-type']).replace(/\s/g, ''),
          cache: String(response.headers['cache-control']),
          body,
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the static server for the built site', () => {
  it('serves the site under its base path, a folder by its index.html, with types and no caching', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pr-42\/$/);
    expect(await get('/pr-42/')).toEqual({ status: 200, type: 'text/html;charset=utf-8', cache: 'no-store', body: '<h1>home</h1>' });
    expect(await get('/pr-42/themes/a/')).toMatchObject({ status: 200, body: '<h1>theme a</h1>' });
    expect(await get('/pr-42/themes/a')).toMatchObject({ status: 200, body: '<h1>theme a</h1>' });
    expect(await get('/pr-42/themes/a/?page=2#x')).toMatchObject({ status: 200, body: '<h1>theme a</h1>' });
    expect(await get('/pr-42/caf%C3%A9/')).toMatchObject({ status: 200, body: '<h1>café</h1>' });
    expect(await get('/pr-42/assets/site.css')).toMatchObject({ status: 200, type: 'text/css', body: 'body{}' });
    expect((await get('/pr-42/pagefind/pagefind.js')).type).toBe('text/javascript');
  });

  it('answers 404 with the site’s 404 page for a missing path, outside the base, above the root or malformed', async () => {
    for (const path of [
      '/pr-42/no-such-page/',
      '/themes/a/',
      '/pr-42',
      '/pr-42/../secret.txt',
      '/pr-42/%2e%2e/secret.txt',
      '/pr-42/%E0%A4%A/',
    ]) {
      expect(await get(path), path).toMatchObject({ status: 404, type: 'text/html;charset=utf-8', body: '<h1>not found</h1>' });
    }
    expect((await get('/pr-42/')).status).toBe(200);
  });
});
