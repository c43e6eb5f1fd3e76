// The routes of the HTTP admin API and their JSON schemas (src/http/): one table that fastify
// validates requests against (a bad request is a 400 naming the field) and that the OpenAPI
// document is built from, so the two never disagree. The consumer group routes are group-schemas.ts's.
import { groupRouteSchemas } from './group-schemas.js';

/** One route: method, URL (fastify's `:param` syntax), a summary, and the schemas of its input. */
export interface AdminRoute {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly summary: string;
  readonly params?: object;
  readonly query?: object;
  readonly body?: object;
}

const topicParams = {
  type: 'object', required: ['topic'], additionalProperties: false,
  properties: { topic: { type: 'string', minLength: 1, maxLength: 249, pattern: '^[a-zA-Z0-9._-]+$' } },
} as const;

/** A directory id as meta.properties holds it: a UUID in Kafka's 22-character base64url form. */
const directoryIdSchema = { type: 'string', pattern: '^[A-Za-z0-9_-]{22}$' } as const;

const configValues = { type: 'object', additionalProperties: { type: 'string' } } as const;

const recordInput = {
  type: 'object', required: ['value'], additionalProperties: false,
  properties: {
    key: { type: ['string', 'null'] },
    value: { type: ['string', 'null'] },
    headers: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
    partition: { type: 'integer', minimum: 0 },
  },
} as const;

/** Every /v1 route. */
export const adminRouteSchemas: readonly AdminRoute[] = [
  { method: 'GET', url: '/v1/cluster', summary: 'The cluster id, the active controller and the brokers' },
  { method: 'GET', url: '/v1/brokers', summary: 'The brokers with their addresses and racks' },
  { method: 'GET', url: '/v1/quorum', summary: "The metadata quorum: leader, epoch, high watermark, each voter's lag" },
  {
    method: 'POST', url: '/v1/quorum/voters',
    summary: 'Add a controller (caught up as an observer) to the voters (KIP-853 AddRaftVoter)',
    body: {
      type: 'object', required: ['id', 'directoryId', 'host', 'port'], additionalProperties: false,
      properties: {
        id: { type: 'integer', minimum: 0, maximum: 2_147_483_647 },
        directoryId: directoryIdSchema,
        listener: { type: 'string', minLength: 1 },
        host: { type: 'string', minLength: 1 },
        port: { type: 'integer', minimum: 1, maximum: 65_535 },
      },
    },
  },
  {
    method: 'DELETE', url: '/v1/quorum/voters/:id', summary: 'Remove a voter (KIP-853 RemoveRaftVoter)',
    params: { type: 'object', required: ['id'], additionalProperties: false,
      properties: { id: { type: 'integer', minimum: 0, maximum: 2_147_483_647 } } },
    query: { type: 'object', required: ['directoryId'], additionalProperties: false, properties: { directoryId: directoryIdSchema } },
  },
  { method: 'GET', url: '/v1/topics', summary: 'Every topic with its partition count' },
  {
    method: 'POST', url: '/v1/topics', summary: 'Create a topic (partitions and replication factor default to the broker\'s)',
    body: {
      type: 'object', required: ['name'], additionalProperties: false,
      properties: {
        name: topicParams.properties.topic,
        partitions: { type: 'integer', minimum: 1 },
        replicationFactor: { type: 'integer', minimum: 1, maximum: 32767 },
        configs: configValues,
      },
    },
  },
  { method: 'GET', url: '/v1/topics/:topic', summary: 'A topic: its partitions and the configs set on it', params: topicParams },
  { method: 'DELETE', url: '/v1/topics/:topic', summary: 'Delete a topic', params: topicParams },
  {
    method: 'GET', url: '/v1/topics/:topic/partitions',
    summary: 'Each partition: leader, leader epoch, replicas, ISR, log start offset, high watermark', params: topicParams,
  },
  {
    method: 'POST', url: '/v1/topics/:topic/partitions', summary: 'Grow a topic to `count` partitions in all', params: topicParams,
    body: { type: 'object', required: ['count'], additionalProperties: false, properties: { count: { type: 'integer', minimum: 1 } } },
  },
  { method: 'GET', url: '/v1/topics/:topic/configs', summary: 'The configs set on the topic itself', params: topicParams },
  {
    method: 'PATCH', url: '/v1/topics/:topic/configs', summary: 'Set configs, and reset others to the broker\'s default', params: topicParams,
    body: {
      type: 'object', additionalProperties: false, minProperties: 1,
      properties: { set: configValues, reset: { type: 'array', items: { type: 'string', minLength: 1 } } },
    },
  },
  {
    method: 'GET', url: '/v1/topics/:topic/records',
    summary: 'Read a partition from an offset, a time (ms) or the beginning, at most `limit` records', params: topicParams,
    query: {
      type: 'object', required: ['partition'], additionalProperties: false,
      properties: {
        partition: { type: 'integer', minimum: 0 },
        offset: { type: 'integer', minimum: 0 },
        timestamp: { type: 'integer', minimum: 0 },
        limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
      },
    },
  },
  {
    method: 'POST', url: '/v1/topics/:topic/records', summary: 'Write records (acks=all); keys are placed by Kafka\'s partitioner',
    params: topicParams,
    body: {
      type: 'object', required: ['records'], additionalProperties: false,
      properties: { records: { type: 'array', minItems: 1, maxItems: 10000, items: recordInput } },
    },
  },
  ...groupRouteSchemas,
];
