// The "authorized operations" a client may ask for in Metadata (v8+), DescribeCluster and DescribeGroups (v3+) (KIP-430):
// a 32-bit field with bit `code` set for each AclOperation the caller may perform on a resource.
// Weir has no authorizer, and Kafka without one answers every operation the resource type
// supports (AuthHelper.authorizedOperations with `authorizer = None`, the sets of
// AclEntry.supportedOperations); a field the client did not ask for holds the schema default
// INT32_MIN, which clients read as "not provided". Pure: no broker state is consulted.
import assert from 'node:assert/strict';

/** AclOperation codes (Kafka's org.apache.kafka.common.acl.AclOperation). */
export const AclOperation = {
  READ: 3,
  WRITE: 4,
  CREATE: 5,
  DELETE: 6,
  ALTER: 7,
  DESCRIBE: 8,
  CLUSTER_ACTION: 9,
  DESCRIBE_CONFIGS: 10,
  ALTER_CONFIGS: 11,
  IDEMPOTENT_WRITE: 12,
} as const;

/** An AclOperation code. */
export type AclOperationCode = (typeof AclOperation)[keyof typeof AclOperation];

/** The resource types whose operations Weir reports. */
export type AuthorizedResourceType = 'topic' | 'cluster' | 'group';

/** The schema default of every authorized-operations field: the client did not ask. */
export const AUTHORIZED_OPERATIONS_OMITTED = -2147483648;

/** The operations each resource type supports, as AclEntry.supportedOperations lists them. */
const supportedOperations: Readonly<Record<AuthorizedResourceType, readonly AclOperationCode[]>> = {
  topic: [AclOperation.READ, AclOperation.WRITE, AclOperation.CREATE, AclOperation.DESCRIBE,
    AclOperation.DELETE, AclOperation.ALTER, AclOperation.DESCRIBE_CONFIGS, AclOperation.ALTER_CONFIGS],
  cluster: [AclOperation.CREATE, AclOperation.CLUSTER_ACTION, AclOperation.DESCRIBE_CONFIGS,
    AclOperation.ALTER_CONFIGS, AclOperation.IDEMPOTENT_WRITE, AclOperation.ALTER, AclOperation.DESCRIBE],
  group: [AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DELETE],
};

/**
 * The bit field of a set of operations, as Kafka's Utils.to32BitField builds it.
 *
 * @example
 * operationsBitField([AclOperation.READ, AclOperation.WRITE]); // (1 << 3) | (1 << 4) = 24
 */
export function operationsBitField(operations: readonly AclOperationCode[]): number {
  let field = 0;
  for (const operation of operations) {
    assert.ok(Number.isInteger(operation) && operation >= 0 && operation < 31, 'an operation code fits the field');
    field |= 1 << operation;
  }
  assert.ok(field >= 0, 'no operation reaches the sign bit');
  return field;
}

/**
 * What to answer for a resource's authorized operations: every supported operation when the
 * client asked (no authorizer denies any), INT32_MIN when it did not.
 */
export function authorizedOperations(resourceType: AuthorizedResourceType, requested: boolean): number {
  if (!requested) return AUTHORIZED_OPERATIONS_OMITTED;
  return operationsBitField(supportedOperations[resourceType]);
}
