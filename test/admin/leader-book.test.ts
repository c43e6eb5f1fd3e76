// Goal: the LeaderBook maps each partition to its leader's address as Metadata (and KIP-951
// hints) said, groups partitions per leader, and never invents a leader it has no address for.
import { describe, expect, test } from 'vitest';

import { LeaderBook, brokerAddress } from '../../src/admin/leader-book.js';
import type { MetadataResponse } from '../../src/protocol/generated/messages/metadata.js';

function metadata(leaders: readonly number[]): Pick<MetadataResponse, 'brokers' | 'topics'> {
  return {
    brokers: [1, 2, 3].map((nodeId) => ({ nodeId, host: `node-${nodeId}`, port: 9092, rack: null })),
    topics: [{ name: 't', partitions: leaders.map((leaderId, partitionIndex) => ({ partitionIndex, leaderId })) }],
  } as unknown as Pick<MetadataResponse, 'brokers' | 'topics'>;
}

describe('LeaderBook', () => {
  test('groups partitions by their leader; no leader (-1) or an unknown topic groups under null', () => {
    const book = new LeaderBook();
    expect(book.knowsTopic('t')).toBe(false);
    expect(book.groupByLeader('t', [0])).toEqual(new Map([[null, [0]]]));
    book.learnMetadata(metadata([2, 3, 2, -1]));
    expect(book.groupByLeader('t', [0, 1, 2, 3])).toEqual(new Map([
      ['node-2:9092', [0, 2]], ['node-3:9092', [1]], [null, [3]],
    ]));
  });

  test('a newer Metadata answer replaces the topic; a hint moves one partition, but only to a known broker', () => {
    const book = new LeaderBook();
    book.learnMetadata(metadata([2, 3]));
    book.learnLeader('t', 0, 3);
    expect(book.leaderAddress('t', 0)).toBe('node-3:9092');
    book.learnLeader('t', 1, 7);
    book.learnLeader('t', 1, -1);
    expect(book.leaderAddress('t', 1)).toBe('node-3:9092');
    book.learnMetadata(metadata([1]));
    expect(book.leaderAddress('t', 0)).toBe('node-1:9092');
    expect(book.leaderAddress('t', 1)).toBeNull();
  });

  test('an IPv6 host is bracketed', () => {
    expect(brokerAddress('::1', 9092)).toBe('[::1]:9092');
    expect(brokerAddress('10.0.0.1', 9092)).toBe('10.0.0.1:9092');
  });
});
