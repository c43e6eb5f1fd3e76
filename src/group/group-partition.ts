// Which partition of `__consumer_offsets` holds a group: Kafka's rule, so that a Weir cluster and
// Kafka's tools (and a Kafka cluster reading the same topic) agree on every group's coordinator.
// Kafka computes `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`
// (GroupCoordinatorService.partitionFor), where String.hashCode is Java's: s[0]·31^(n-1) + … +
// s[n-1] over UTF-16 code units in 32-bit two's-complement arithmetic, and Utils.abs maps
// Integer.MIN_VALUE to 0 (Math.abs would leave it negative). Pure.
import assert from 'node:assert/strict';

const int32Min = -2_147_483_648;

/**
 * Java's `String.hashCode()`: a 32-bit signed integer over the string's UTF-16 code units.
 *
 * @example
 * javaStringHashCode('a'); // 97
 * javaStringHashCode('polygenelubricants'); // -2147483648 (Integer.MIN_VALUE)
 */
export function javaStringHashCode(text: string): number {
  let hash = 0;
  for (let index = 0; index < text.length; index += 1) {
    hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  }
  return hash;
}

/** Kafka's `Utils.abs`: the absolute value, with Integer.MIN_VALUE mapped to 0. */
export function kafkaAbs(value: number): number {
  assert.ok(Number.isInteger(value) && value >= int32Min && value <= 2_147_483_647, 'an int32');
  return value === int32Min ? 0 : Math.abs(value);
}

/**
 * The `__consumer_offsets` partition of `groupId` among `partitionCount` partitions.
 *
 * @example
 * groupPartition('my-group', 50); // the index Kafka's coordinator lookup gives
 */
export function groupPartition(groupId: string, partitionCount: number): number {
  assert.ok(Number.isInteger(partitionCount) && partitionCount > 0, 'the offsets topic has partitions');
  const partition = kafkaAbs(javaStringHashCode(groupId)) % partitionCount;
  assert.ok(partition >= 0 && partition < partitionCount, 'the partition is one of the topic\'s');
  return partition;
}
