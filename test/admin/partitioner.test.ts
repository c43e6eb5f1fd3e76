// Goal: `weir produce` puts a keyed record where Kafka's default partitioner (the Java client's,
// kafkajs's) puts it: murmur2 of the key, made positive, modulo the partition count.
// Method: Kafka's own murmur2 test vectors (clients UtilsTest), then a property against kafkajs's
// independent implementation of the same hash on random keys.
import { createRequire } from 'node:module';

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { murmur2, partitionForKey } from '../../src/admin/partitioner.js';

const require = createRequire(import.meta.url);
const kafkajsMurmur2 = require('kafkajs/src/producer/partitioners/default/murmur2.js') as (key: Buffer) => number;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("Kafka's default partitioner", () => {
  test.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
  ])('murmur2(%j) is %i, as in Kafka', (key, hash) => {
    expect(murmur2(utf8(key))).toBe(hash);
  });

  test('murmur2 agrees with kafkajs on random keys of every length remainder', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (key) => {
      expect(murmur2(key)).toBe(kafkajsMurmur2(Buffer.from(key)));
    }), { seed: 21, numRuns: 500 });
  });

  test('a key maps into the partitions, as toPositive(murmur2) % count', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 32 }), fc.integer({ min: 1, max: 1000 }), (key, count) => {
      const partition = partitionForKey(key, count);
      expect(partition).toBe((kafkajsMurmur2(Buffer.from(key)) & 0x7fffffff) % count);
    }), { seed: 22, numRuns: 300 });
  });
});
