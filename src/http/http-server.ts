// The node's HTTP listener (DESIGN.md, src/http): GET /healthz, GET /readyz, GET /metrics and the
// /v1 admin API (admin-routes.ts) on fastify, one fastify instance per node. Part of src/http/, a production adapter started by
// src/cli/node.ts; the node itself never depends on it, so the simulator runs without HTTP.
//
// /healthz answers whether the process is alive and able to serve (it is, unless the node hit a
// fatal error and is about to exit); /readyz whether the node is ready for clients (metadata
// caught up and the Kafka listener open). Orchestrators restart on the first and route on the
// second, as Kubernetes' liveness and readiness probes do.
import assert from 'node:assert/strict';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AdminSession } from '../admin/admin-session.js';
import type { Logger } from '../log/logger.js';
import { registerAdminRoutes } from './admin-routes.js';
import { registerConsoleRoutes } from './console/console-routes.js';
import type { NodeMetrics } from './node-metrics.js';

/** What the probes report; read on every request. */
export interface NodeHealth {
  /** False once the node failed fatally (the process is ending). */
  readonly live: boolean;
  /** True while the node serves clients: started, caught up, not stopping. */
  readonly ready: boolean;
  /** Why the node is not ready (or not live), for the probe's body. */
  readonly reason: string;
}

export interface HttpAppOptions {
  readonly metrics: NodeMetrics;
  readonly health: () => NodeHealth;
  /** The admin session the /v1 routes answer through; without it they are not served. */
  readonly admin?: AdminSession;
}

/** Builds the fastify app without listening (tests call `inject()` on it). */
export function buildHttpApp(options: HttpAppOptions): FastifyInstance {
  // An unknown field is refused (400 naming it), not silently dropped as fastify does by default.
  const app = Fastify({ logger: false, ajv: { customOptions: { removeAdditional: false } }, schemaErrorFormatter });
  app.get('/healthz', async (_request, reply) => {
    const health = options.health();
    return reply.code(health.live ? 200 : 503).send({ status: health.live ? 'ok' : 'failed', reason: health.reason });
  });
  app.get('/readyz', async (_request, reply) => {
    const health = options.health();
    const ready = health.live && health.ready;
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', reason: health.reason });
  });
  app.get('/metrics', async (_request, reply) => {
    const text = await options.metrics.render();
    return reply.type(options.metrics.registry.contentType).send(text);
  });
  if (options.admin !== undefined) {
    registerAdminRoutes(app, options.admin);
    registerConsoleRoutes(app);
  }
  return app;
}

/**
 * The message of a 400 for a request that breaks its schema: each problem with the field it is
 * about, including the name of an unknown field (Ajv's own text leaves that out).
 */
function schemaErrorFormatter(errors: ReadonlyArray<{ instancePath: string; message?: string; params: Record<string, unknown> }>,
  dataVariable: string): Error {
  const problems = errors.map((error) => {
    const unknown = error.params['additionalProperty'];
    const field = `${dataVariable}${error.instancePath.replaceAll('/', '.')}`;
    return `${field} ${error.message ?? 'is invalid'}${typeof unknown === 'string' ? `: "${unknown}"` : ''}`;
  });
  return new Error(problems.join('; '));
}

/** A listening HTTP server. */
export interface HttpServer {
  /** The bound "host:port" (a requested port 0 is resolved). */
  readonly address: string;
  close(): Promise<void>;
}

/** Starts the HTTP listener on `host:port`; rejects when the address cannot be bound. */
export async function startHttpServer(
  listen: { readonly host: string; readonly port: number },
  options: HttpAppOptions & { readonly logger: Logger },
): Promise<HttpServer> {
  const app = buildHttpApp(options);
  await app.listen({ host: listen.host, port: listen.port });
  const bound = app.server.address();
  assert.ok(bound !== null && typeof bound === 'object', 'a listening HTTP server has a TCP address');
  const address = `${listen.host}:${bound.port}`;
  options.logger.info('http listening', { address });
  return {
    address,
    close: async () => {
      await app.close();
      options.logger.info('http closed', { address });
    },
  };
}
