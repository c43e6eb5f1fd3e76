// Goal: the authorized-operations bit field is Kafka's: without an authorizer every operation the
// resource type supports (AclEntry.supportedOperations), one bit per AclOperation code
// (Utils.to32BitField), and INT32_MIN when the client did not ask.
// Method: the pure module against the operation names and codes written out from Kafka's sources.
import { expect, test } from 'vitest';
import {
  AUTHORIZED_OPERATIONS_OMITTED, AclOperation, authorizedOperations, operationsBitField,
} from '../../src/broker/authorized-operations.js';

/** AclOperation codes as Kafka's AclOperation.java numbers them. */
const kafkaCodes: Readonly<Record<string, number>> = {
  READ: 3, WRITE: 4, CREATE: 5, DELETE: 6, ALTER: 7, DESCRIBE: 8, CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10, ALTER_CONFIGS: 11, IDEMPOTENT_WRITE: 12,
};

function operationsIn(field: number): string[] {
  return Object.entries(kafkaCodes).filter(([, code]) => (field & (1 << code)) !== 0).map(([name]) => name).sort();
}

test('the operation codes are Kafka\'s', () => {
  expect(AclOperation).toEqual(kafkaCodes);
});

test('a topic supports READ, WRITE, CREATE, DELETE, ALTER, DESCRIBE, DESCRIBE_CONFIGS, ALTER_CONFIGS', () => {
  const field = authorizedOperations('topic', true);
  expect(operationsIn(field)).toEqual(['ALTER', 'ALTER_CONFIGS', 'CREATE', 'DELETE', 'DESCRIBE',
    'DESCRIBE_CONFIGS', 'READ', 'WRITE']);
  expect(field).toBe(3576);
});

test('the cluster supports CREATE, CLUSTER_ACTION, DESCRIBE_CONFIGS, ALTER_CONFIGS, IDEMPOTENT_WRITE, ALTER, DESCRIBE', () => {
  const field = authorizedOperations('cluster', true);
  expect(operationsIn(field)).toEqual(['ALTER', 'ALTER_CONFIGS', 'CLUSTER_ACTION', 'CREATE', 'DESCRIBE',
    'DESCRIBE_CONFIGS', 'IDEMPOTENT_WRITE']);
  expect(field).toBe(8096);
});

test('not asked is INT32_MIN, the schema default clients read as "not provided"', () => {
  expect(AUTHORIZED_OPERATIONS_OMITTED).toBe(-(2 ** 31));
  expect(authorizedOperations('topic', false)).toBe(AUTHORIZED_OPERATIONS_OMITTED);
  expect(authorizedOperations('cluster', false)).toBe(AUTHORIZED_OPERATIONS_OMITTED);
});

test('the bit field sets one bit per operation and ignores repeats', () => {
  expect(operationsBitField([])).toBe(0);
  expect(operationsBitField([AclOperation.READ, AclOperation.WRITE, AclOperation.READ])).toBe(24);
});
