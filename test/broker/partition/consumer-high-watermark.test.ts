// Goal: a leader shows consumers no high watermark until its own reached the start offset of its
// leader epoch (consumer-high-watermark.ts, KIP-207), so a consumer never sees a new leader's
// lagging one (issue 11: the high watermark consumers see never goes back). Method: the pure
// rule over generated inputs; then a Partition that follows, becomes leader with a high
// watermark one fetch behind its log end, and shows it only once its follower fetched in the
// new epoch.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SimDisk } from '../../../sim/sim-disk.js';
import { consumerHighWatermark } from '../../../src/broker/partition/consumer-high-watermark.js';
import { Partition } from '../../../src/broker/partition/partition.js';
import type { PartitionRole } from '../../../src/broker/partition/partition-role.js';
import type { PartitionSettings } from '../../../src/broker/partition/partition-settings.js';
import { ManualClock } from '../../controller/controller-fixture.js';
import { batchOf } from '../support-protocol.js';

const settings: PartitionSettings = {
  log: { segmentBytes: 1 << 20, retentionMs: -1 }, timestampType: 'CreateTime', maxMessageBytes: 1 << 20,
  minInsyncReplicas: 1, timestampBeforeMaxMs: Number.MAX_SAFE_INTEGER, timestampAfterMaxMs: Number.MAX_SAFE_INTEGER, compacted: false,
};

async function open(role: PartitionRole, directory: string): Promise<Partition> {
  const disk = new SimDisk({ random: { nextInt: () => 0 } });
  await disk.makeDirectory('/data');
  return Partition.open({ disk, clock: new ManualClock(), directory, settings, leaderEpoch: role.leaderEpoch, role,
    id: { topicName: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitionIndex: 0 } });
}

describe('the high watermark a leader shows consumers', () => {
  test('is the leader\'s from the epoch start offset on, and unknown below it', () => {
    fc.assert(fc.property(fc.nat(1000), fc.nat(1000), (highWatermark, leaderEpochStartOffset) => {
      const shown = consumerHighWatermark({ highWatermark, leaderEpochStartOffset });
      if (highWatermark < leaderEpochStartOffset) expect(shown).toBeUndefined();
      else expect(shown).toBe(highWatermark);
      // Whatever is shown is at least the epoch start, which bounds every earlier leader's.
      if (shown !== undefined) expect(shown).toBeGreaterThanOrEqual(leaderEpochStartOffset);
    }));
  });

  test('a follower made leader with a lagging high watermark shows none until its follower fetched', async () => {
    const oldLeader = await open({ kind: 'leader', leaderEpoch: 1, partitionEpoch: 0, followers: [2], isrFollowers: [2] }, '/data/old');
    const replica = await open({ kind: 'follower', leaderEpoch: 1, partitionEpoch: 0, leader: 1 }, '/data/new');
    await oldLeader.appendAsLeader(batchOf('a', 4));
    const read = await oldLeader.read(0, { maxBytes: 1 << 20, minOneBatch: true, upTo: 'log-end' });
    if (!('records' in read)) throw new Error('out of range');
    await replica.appendAsFollower(read.records);
    // The follower's fetch moves the old leader's high watermark to 4, which a consumer sees; the
    // follower learns only the 0 its fetch answer carried.
    expect(oldLeader.recordFollowerFetch(2, { fetchOffset: 4, brokerEpoch: 1 })).toBe(true);
    expect(oldLeader.consumerHighWatermark).toBe(4);
    replica.updateHighWatermarkFromLeader(0);
    expect(replica.consumerHighWatermark).toBeUndefined();
    replica.applyRole({ kind: 'leader', leaderEpoch: 2, partitionEpoch: 1, followers: [1], isrFollowers: [1] });
    expect(replica.highWatermark).toBe(0);
    expect(replica.consumerHighWatermark).toBeUndefined();
    expect(replica.recordFollowerFetch(1, { fetchOffset: 4, brokerEpoch: 2 })).toBe(true);
    expect(replica.consumerHighWatermark).toBe(4);
    replica.checkInvariants();
  });

  test('a leader with no other in-sync replica knows its high watermark at once', async () => {
    const sole = await open({ kind: 'follower', leaderEpoch: 1, partitionEpoch: 0, leader: 2 }, '/data/sole');
    sole.applyRole({ kind: 'leader', leaderEpoch: 2, partitionEpoch: 1, followers: [2], isrFollowers: [] });
    expect(sole.consumerHighWatermark).toBe(0);
  });
});
