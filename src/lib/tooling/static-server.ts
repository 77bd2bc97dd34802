/**
 * A tiny static file server for the built site, serving it under a base path
 * the way a static host or CDN would: `dir/` serves `dir/index.html`, unknown
 * paths get 404.html with status 404, and nothing outside the base exists.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** Origin plus base, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    void respond(root, base, request.url ?? '/').then(({ status, type, body }) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function respond(root: string, base: string, rawUrl: string): Promise<{ status: number; type: string; body: Buffer }> {
  const path = decodeURIComponent(new URL(rawUrl, 'http://localhost').pathname);
  if (path.startsWith(base) && !path.includes('\0')) {
    const relativePath = normalize(path.slice(base.length)).replace(/^(\.\.(\/|$))+/, '');
    for (const candidate of [relativePath, join(relativePath, 'index.html')]) {
      const file = join(root, candidate);
      if ((await stat(file).catch(() => undefined))?.isFile()) {
        return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) };
      }
    }
  }
  return { status: 404, type: TYPES['.html']!, body: await readFile(join(root, '404.html')) };
}
