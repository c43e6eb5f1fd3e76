// Goal: a Partition keeps its contract while its topic settings change under load — appends
// issued while the log is reopened with new segment and retention settings land in call order
// at consecutive offsets, and the high watermark follows the log end; reads stop at the high
// watermark. Method: a Partition over a simulated disk, appends and reconfigurations issued
// without awaiting each other, then everything read back.
import { expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { decodeRecordBatches } from '../../storage/mod.js';
import { Partition } from '../../src/broker/partition/partition.js';
import type { PartitionSettings } from '../../src/broker/partition/partition-settings.js';
import { ManualClock } from '../controller/controller-fixture.js';
import { batchOf, fromUtf8 } from './support-protocol.js';

const base: PartitionSettings = {
  log: { segmentBytes: 1 << 20, retentionMs: -1 },
  timestampType: 'CreateTime',
  maxMessageBytes: 1 << 20,
  minInsyncReplicas: 1,
  timestampBeforeMaxMs: Number.MAX_SAFE_INTEGER,
  timestampAfterMaxMs: Number.MAX_SAFE_INTEGER,
  compacted: false,
};

test('appends issued during reopens keep call order, consecutive offsets and a following high watermark', async () => {
  const disk = new SimDisk({ random: { nextInt: () => 0 } });
  await disk.makeDirectory('/data');
  await disk.syncDirectory('/');
  const partition = await Partition.open({ disk, clock: new ManualClock(), directory: '/data/t-0', settings: base,
    leaderEpoch: 3, id: { topicName: 't', topicId: 'AAAAAAAAAAAAAAAAAAAAAQ', partitionIndex: 0 } });
  const pending: Promise<unknown>[] = [];
  const seen: number[] = [];
  partition.onOffsetsChange((offsets) => seen.push(offsets.highWatermark));
  for (let round = 0; round < 12; round += 1) {
    pending.push(partition.appendAsLeader(batchOf(`r${round}`, 2)));
    if (round % 4 === 1) pending.push(partition.reconfigure({ ...base, log: { ...base.log, segmentBytes: 200 + round * 50 } }));
  }
  const results = await Promise.all(pending);
  const baseOffsets = results.filter((result): result is { baseOffset: number } =>
    typeof result === 'object' && result !== null && 'baseOffset' in result).map((result) => result.baseOffset);
  expect(baseOffsets).toEqual(Array.from({ length: 12 }, (_, round) => round * 2));
  expect(partition.offsets).toEqual({ logStartOffset: 0, highWatermark: 24, logEndOffset: 24 });
  expect(partition.settings.log.segmentBytes).toBe(650);
  expect(seen.at(-1)).toBe(24);
  const read = await partition.read(0, { maxBytes: 1 << 20, minOneBatch: true });
  expect('records' in read).toBe(true);
  const batches = decodeRecordBatches('records' in read ? read.records : new Uint8Array(0));
  expect(batches.map((batch) => [batch.header.partitionLeaderEpoch, fromUtf8(batch.records[0]?.value ?? null)]))
    .toEqual(Array.from({ length: 12 }, (_, round) => [3, `r${round}-0`]));
  partition.checkInvariants();
  await partition.close();
});
