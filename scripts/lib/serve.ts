// A built site served on 127.0.0.1 as a static host would serve it, for the search measurements, the
// relevance test set and the browser tests.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * Serve a built site on 127.0.0.1, on a port the system picks.
 * @param extraPages HTML pages served from memory at the given paths, beside the site (never written into it)
 * @param mount the path the site is served under, as a GitHub Pages project site is (`/atlas/`);
 *   anything outside it answers 404, so a link that forgot the path fails
 */
export async function serve(
  dir: string,
  extraPages: Record<string, string> = {},
  mount = '/',
): Promise<{ origin: string; close: () => Promise<void> }> {
  const handler = sirv(dir, { dev: false, etag: true, dotfiles: false });
  const extras = new Map(Object.entries(extraPages));
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.end('Not found');
  };
  const server: Server = createServer((request, response) => {
    const extra = extras.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (extra !== undefined) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(extra);
      return;
    }
    const url = request.url ?? '/';
    if (!url.startsWith(mount)) return notFound(response);
    request.url = `/${url.slice(mount.length)}`;
    handler(request, response, () => notFound(response));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
