// Goal: the coordinator runtime's contract (src/group/runtime/, issue 12): a shard is loaded by
// replaying its offsets partition from log start to log end (bad records logged and skipped,
// COORDINATOR_LOAD_IN_PROGRESS until then); a write is one batch appended as leader and resolves
// only once the high watermark passed it; a read waits for what it shows to be committed; a
// write not replicated in offsets.commit.timeout.ms is COORDINATOR_NOT_AVAILABLE; leadership
// lost unloads the shard (pending writes NOT_COORDINATOR, timers cancelled); offsets expire by
// offsets.retention.minutes. Method: the real GroupCoordinator over a real Partition and storage
// Log on the simulator's disk, a manual clock, hand-built metadata images; a follower's fetch is
// recorded on the leader to move its high watermark, as the replica fetcher's would.
import { describe, expect, test } from 'vitest';
import { encodeRecordBatch } from '../../../storage/mod.js';
import { SimDisk } from '../../../sim/sim-disk.js';
import { Prng } from '../../../sim/prng.js';
import { Partition } from '../../../src/broker/partition/partition.js';
import type { PartitionRole } from '../../../src/broker/partition/partition-role.js';
import type { PartitionSettings } from '../../../src/broker/partition/partition-settings.js';
import { encodeGroupRecord } from '../../../src/group/group-records.js';
import { coordinatorSettings } from '../../../src/group/runtime/coordinator-settings.js';
import { GroupCoordinator } from '../../../src/group/runtime/group-coordinator.js';
import type { TestOnlyBreakGroups } from '../../../src/group/runtime/test-only-break-groups.js';
import type { GroupShard } from '../../../src/group/runtime/group-shard.js';
import { offsetCommitRecord, offsetTombstone } from '../../../src/group/offsets/offset-records.js';
import { silentLogger } from '../../../src/log/logger.js';
import { emptyImage, type MetadataImage, type TopicImage } from '../../../src/metadata/image/metadata-image.js';
import { ErrorCode, nodeId, topicName, type GroupId, type Uuid } from '../../../src/protocol/mod.js';
import {
  createOffsetCommitRequest, type OffsetCommitResponse,
} from '../../../src/protocol/generated/messages/offset-commit.js';
import { ManualClock, testConfig } from '../../controller/controller-fixture.js';

const settings: PartitionSettings = {
  log: { segmentBytes: 1 << 20, retentionMs: -1 }, timestampType: 'CreateTime', maxMessageBytes: 1 << 20,
  minInsyncReplicas: 1, timestampBeforeMaxMs: Number.MAX_SAFE_INTEGER, timestampAfterMaxMs: Number.MAX_SAFE_INTEGER,
  compacted: true,
};

function topic(name: string, topicId: string, leader: number, leaderEpoch: number, replicas: number[]): TopicImage {
  return { name: topicName(name), topicId: topicId as Uuid, configs: new Map(), partitions: [{ topicName: topicName(name),
    topicId: topicId as Uuid, partition: 0, replicas: replicas.map(nodeId), isr: replicas.map(nodeId), leader: nodeId(leader),
    leaderEpoch, partitionEpoch: 0, addingReplicas: [], removingReplicas: [], leaderRecoveryState: 0, elr: [], lastKnownElr: [] }] };
}

/** An image with `orders` and a one-partition __consumer_offsets led by `leader` in `leaderEpoch`. */
function imageOf(offset: number, leader: number, leaderEpoch: number, replicas = [1]): MetadataImage {
  const topics = [topic('orders', 'AAAAAAAAAAAAAAAAAAAAAQ', 1, 0, [1]),
    topic('__consumer_offsets', 'AAAAAAAAAAAAAAAAAAAAAg', leader, leaderEpoch, replicas)];
  return { ...emptyImage(), offset, topicsByName: new Map(topics.map((entry) => [entry.name, entry])),
    topicsById: new Map(topics.map((entry) => [entry.topicId, entry])) };
}

interface Fixture {
  readonly clock: ManualClock;
  readonly partition: Partition;
  readonly fatal: unknown[];
  image: MetadataImage;
  coordinator(): GroupCoordinator;
}

async function fixture(options: { role?: PartitionRole; config?: string; breakGroups?: TestOnlyBreakGroups;
  minInsyncReplicas?: number } = {}): Promise<Fixture> {
  const disk = new SimDisk({ random: { nextInt: () => 0 } });
  await disk.makeDirectory('/data');
  const clock = new ManualClock();
  const partition = await Partition.open({ disk, clock, directory: '/data/__consumer_offsets-0', leaderEpoch: 0,
    settings: { ...settings, minInsyncReplicas: options.minInsyncReplicas ?? settings.minInsyncReplicas },
    id: { topicName: '__consumer_offsets', topicId: 'AAAAAAAAAAAAAAAAAAAAAg', partitionIndex: 0 },
    ...(options.role === undefined ? {} : { role: options.role }) });
  const fatal: unknown[] = [];
  const state: Fixture = {
    clock, partition, fatal, image: imageOf(1, 1, 0, options.role?.kind === 'leader' ? [1, ...options.role.followers] : [1]),
    coordinator: () => new GroupCoordinator({ nodeId: nodeId(1), clock, random: Prng.fromSeed(7),
      settings: coordinatorSettings(testConfig(options.config ?? '')), logger: silentLogger(),
      lookup: () => ({ kind: 'ready', partition }), image: () => state.image,
      isStopping: () => false, onStopping: () => () => {}, onFatal: (error) => fatal.push(error),
      ...(options.breakGroups === undefined ? {} : { testOnlyBreakGroups: options.breakGroups }) }),
  };
  return state;
}

/** Lets queued work (reads of the simulated disk, promise chains) run, a bounded number of turns. */
async function turns(count = 20): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

async function loadedShard(coordinator: GroupCoordinator, groupId = 'g'): Promise<GroupShard> {
  for (let turn = 0; turn < 100; turn += 1) {
    const found = coordinator.shardFor(groupId);
    if ('shard' in found) return found.shard;
    await turns(1);
  }
  throw new Error('the shard never loaded');
}

function commitRequest(groupId: string, committedOffset: bigint) {
  return createOffsetCommitRequest({ groupId: groupId as GroupId, generationIdOrMemberEpoch: -1,
    topics: [{ name: topicName('orders'), partitions: [{ partitionIndex: 0, committedOffset, committedLeaderEpoch: 2,
      commitTimestamp: -1n, committedMetadata: 'meta' }] }] });
}

function codes(response: OffsetCommitResponse): number[] {
  return response.topics.flatMap((entry) => entry.partitions.map((partition) => partition.errorCode));
}

const key = { groupId: 'g', topic: 'orders', partition: 0 };

describe('loading', () => {
  test('replays the partition from log start to log end, skipping what cannot be read, LOAD_IN_PROGRESS until then', async () => {
    const { partition, coordinator, fatal } = await fixture();
    const stored = (record: Parameters<typeof encodeGroupRecord>[0]) => ({ ...encodeGroupRecord(record), timestampMs: 0 });
    await partition.appendAsLeader(encodeRecordBatch({ records: [
      stored(offsetCommitRecord(key, { offset: 5n, leaderEpoch: 1, metadata: 'a', commitTimestampMs: 10 })),
      stored(offsetCommitRecord({ ...key, groupId: 'gone' }, { offset: 3n, leaderEpoch: -1, metadata: '', commitTimestampMs: 10 })),
    ] }));
    await partition.appendAsLeader(encodeRecordBatch({ records: [
      { key: new Uint8Array([0]), value: new Uint8Array([1, 2]), timestampMs: 0 },
      { key: new Uint8Array([0, 99, 0, 0]), value: null, timestampMs: 0 },
      { key: null, value: new Uint8Array([1]), timestampMs: 0 },
      { key: encodeGroupRecord(offsetCommitRecord(key, { offset: 0n, leaderEpoch: 0, metadata: '', commitTimestampMs: 0 })).key,
        value: new Uint8Array([0, 3, 1]), timestampMs: 0 },
      stored(offsetCommitRecord(key, { offset: 9n, leaderEpoch: 2, metadata: 'b', commitTimestampMs: 20 })),
      stored(offsetTombstone({ ...key, groupId: 'gone' })),
    ] }));
    const runtime = coordinator();
    runtime.onImage(imageOf(1, 1, 0));
    expect(runtime.shardFor('g')).toEqual({ errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS });
    const shard = await loadedShard(runtime);
    expect(shard.offsets.store.get('g', 'orders', 0)).toEqual({ offset: 9n, leaderEpoch: 2, metadata: 'b',
      commitTimestampMs: 20, expireTimestampMs: -1 });
    expect(shard.offsets.hasOffsets('gone')).toBe(false);
    expect(shard.offsets.store.size).toBe(1);
    expect(fatal).toEqual([]);
    runtime.checkInvariants();
  });

  test('a broker that does not lead the partition answers NOT_COORDINATOR; no offsets topic COORDINATOR_NOT_AVAILABLE', async () => {
    const { coordinator } = await fixture();
    const runtime = coordinator();
    expect(runtime.shardFor('g')).toEqual({ errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE });
    runtime.onImage(imageOf(1, 2, 0, [1, 2]));
    expect(runtime.shardFor('g')).toEqual({ errorCode: ErrorCode.NOT_COORDINATOR });
    runtime.onImage({ ...emptyImage(), offset: 2 });
    expect(runtime.shardFor('g')).toEqual({ errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE });
  });
});

describe('writing', () => {
  const withFollower: PartitionRole = { kind: 'leader', leaderEpoch: 0, partitionEpoch: 0, followers: [2], isrFollowers: [2] };

  test('a commit is one batch, answered once the high watermark passed it; a fetch waits for the same; a reload sees it', async () => {
    const { partition, coordinator, fatal } = await fixture({ role: withFollower });
    const runtime = coordinator();
    runtime.onImage(imageOf(1, 1, 0, [1, 2]));
    const shard = await loadedShard(runtime);
    let answer: OffsetCommitResponse | undefined;
    void shard.offsets.commitOffsets(commitRequest('g', 12n), 8).then((response) => { answer = response; });
    let fetched: bigint | undefined;
    void shard.offsets.fetchOffsets({ groupId: 'g', memberId: '', memberEpoch: -1, topics: null, apiVersion: 8 })
      .then((response) => { fetched = response.topics[0]?.partitions[0]?.committedOffset; });
    await turns();
    expect(partition.offsets).toMatchObject({ logEndOffset: 1, highWatermark: 0 });
    expect(answer).toBeUndefined();
    expect(fetched).toBeUndefined();
    partition.recordFollowerFetch(2, { fetchOffset: 1, brokerEpoch: -1 });
    await turns();
    expect(answer === undefined ? undefined : codes(answer)).toEqual([ErrorCode.NONE]);
    expect(fetched).toBe(12n);

    const reloaded = coordinator();
    reloaded.onImage(imageOf(1, 1, 0, [1, 2]));
    const again = await loadedShard(reloaded);
    expect(again.offsets.store.get('g', 'orders', 0)).toMatchObject({ offset: 12n, leaderEpoch: 2, metadata: 'meta' });
    expect(fatal).toEqual([]);
  });

  test('negative control: TestOnlyBreakGroups.acknowledgeWritesAtAppend answers before the follower has the batch', async () => {
    const { partition, coordinator } = await fixture({ role: withFollower, breakGroups: { acknowledgeWritesAtAppend: true } });
    const runtime = coordinator();
    runtime.onImage(imageOf(1, 1, 0, [1, 2]));
    const shard = await loadedShard(runtime);
    expect(codes(await shard.offsets.commitOffsets(commitRequest('g', 12n), 8))).toEqual([ErrorCode.NONE]);
    expect(partition.offsets).toMatchObject({ logEndOffset: 1, highWatermark: 0 });
  });

  test('fewer in-sync replicas than min.insync.replicas: COORDINATOR_NOT_AVAILABLE, and the shard reloads without the change', async () => {
    const outOfSync: PartitionRole = { kind: 'leader', leaderEpoch: 0, partitionEpoch: 0, followers: [2], isrFollowers: [] };
    const { partition, coordinator } = await fixture({ role: outOfSync, minInsyncReplicas: 2 });
    const runtime = coordinator();
    runtime.onImage(imageOf(1, 1, 0, [1, 2]));
    const shard = await loadedShard(runtime);
    expect(codes(await shard.offsets.commitOffsets(commitRequest('g', 12n), 8))).toEqual([ErrorCode.COORDINATOR_NOT_AVAILABLE]);
    expect(partition.offsets.logEndOffset).toBe(0);
    const reloaded = await loadedShard(runtime);
    expect(reloaded).not.toBe(shard);
    expect(reloaded.offsets.hasOffsets('g')).toBe(false);
  });

  test('a write not replicated within offsets.commit.timeout.ms is COORDINATOR_NOT_AVAILABLE', async () => {
    const { clock, coordinator } = await fixture({ role: withFollower, config: 'offsets.commit.timeout.ms=1000\n' });
    const runtime = coordinator();
    runtime.onImage(imageOf(1, 1, 0, [1, 2]));
    const shard = await loadedShard(runtime);
    const answer = shard.offsets.commitOffsets(commitRequest('g', 1n), 8);
    await turns();
    clock.advance(999);
    await turns();
    clock.advance(1);
    expect(codes(await answer)).toEqual([ErrorCode.COORDINATOR_NOT_AVAILABLE]);
  });

  test('leadership lost: the pending write is NOT_COORDINATOR, the shard unloads with its timers, requests NOT_COORDINATOR', async () => {
    const made = await fixture({ role: withFollower });
    const { clock, partition } = made;
    const runtime = made.coordinator();
    runtime.onImage(imageOf(1, 1, 0, [1, 2]));
    const shard = await loadedShard(runtime);
    const timersLoaded = clock.pendingTimers();
    expect(timersLoaded).toBeGreaterThan(0);
    const answer = shard.offsets.commitOffsets(commitRequest('g', 1n), 8);
    await turns();
    partition.applyRole({ kind: 'follower', leaderEpoch: 1, partitionEpoch: 1, leader: 2 });
    expect(codes(await answer)).toEqual([ErrorCode.NOT_COORDINATOR]);
    expect(runtime.loadedShards()).toEqual([]);
    expect(clock.pendingTimers()).toBeLessThan(timersLoaded);
    made.image = imageOf(2, 2, 1, [1, 2]);
    runtime.onImage(made.image);
    expect(runtime.shardFor('g')).toEqual({ errorCode: ErrorCode.NOT_COORDINATOR });
    await expect(shard.context.write([])).rejects.toMatchObject({ errorCode: ErrorCode.NOT_COORDINATOR });
  });
});

describe('offset expiry', () => {
  test('offsets of a group that does not exist are tombstoned offsets.retention.minutes after their commit', async () => {
    const { clock, partition, coordinator } = await fixture({
      config: 'offsets.retention.minutes=1\noffsets.retention.check.interval.ms=30000\n' });
    const runtime = coordinator();
    runtime.onImage(imageOf(1, 1, 0));
    const shard = await loadedShard(runtime);
    expect(codes(await shard.offsets.commitOffsets(commitRequest('g', 4n), 8))).toEqual([ErrorCode.NONE]);
    clock.advance(30_000);
    await turns();
    expect(shard.offsets.hasOffsets('g')).toBe(true);
    clock.advance(30_000);
    await turns();
    expect(shard.offsets.hasOffsets('g')).toBe(false);
    expect(partition.offsets.logEndOffset).toBe(2);
    const reloaded = coordinator();
    reloaded.onImage(imageOf(1, 1, 0));
    expect((await loadedShard(reloaded)).offsets.hasOffsets('g')).toBe(false);
  });
});
