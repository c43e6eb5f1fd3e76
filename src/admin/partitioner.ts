// Which partition a record goes to when its producer does not say (src/admin/): Kafka's default
// partitioner, so that a key lands where the Java client, librdkafka's murmur2 partitioner and
// kafkajs put it: murmur2 of the key bytes (seed 0x9747b28c), made positive, modulo the number
// of partitions. Records without a key go round-robin, one batch at a time. Pure.
import assert from 'node:assert/strict';

/**
 * Kafka's 32-bit murmur2 hash (Utils.murmur2), as a signed 32-bit integer.
 *
 * @example
 * murmur2(new TextEncoder().encode('21')); // -973932308
 */
export function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = (0x9747b28c ^ length) | 0;
  const wholeWords = length >>> 2;
  for (let word = 0; word < wholeWords; word += 1) {
    const at = word * 4;
    let k = (data[at] as number) | (data[at + 1] as number) << 8 | (data[at + 2] as number) << 16 | (data[at + 3] as number) << 24;
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  // The last one to three bytes, highest first (Kafka's switch falls through its cases).
  const tail = length & ~3;
  const left = length & 3;
  if (left === 3) h ^= (data[tail + 2] as number) << 16;
  if (left >= 2) h ^= (data[tail + 1] as number) << 8;
  if (left >= 1) {
    h ^= data[tail] as number;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition of a keyed record among `partitionCount`, as Kafka's default partitioner picks. */
export function partitionForKey(key: Uint8Array, partitionCount: number): number {
  assert.ok(Number.isInteger(partitionCount) && partitionCount > 0, 'a topic has at least one partition');
  const partition = (murmur2(key) & 0x7fffffff) % partitionCount;
  assert.ok(partition >= 0 && partition < partitionCount);
  return partition;
}
