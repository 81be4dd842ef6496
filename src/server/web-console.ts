import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { handleNotFound } from './errors.ts';

/** Paths that belong to the API: an unknown one is a JSON 404, never the console's page. */
const apiPaths = /^\/(api|docs|openapi\.json|healthz)(\/|$|\?)/;

/**
 * Serves the built web console at `/` (hashed assets cached for a year, pre-compressed copies when the client
 * accepts them) and answers every other GET that is not the API with `index.html`, so a client route such as
 * `/duty` can be reloaded or linked. Nothing is served when the console is not built (`ensureWebBuild`).
 */
export async function serveWebConsole(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    preCompressed: true,
    index: false,
    serve: true,
    setHeaders: (reply, path) => {
      const immutable = path.includes(`${join(distDir, 'assets')}`);
      void reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const page = { schema: { hide: true } };
  const sendPage = (request: Parameters<typeof handleNotFound>[0], reply: Parameters<typeof handleNotFound>[1]) => {
    const path = request.url.split('?')[0] ?? '/';
    // A missing file (an old hashed asset, a typo) is a 404, not the page: a script tag must not get HTML.
    if (apiPaths.test(request.url) || /\.[a-z0-9]+$/i.test(path)) return handleNotFound(request, reply);
    void reply.header('cache-control', 'no-cache').sendFile('index.html', distDir);
  };
  app.get('/', page, (request, reply) => sendPage(request, reply));
  app.get('/*', page, (request, reply) => sendPage(request, reply));
  return true;
}
