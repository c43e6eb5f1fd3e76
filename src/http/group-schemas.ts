// The consumer group routes of the HTTP admin API and their JSON schemas (src/http/), part of the
// route table (admin-schemas.ts) that fastify validates against and the OpenAPI document is built
// from. A reset names its target as kafka-consumer-groups does (--to-earliest, --to-latest,
// --to-offset, --to-datetime, --shift-by), and a target's value is required with it.

import type { AdminRoute } from './admin-schemas.js';

/** A group id: any non-empty string Kafka's protocol can carry (an int16-length string). */
const groupParams = {
  type: 'object', required: ['group'], additionalProperties: false,
  properties: { group: { type: 'string', minLength: 1, maxLength: 32_767 } },
} as const;

/** The value each target needs, named in the 400 when it is missing. */
const targetValues = [['offset', 'offset'], ['timestamp', 'timestamp'], ['shift-by', 'shiftBy']] as const;

const resetBody = {
  type: 'object', required: ['to'], additionalProperties: false,
  properties: {
    to: { enum: ['earliest', 'latest', 'offset', 'timestamp', 'shift-by'] },
    offset: { type: 'integer', minimum: 0 },
    timestamp: { type: 'integer', minimum: 0, description: 'ms since the epoch' },
    shiftBy: { type: 'integer' },
    topics: {
      type: 'array', minItems: 1, description: 'default: every partition the group has committed',
      items: {
        type: 'object', required: ['topic'], additionalProperties: false,
        properties: {
          topic: { type: 'string', minLength: 1, maxLength: 249, pattern: '^[a-zA-Z0-9._-]+$' },
          partitions: { type: 'array', minItems: 1, items: { type: 'integer', minimum: 0 } },
        },
      },
    },
    dryRun: { type: 'boolean', default: false, description: 'true: answer the plan without committing it' },
  },
  allOf: targetValues.map(([to, field]) => ({ if: { required: ['to'], properties: { to: { const: to } } }, then: { required: [field] } })),
} as const;

/** The /v1/groups routes. */
export const groupRouteSchemas: readonly AdminRoute[] = [
  { method: 'GET', url: '/v1/groups', summary: 'Every consumer group with its type, state, coordinator, member count and total lag' },
  {
    method: 'GET', url: '/v1/groups/:group', params: groupParams,
    summary: 'A group: state, protocol, members with their assignments, and per partition the committed offset, log end and lag',
  },
  {
    method: 'POST', url: '/v1/groups/:group/reset-offsets', params: groupParams, body: resetBody,
    summary: 'Reset the committed offsets of a group without members (409 while it has some); dryRun answers the plan only',
  },
  { method: 'DELETE', url: '/v1/groups/:group', params: groupParams, summary: 'Delete a group without members, and its offsets' },
];
