// Goal: the image-agreement checker's digest (sim/cluster/image-digest.ts) depends on an image's
// content only: maps filled in another order and equal objects that are not the same object
// digest alike; any changed field, key, element or element order changes it. It keeps each
// object's digest by identity (images are persistent values), so a new image that shares a topic
// with the last one reuses that topic's digest and still sees what changed beside it.
// Method: hand-built image-shaped values (maps of objects, arrays, bigints, bytes).
import { describe, expect, test } from 'vitest';
import type { MetadataImage } from '../../src/metadata/image/metadata-image.js';
import { digestImage } from '../../sim/cluster/image-digest.js';

function topic(name: string, replicas: number[], leader: number) {
  return { name, partitions: [{ partition: 0, replicas, isr: [...replicas], leader, leaderEpoch: 1 }], configs: new Map([['retention.ms', '1000']]) };
}

function image(topics: ReadonlyArray<[string, ReturnType<typeof topic>]>, extra: Record<string, unknown> = {}): MetadataImage {
  return { offset: 7, epoch: 3n, topicsById: new Map(topics), raw: new Uint8Array([1, 2, 3]), ...extra } as unknown as MetadataImage;
}

describe('digestImage', () => {
  test('maps filled in another order and equal copies digest alike', () => {
    const a = image([['a', topic('a', [1, 2], 1)], ['b', topic('b', [2, 3], 2)]]);
    const b = image([['b', topic('b', [2, 3], 2)], ['a', topic('a', [1, 2], 1)]]);
    expect(digestImage(b)).toBe(digestImage(a));
    expect(digestImage(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  test('a changed field, key, element order, byte or bigint changes the digest', () => {
    const base = digestImage(image([['a', topic('a', [1, 2], 1)]]));
    const changed = [
      image([['a', topic('a', [1, 2], 2)]]),
      image([['c', topic('a', [1, 2], 1)]]),
      image([['a', topic('a', [2, 1], 1)]]),
      image([['a', topic('a', [1, 2], 1)]], { raw: new Uint8Array([1, 2, 4]) }),
      image([['a', topic('a', [1, 2], 1)]], { epoch: 4n }),
      image([['a', topic('a', [1, 2], 1)]], { offset: 8 }),
      image([['a', topic('a', [1, 2], 1)], ['b', topic('b', [1, 2], 1)]]),
    ];
    const digests = changed.map(digestImage);
    expect(digests).not.toContain(base);
    expect(new Set(digests).size).toBe(digests.length);
  });

  test('a new image sharing a topic object with the last one still shows what changed beside it', () => {
    const shared = topic('a', [1, 2], 1);
    const first = image([['a', shared]]);
    const second = image([['a', shared], ['b', topic('b', [3], 3)]]);
    expect(digestImage(second)).not.toBe(digestImage(first));
    expect(digestImage(image([['a', shared]]))).toBe(digestImage(first));
  });
});
