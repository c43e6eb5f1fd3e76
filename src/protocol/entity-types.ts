// Branded types for the ids and names Kafka's schemas tag with an `entityType` (brokerId,
// topicName, groupId, producerId, transactionalId) and for UUIDs. The generated codecs type those
// fields with these brands so that a topic name cannot be passed where a group id is expected.
// They live in src/protocol because protocol must not depend on raft/ or broker internals; other
// layers convert at their boundary. Ids stay plain numbers (int32) or bigints (int64) at runtime.
import assert from 'node:assert/strict';

declare const brand: unique symbol;
/** `T` tagged with a compile-time-only name. */
type Brand<T, Name extends string> = T & { readonly [brand]: Name };

/** A broker or controller node id (`node.id`, int32); -1 means "none" on the wire. */
export type NodeId = Brand<number, 'NodeId'>;
/** A topic name (string). */
export type TopicName = Brand<string, 'TopicName'>;
/** A consumer group id (string). */
export type GroupId = Brand<string, 'GroupId'>;
/** A transactional producer id (string). */
export type TransactionalId = Brand<string, 'TransactionalId'>;
/** A producer id (int64); -1 means "not idempotent". */
export type ProducerId = Brand<bigint, 'ProducerId'>;
/**
 * A 128-bit UUID in Kafka's textual form: 22 characters of URL-safe base64 without padding, as
 * `Uuid.toString()` prints topic ids. Invariant: decodes to exactly 16 bytes.
 */
export type Uuid = Brand<string, 'Uuid'>;

/** The all-zero UUID, Kafka's `Uuid.ZERO_UUID`: the default of every uuid field. */
export const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA' as Uuid;

/** Brands an int32 node id. Precondition: a 32-bit signed integer. */
export function nodeId(value: number): NodeId {
  assert.ok(Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff);
  return value as NodeId;
}

/** Brands a topic name (no validation: topic name rules belong to the broker). */
export function topicName(value: string): TopicName {
  return value as TopicName;
}

/** Brands a group id. */
export function groupId(value: string): GroupId {
  return value as GroupId;
}

/** Brands a transactional id. */
export function transactionalId(value: string): TransactionalId {
  return value as TransactionalId;
}

/** Brands an int64 producer id. Precondition: a 64-bit signed integer. */
export function producerId(value: bigint): ProducerId {
  assert.ok(value >= -(2n ** 63n) && value < 2n ** 63n);
  return value as ProducerId;
}

const uuidPattern = /^[A-Za-z0-9_-]{21}[AQgw]$/;

/** True when `text` is a UUID in Kafka's 22-character URL-safe base64 form. */
export function isUuid(text: string): text is Uuid {
  return uuidPattern.test(text);
}

/** The UUID spelled by 16 bytes. Precondition: exactly 16 bytes. */
export function uuidFromBytes(bytes: Uint8Array): Uuid {
  assert.equal(bytes.length, 16);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
  assert.equal(text.length, 22);
  return text as Uuid;
}

/** The 16 bytes of a UUID. Precondition: `isUuid(uuid)`. */
export function uuidToBytes(uuid: Uuid): Uint8Array {
  assert.ok(isUuid(uuid), 'uuid must be 22 characters of URL-safe base64');
  const bytes = Buffer.from(uuid, 'base64url');
  assert.equal(bytes.length, 16);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * An int64 from the wire as a JavaScript number, for offsets, timestamps and counts that domain
 * code keeps as numbers. Returns undefined when the value is outside the safe-integer range
 * (beyond 2^53 - 1), so the caller answers with an error code instead of losing precision.
 * @example int64ToSafeNumber(42n) // 42
 */
export function int64ToSafeNumber(value: bigint): number | undefined {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) return undefined;
  return Number(value);
}
