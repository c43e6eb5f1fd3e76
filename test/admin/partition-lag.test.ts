// Goal: a group's lag per partition is the high watermark minus the committed offset, as
// kafka-consumer-groups --describe shows it: one row per partition committed or assigned, the
// member that owns it, no lag where nothing is committed or the topic is gone.
// Method: hand-built committed offsets, members and log ends, then a property against a naive
// reference over random ones.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import type { CommittedOffset, GroupMember } from '../../src/admin/group-reads.js';
import { partitionLags, totalLag } from '../../src/admin/partition-lag.js';

const committedAt = (topic: string, partition: number, offset: number): CommittedOffset =>
  ({ topic, partition, offset, leaderEpoch: -1, metadata: '' });
const member = (memberId: string, assignment: GroupMember['assignment']): GroupMember =>
  ({ memberId, groupInstanceId: null, clientId: `client-${memberId}`, clientHost: '/127.0.0.1', assignment });

describe('consumer lag per partition', () => {
  test('committed and assigned partitions, with their owners and lags', () => {
    const rows = partitionLags(
      [committedAt('orders', 1, 7), committedAt('orders', 0, 3), committedAt('gone', 0, 4)],
      [member('m1', [{ topic: 'orders', partitions: [0, 2] }]), member('m2', null)],
      new Map([['orders', new Map([[0, 5], [1, 7], [2, 9]])]]),
    );
    expect(rows.map((row) => [row.topic, row.partition, row.committedOffset, row.logEndOffset, row.lag, row.memberId])).toEqual([
      ['gone', 0, 4, null, null, null],
      ['orders', 0, 3, 5, 2, 'm1'],
      ['orders', 1, 7, 7, 0, null],
      ['orders', 2, null, 9, null, 'm1'],
    ]);
    expect(rows[1]?.clientId).toBe('client-m1');
    expect(totalLag(rows)).toBe(2);
  });

  test('lag is log end minus committed on every partition with both (property)', () => {
    const offsets = fc.array(fc.record({ partition: fc.nat(7), offset: fc.nat(1000), extra: fc.nat(1000) }), { maxLength: 8 });
    fc.assert(fc.property(offsets, (entries) => {
      const unique = [...new Map(entries.map((entry) => [entry.partition, entry])).values()];
      const ends = new Map(unique.map((entry) => [entry.partition, entry.offset + entry.extra]));
      const rows = partitionLags(unique.map((entry) => committedAt('t', entry.partition, entry.offset)), [], new Map([['t', ends]]));
      expect(rows.map((row) => row.partition)).toEqual(unique.map((entry) => entry.partition).sort((a, b) => a - b));
      for (const row of rows) expect(row.lag).toBe(unique.find((entry) => entry.partition === row.partition)?.extra);
      expect(totalLag(rows)).toBe(unique.reduce((sum, entry) => sum + entry.extra, 0));
    }));
  });
});
