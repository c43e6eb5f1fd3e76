// Goal: a group's offsets partition is the one Kafka computes, abs(groupId.hashCode()) %
// partitions with Java's String.hashCode and Utils.abs (MIN_VALUE → 0), so Weir and Kafka's tools
// agree on every group's coordinator. Method: values computed with Java's own String.hashCode
// (JDK 17, `java H.java`, recorded below), and the hash against a naive BigInt reference.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupPartition, javaStringHashCode, kafkaAbs } from '../../src/group/group-partition.js';

// [group id, Java's "".hashCode(), partition among 50] as the JDK printed them.
const javaValues: ReadonlyArray<readonly [string, number, number]> = [
  ['a', 97, 47],
  ['my-group', -1906497762, 12],
  ['polygenelubricants', -2147483648, 0],
  ['console-consumer-12345', 158455506, 6],
  ['test-group', 627841412, 12],
  ['', 0, 0],
  ['\u00e9\u20ac\uD83D\uDE00', 16752006, 6],
];

describe('group partition (Kafka GroupCoordinatorService.partitionFor)', () => {
  test.each(javaValues)('%j hashes as Java does and lands in Kafka\'s partition', (groupId, hash, partition) => {
    expect(javaStringHashCode(groupId)).toBe(hash);
    expect(groupPartition(groupId, 50)).toBe(partition);
  });

  test('Utils.abs maps Integer.MIN_VALUE to 0, not to a negative partition', () => {
    expect(kafkaAbs(-2147483648)).toBe(0);
    expect(kafkaAbs(-5)).toBe(5);
    expect(groupPartition('polygenelubricants', 7)).toBe(0);
  });

  test('the hash equals the polynomial over UTF-16 code units reduced to a signed 32-bit integer', () => {
    // Any UTF-16 code units, lone surrogates included: Java hashes units, not code points.
    const utf16 = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 })
      .map((units) => String.fromCharCode(...units));
    fc.assert(fc.property(utf16, (text) => {
      let reference = 0n;
      for (let index = 0; index < text.length; index += 1) reference = reference * 31n + BigInt(text.charCodeAt(index));
      return javaStringHashCode(text) === Number(BigInt.asIntN(32, reference));
    }), { numRuns: 200 });
  });

  test('every group lands in one of the partitions', () => {
    fc.assert(fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (groupId, count) => {
      const partition = groupPartition(groupId, count);
      return partition >= 0 && partition < count;
    }));
  });
});
