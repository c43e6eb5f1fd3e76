// Goal: a Partition as follower and as leader of a replicated partition (issue 11): a follower
// appends the leader's batches unchanged (offsets, epochs and bytes as the leader stored them),
// truncates where it is told, takes the leader's high watermark but never past its own log end,
// and refuses leader appends; a leader's high watermark is the lowest log end over the ISR and
// waits for a follower not yet heard from in its epoch; a new leader epoch or a change to
// follower ends the old leadership's waiters; requests naming another leader epoch are refused. Method: two Partitions over simulated disks, one
// playing the leader, one the follower, bytes moved between them as a replica fetch would.
import { describe, expect, test } from 'vitest';
import { SimDisk } from '../../../sim/sim-disk.js';
import { NotLeaderError, Partition } from '../../../src/broker/partition/partition.js';
import type { PartitionSettings } from '../../../src/broker/partition/partition-settings.js';
import type { PartitionRole } from '../../../src/broker/partition/partition-role.js';
import { waitForHighWatermark } from '../../../src/broker/partition/high-watermark-wait.js';
import { leaderEpochErrorCode } from '../../../src/broker/handlers/partition-access.js';
import { ErrorCode } from '../../../src/protocol/mod.js';
import { openPartitionDirectory } from '../../../src/broker/partition/partition-directory.js';
import { silentLogger } from '../../../src/log/logger.js';
import { ManualClock } from '../../controller/controller-fixture.js';
import { batchOf } from '../support-protocol.js';

const settings: PartitionSettings = {
  log: { segmentBytes: 1 << 20, retentionMs: -1 }, timestampType: 'CreateTime', maxMessageBytes: 1 << 20,
  minInsyncReplicas: 1, timestampBeforeMaxMs: Number.MAX_SAFE_INTEGER, timestampAfterMaxMs: Number.MAX_SAFE_INTEGER, compacted: false,
};
const leading = (leaderEpoch: number, isrFollowers: number[] = [2]): PartitionRole =>
  ({ kind: 'leader', leaderEpoch, partitionEpoch: 0, followers: [2], isrFollowers });
const following = (leaderEpoch: number): PartitionRole => ({ kind: 'follower', leaderEpoch, partitionEpoch: 0, leader: 1 });

async function open(role: PartitionRole, clock = new ManualClock()): Promise<Partition> {
  const disk = new SimDisk({ random: { nextInt: () => 0 } });
  await disk.makeDirectory('/data');
  return Partition.open({ disk, clock, directory: '/data/t-0', settings, leaderEpoch: role.leaderEpoch, role,
    id: { topicName: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitionIndex: 0 } });
}

async function wholeLog(partition: Partition): Promise<Uint8Array> {
  const read = await partition.read(0, { maxBytes: 1 << 20, minOneBatch: true, upTo: 'log-end' });
  if (!('records' in read)) throw new Error('out of range');
  return read.records;
}

describe('replica roles of a Partition', () => {
  test('a follower stores the leader\'s batches byte for byte and follows its high watermark up to its own log end', async () => {
    const leader = await open(leading(4));
    const follower = await open(following(4));
    await leader.appendAsLeader(batchOf('a', 3));
    await leader.appendAsLeader(batchOf('b', 2));
    // The follower in the ISR has not fetched yet: the leader's high watermark waits for it.
    expect(leader.highWatermark).toBe(0);
    await follower.appendAsFollower(await wholeLog(leader));
    expect(Buffer.from(await wholeLog(follower)).equals(Buffer.from(await wholeLog(leader)))).toBe(true);
    expect(follower.latestEpoch).toBe(4);
    expect(leader.recordFollowerFetch(2, { fetchOffset: 5, brokerEpoch: 1 })).toBe(true);
    expect(leader.highWatermark).toBe(5);
    follower.updateHighWatermarkFromLeader(9);
    expect(follower.highWatermark).toBe(5);
    await expect(follower.appendAsLeader(batchOf('c', 1))).rejects.toBeInstanceOf(NotLeaderError);
    expect(leader.recordFollowerFetch(7, { fetchOffset: 5, brokerEpoch: 1 })).toBe(false);
    // KIP-320 as every handler applies it: an older epoch is fenced, a newer one unknown, -1 none.
    expect([3, 4, 5, -1].map((epoch) => leaderEpochErrorCode(epoch, leader))).toEqual([ErrorCode.FENCED_LEADER_EPOCH,
      ErrorCode.NONE, ErrorCode.UNKNOWN_LEADER_EPOCH, ErrorCode.NONE]);
    leader.checkInvariants();
    follower.checkInvariants();
  });

  test('a new leader counts its epoch as begun at its log end before its first append (KIP-279)', async () => {
    const leader = await open(leading(1, []));
    await leader.appendAsLeader(batchOf('a', 2));
    leader.applyRole(following(2));
    leader.applyRole(leading(3, []));
    // Epoch 2 was a short-lived leader's elsewhere: here it ends where epoch 1 does, at the log end.
    expect(leader.endOffsetForEpoch(2)).toEqual({ epoch: 1, endOffset: 2 });
    expect(leader.endOffsetForEpoch(3)).toEqual({ epoch: 3, endOffset: 2 });
    expect(leader.endOffsetForEpoch(4)).toEqual({ epoch: -1, endOffset: -1 });
    expect(leader.endOffsetForEpoch(1)).toEqual({ epoch: 1, endOffset: 2 });
  });

  test('a replicated partition reopens at its checkpointed high watermark, bounded by its log end', async () => {
    const disk = new SimDisk({ random: { nextInt: () => 0 } });
    await disk.makeDirectory('/data');
    const context = { disk, clock: new ManualClock(), logDirectory: '/data', logger: silentLogger() };
    const id = { topicName: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitionIndex: 0 };
    const leader = await open(leading(1, []));
    await leader.appendAsLeader(batchOf('a', 4));
    const first = await openPartitionDirectory(context, { id, settings, leaderEpoch: 1, role: following(1) });
    await first.appendAsFollower(await wholeLog(leader));
    first.updateHighWatermarkFromLeader(3);
    await first.checkpointHighWatermark();
    await first.close();
    const again = await openPartitionDirectory(context, { id, settings, leaderEpoch: 1, role: following(1) });
    expect(again.offsets).toEqual({ logStartOffset: 0, highWatermark: 3, logEndOffset: 4 });
    await again.truncateTo(0);
    await again.checkpointHighWatermark();
    await again.close();
    const emptied = await openPartitionDirectory(context, { id, settings, leaderEpoch: 1, role: leading(2) });
    expect(emptied.highWatermark).toBe(0);
  });

  test('truncation cuts whole batches and brings the high watermark down with the log end', async () => {
    const leader = await open(leading(1, []));
    const follower = await open(following(1));
    await leader.appendAsLeader(batchOf('a', 2));
    await leader.appendAsLeader(batchOf('b', 2));
    await follower.appendAsFollower(await wholeLog(leader));
    follower.updateHighWatermarkFromLeader(4);
    expect(await follower.truncateTo(2)).toBe(2);
    expect(follower.offsets).toEqual({ logStartOffset: 0, highWatermark: 2, logEndOffset: 2 });
    expect(follower.endOffsetForEpoch(1)).toEqual({ epoch: 1, endOffset: 2 });
  });

  test('the leader epoch\'s end ends an acks=all wait at once, as not-leader', async () => {
    const clock = new ManualClock();
    const leader = await open(leading(2), clock);
    const appended = await leader.appendAsLeader(batchOf('w', 1));
    const options = { clock, timeoutMs: 30_000, leaderEpoch: 2, isStopping: () => false, onStopping: () => () => {} };
    const waited = waitForHighWatermark(leader, appended.lastOffset + 1, options);
    leader.applyRole(following(3));
    expect(await waited).toBe('not-leader');
    expect(leader.inSyncReplicaCount).toBe(0);
    // A follower's high watermark never answers for a batch appended as leader.
    expect(await waitForHighWatermark(leader, 1, options)).toBe('not-leader');
  });

  test('an ISR change of the same epoch keeps the followers\' state; a shrink lets the high watermark move', async () => {
    const leader = await open({ kind: 'leader', leaderEpoch: 1, partitionEpoch: 0, followers: [2, 3], isrFollowers: [2, 3] });
    await leader.appendAsLeader(batchOf('a', 4));
    leader.recordFollowerFetch(2, { fetchOffset: 4, brokerEpoch: 1 });
    expect(leader.highWatermark).toBe(0);
    leader.applyRole({ kind: 'leader', leaderEpoch: 1, partitionEpoch: 1, followers: [2, 3], isrFollowers: [2] });
    expect(leader.highWatermark).toBe(4);
    expect(leader.inSyncReplicaCount).toBe(2);
  });
});
