/**
 * A static file server for the built site (sirv behind a base-path check),
 * serving it the way a static host or CDN would: `dir/` serves
 * `dir/index.html`, unknown paths get 404.html with status 404, and nothing
 * outside the base exists.
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin plus base, ending in `/`. */
  url: string;
  close: () => Promise<void>;
}

export async function serveDist(root: string, base = '/'): Promise<StaticServer> {
  const notFoundPage = readFileSync(join(root, '404.html'));
  const notFound = (response: ServerResponse) => {
    response.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(notFoundPage);
  };
  // `dev` looks every request up on disk and answers `no-store`, so a rebuilt folder is served as it is now.
  const files = sirv(root, { dev: true, onNoMatch: (_request, response) => notFound(response) });
  const server = createServer((request, response) => {
    if (!request.url?.startsWith(base)) return notFound(response);
    request.url = request.url.slice(base.length - 1);
    files(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    // A host stops serving when told to: a connection a browser still holds open (keep-alive, a request in
    // flight) is ended rather than waited for.
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
