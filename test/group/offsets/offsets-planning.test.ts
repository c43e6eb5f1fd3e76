// Goal: the offsets part's pure rules (src/group/offsets/), one test per rule: what an
// OffsetCommit stores per version (leader epoch from v6, null metadata as ""), which partitions
// it refuses; what OffsetFetch answers for partitions with and without commits and for all
// topics; which offsets OffsetDelete tombstones; when offsets of a group that does not exist
// expire (offsets.retention.minutes after the commit, or at a stored expire timestamp). Method:
// the planners over a real OffsetStore and a hand-built metadata image; groups of neither kind
// (the shard's registry answers undefined), as for simple commits.
import { describe, expect, test } from 'vitest';
import { planOffsetCommit } from '../../../src/group/offsets/commit-offsets.js';
import { planOffsetDelete } from '../../../src/group/offsets/delete-offsets.js';
import { fetchCommittedOffsets } from '../../../src/group/offsets/fetch-offsets.js';
import { expiredOffsets } from '../../../src/group/offsets/offset-expiry.js';
import { offsetCommitRecord } from '../../../src/group/offsets/offset-records.js';
import { OffsetStore } from '../../../src/group/offsets/offset-store.js';
import { emptyImage, type MetadataImage, type TopicImage } from '../../../src/metadata/image/metadata-image.js';
import { ErrorCode, nodeId, topicName, type GroupId, type Uuid } from '../../../src/protocol/mod.js';
import { createOffsetCommitRequest } from '../../../src/protocol/generated/messages/offset-commit.js';
import { createOffsetDeleteRequest } from '../../../src/protocol/generated/messages/offset-delete.js';

function imageWithTopic(name: string, partitionCount: number): MetadataImage {
  const topicImage: TopicImage = { name: topicName(name), topicId: 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid, configs: new Map(),
    partitions: Array.from({ length: partitionCount }, (_, partition) => ({ topicName: topicName(name),
      topicId: 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid, partition, replicas: [nodeId(1)], isr: [nodeId(1)], leader: nodeId(1),
      leaderEpoch: 0, partitionEpoch: 0, addingReplicas: [], removingReplicas: [], leaderRecoveryState: 0, elr: [], lastKnownElr: [] })) };
  return { ...emptyImage(), topicsByName: new Map([[topicImage.name, topicImage]]),
    topicsById: new Map([[topicImage.topicId, topicImage]]) };
}

const image = imageWithTopic('orders', 2);
const noKind = (): undefined => undefined;

function commit(partitions: Array<{ partitionIndex: number; metadata?: string | null; leaderEpoch?: number }>,
  options: { groupId?: string; generation?: number } = {}) {
  return createOffsetCommitRequest({ groupId: (options.groupId ?? 'g') as GroupId,
    generationIdOrMemberEpoch: options.generation ?? -1,
    topics: [{ name: topicName('orders'), partitions: partitions.map((partition) => ({ partitionIndex: partition.partitionIndex,
      committedOffset: 10n, committedLeaderEpoch: partition.leaderEpoch ?? 4, commitTimestamp: 99n,
      committedMetadata: partition.metadata === undefined ? 'm' : partition.metadata })) }] });
}

describe('OffsetCommit planning', () => {
  test('the leader epoch is stored from v6 on; null metadata is stored as ""; the commit time is the coordinator\'s', () => {
    for (const [version, epoch] of [[5, -1], [6, 4]] as const) {
      const plan = planOffsetCommit(commit([{ partitionIndex: 0, metadata: null }]),
        { apiVersion: version, image, nowMs: 1234, metadataMaxBytes: 10, kindOf: noKind });
      expect(plan.records.map((record) => record.value)).toEqual([{ offset: 10n, leaderEpoch: epoch, metadata: '',
        commitTimestamp: 1234n, expireTimestamp: -1n }]);
    }
  });

  test('a partition the topic does not have is UNKNOWN_TOPIC_OR_PARTITION, metadata over the limit OFFSET_METADATA_TOO_LARGE', () => {
    const plan = planOffsetCommit(commit([{ partitionIndex: 2 }, { partitionIndex: 0, metadata: 'x'.repeat(11) },
      { partitionIndex: 1, metadata: 'x'.repeat(10) }]), { apiVersion: 8, image, nowMs: 0, metadataMaxBytes: 10, kindOf: noKind });
    expect(plan.topics[0]?.partitions.map((partition) => partition.errorCode)).toEqual([
      ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, ErrorCode.OFFSET_METADATA_TOO_LARGE, ErrorCode.NONE]);
    expect(plan.records.map((record) => record.key.partition)).toEqual([1]);
  });

  test('a commit from a generation to a group that does not exist writes nothing', () => {
    const plan = planOffsetCommit(commit([{ partitionIndex: 0 }], { generation: 3 }),
      { apiVersion: 9, image, nowMs: 0, metadataMaxBytes: 10, kindOf: noKind });
    expect(plan.records).toEqual([]);
    expect(plan.topics[0]?.partitions[0]?.errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });
});

function storeWith(entries: Array<[string, string, number, bigint, number]>): OffsetStore {
  const store = new OffsetStore();
  for (const [groupId, topic, partition, offset, commitTimestampMs] of entries) {
    store.apply(offsetCommitRecord({ groupId, topic, partition }, { offset, leaderEpoch: 1, metadata: 'x', commitTimestampMs }));
  }
  return store;
}

describe('OffsetFetch answers', () => {
  test('named partitions without a commit are -1, epoch -1, metadata ""; null topics list every commit in order', () => {
    const store = storeWith([['g', 'zeta', 1, 5n, 0], ['g', 'alpha', 3, 7n, 0], ['g', 'alpha', 0, 6n, 0], ['h', 'alpha', 0, 1n, 0]]);
    expect(fetchCommittedOffsets(store, 'g', [{ name: topicName('alpha'), partitionIndexes: [0, 1] }])).toEqual([
      { name: 'alpha', partitions: [
        { partitionIndex: 0, committedOffset: 6n, committedLeaderEpoch: 1, metadata: 'x', errorCode: 0 },
        { partitionIndex: 1, committedOffset: -1n, committedLeaderEpoch: -1, metadata: '', errorCode: 0 }] }]);
    expect(fetchCommittedOffsets(store, 'g', null).map((topic) => [topic.name,
      topic.partitions.map((partition) => partition.partitionIndex)])).toEqual([['alpha', [0, 3]], ['zeta', [1]]]);
    expect(fetchCommittedOffsets(store, 'nobody', null)).toEqual([]);
  });
});

describe('OffsetDelete planning', () => {
  test('tombstones only for committed partitions; a group with neither offsets nor kind is GROUP_ID_NOT_FOUND', () => {
    const store = storeWith([['g', 'orders', 0, 5n, 0]]);
    const request = (groupId: string) => createOffsetDeleteRequest({ groupId: groupId as GroupId,
      topics: [{ name: topicName('orders'), partitions: [{ partitionIndex: 0 }, { partitionIndex: 1 }, { partitionIndex: 5 }] }] });
    const plan = planOffsetDelete(request('g'), { image, store, kindOf: noKind });
    expect(plan.topics[0]?.partitions.map((partition) => partition.errorCode))
      .toEqual([ErrorCode.NONE, ErrorCode.NONE, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION]);
    expect(plan.records).toEqual([{ type: 'offset-commit', key: { group: 'g', topic: 'orders', partition: 0 }, value: null }]);
    expect(planOffsetDelete(request('nobody'), { image, store, kindOf: noKind }).errorCode).toBe(ErrorCode.GROUP_ID_NOT_FOUND);
  });
});

describe('offset expiry (offsets.retention.minutes)', () => {
  test('an offset of a group that does not exist expires retention after its commit, not before', () => {
    const store = storeWith([['g', 'orders', 0, 5n, 1_000], ['g', 'orders', 1, 5n, 2_000]]);
    expect(expiredOffsets(store, { nowMs: 60_999, retentionMs: 60_000, kindOf: noKind })).toEqual([]);
    expect(expiredOffsets(store, { nowMs: 61_000, retentionMs: 60_000, kindOf: noKind }))
      .toEqual([{ groupId: 'g', topic: 'orders', partition: 0 }]);
  });

  test('a stored expire timestamp (value version 1) decides on its own', () => {
    const store = new OffsetStore();
    store.apply({ type: 'offset-commit', key: { group: 'g', topic: 'orders', partition: 0 },
      value: { offset: 1n, leaderEpoch: -1, metadata: '', commitTimestamp: 0n, expireTimestamp: 500n } });
    expect(expiredOffsets(store, { nowMs: 499, retentionMs: 1, kindOf: noKind })).toEqual([]);
    expect(expiredOffsets(store, { nowMs: 500, retentionMs: 1_000_000, kindOf: noKind })).toHaveLength(1);
  });
});
