// The HTTP admin API (src/http/): /v1 routes over the admin operations of src/admin/, which talk
// to this node's own Kafka listener, so the API sees the cluster exactly as a Kafka client does
// and, once brokers forward admin requests, acts on the whole cluster from any node. Every route
// has a JSON schema, so a bad request is a 400 that names the field; the same table of routes
// yields the OpenAPI document at /v1/openapi.json (openapi.ts).
import type { FastifyInstance, FastifyReply } from 'fastify';

import { AdminError } from '../admin/admin-error.js';
import type { AdminSession } from '../admin/admin-session.js';
import { describeCluster, describeQuorum } from '../admin/cluster-admin.js';
import {
  addPartitions, alterTopicConfigs, createTopic, deleteTopic, describeTopic, listTopics, readTopicConfigs,
} from '../admin/topic-admin.js';
import { addVoter, removeVoter } from '../admin/quorum-voters.js';
import type { Uuid } from '../protocol/mod.js';
import { adminRouteSchemas, type AdminRoute } from './admin-schemas.js';
import { groupHandlers } from './group-routes.js';
import { produceRecords, readRecords, type ProduceBody, type RecordsQuery } from './record-routes.js';
import { openApiDocument } from './openapi.js';

/** The path parameters; each route has the ones its URL names. */
type Params = { topic: string; group: string };

/** The handler of each route, by "METHOD url"; every route of the schema table has one. */
function handlers(session: AdminSession): Record<string, (request: { params: Params; body: unknown; query: unknown }, reply: FastifyReply) => Promise<unknown>> {
  return {
    'GET /v1/cluster': () => describeCluster(session),
    'GET /v1/brokers': async () => (await describeCluster(session)).brokers,
    'GET /v1/quorum': () => describeQuorum(session),
    'POST /v1/quorum/voters': async (request) => {
      const body = request.body as { id: number; directoryId: string; listener?: string; host: string; port: number };
      await addVoter(session, { id: body.id, directoryId: body.directoryId as Uuid, listenerName: body.listener ?? 'CONTROLLER',
        host: body.host, port: body.port });
      return describeQuorum(session);
    },
    'DELETE /v1/quorum/voters/:id': async (request) => {
      const id = Number((request.params as unknown as { id: number }).id);
      await removeVoter(session, id, (request.query as { directoryId: string }).directoryId as Uuid);
      return describeQuorum(session);
    },
    'GET /v1/topics': () => listTopics(session),
    'POST /v1/topics': async (request, reply) => {
      const body = request.body as { name: string; partitions?: number; replicationFactor?: number; configs?: Record<string, string> };
      await createTopic(session, { name: body.name, partitions: body.partitions ?? -1, replicationFactor: body.replicationFactor ?? -1,
        configs: Object.entries(body.configs ?? {}) });
      return reply.code(201).send(await describeTopic(session, body.name));
    },
    'GET /v1/topics/:topic': (request) => describeTopic(session, request.params.topic),
    'DELETE /v1/topics/:topic': async (request, reply) => {
      await deleteTopic(session, request.params.topic);
      return reply.code(204).send();
    },
    'GET /v1/topics/:topic/partitions': async (request) => (await describeTopic(session, request.params.topic)).partitions,
    'POST /v1/topics/:topic/partitions': async (request) => {
      await addPartitions(session, request.params.topic, (request.body as { count: number }).count);
      return (await describeTopic(session, request.params.topic)).partitions;
    },
    'GET /v1/topics/:topic/configs': (request) => readTopicConfigs(session, request.params.topic),
    'PATCH /v1/topics/:topic/configs': async (request) => {
      const body = request.body as { set?: Record<string, string>; reset?: string[] };
      await alterTopicConfigs(session, request.params.topic, { set: Object.entries(body.set ?? {}), reset: body.reset ?? [] });
      return readTopicConfigs(session, request.params.topic);
    },
    'GET /v1/topics/:topic/records': (request) => readRecords(session, request.params.topic, request.query as RecordsQuery),
    'POST /v1/topics/:topic/records': (request) => produceRecords(session, request.params.topic, request.body as ProduceBody),
    ...groupHandlers(session),
  };
}

/** Refusals that say the thing is in a state that does not allow it: 409 Conflict. */
const conflictErrors: ReadonlySet<string> = new Set(['TOPIC_ALREADY_EXISTS', 'NON_EMPTY_GROUP']);

/** The HTTP status for an admin failure. */
function statusOf(error: AdminError): number {
  switch (error.failure) {
    case 'unavailable': return 503;
    case 'not-found': return 404;
    case 'invalid': return 400;
    case 'refused': return conflictErrors.has(error.kafkaError ?? '') ? 409 : 422;
    default: {
      const unexpected: never = error.failure;
      throw new Error(`unexpected failure ${String(unexpected)}`);
    }
  }
}

/** Registers the /v1 routes on `app`, answering through `session`. */
export function registerAdminRoutes(app: FastifyInstance, session: AdminSession): void {
  const byKey = handlers(session);
  for (const route of adminRouteSchemas) {
    const handler = byKey[`${route.method} ${route.url}`];
    if (handler === undefined) throw new Error(`no handler for ${route.method} ${route.url}`);
    app.route({
      method: route.method, url: route.url, schema: fastifySchema(route),
      handler: async (request, reply) => {
        try {
          return await handler(request as never, reply);
        } catch (error) {
          if (!(error instanceof AdminError)) throw error;
          return reply.code(statusOf(error)).send({ error: error.kafkaError ?? error.failure, message: error.message });
        }
      },
    });
  }
  app.get('/v1/openapi.json', async () => openApiDocument(adminRouteSchemas));
}

function fastifySchema(route: AdminRoute): Record<string, unknown> {
  return {
    ...(route.params === undefined ? {} : { params: route.params }),
    ...(route.query === undefined ? {} : { querystring: route.query }),
    ...(route.body === undefined ? {} : { body: route.body }),
  };
}
