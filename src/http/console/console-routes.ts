// The web console's routes (src/http/console/): the page at `/` and its script at
// `/console.js`, both from memory; the page talks to the node only through the /v1 admin API.
import type { FastifyInstance } from 'fastify';

import { consoleHtml } from './console-page.js';
import { consoleScript } from './console-script.js';

/** Serves the console on `app`. */
export function registerConsoleRoutes(app: FastifyInstance): void {
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(consoleHtml));
  app.get('/console.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(consoleScript));
}
