// Goal: the pure parts of the groups workload's members (sim/groups/) do what Kafka's clients
// do: the range assignor hands every partition of a subscribed topic to exactly one member, in
// ranges by sorted member id, and the consumer protocol's subscription and assignment bytes
// round-trip through the generated codecs with their version prefix. Method: direct calls.
import { describe, expect, it } from 'vitest';
import {
  decodeAssignment, decodeSubscription, encodeAssignment, encodeSubscription, splitPartitionName,
} from '../../sim/groups/consumer-protocol.js';
import { rangeAssign } from '../../sim/groups/range-assignor.js';

describe('the range assignor', () => {
  it('gives the first members of the sorted ids one partition more, in consecutive ranges', () => {
    const assignment = rangeAssign([{ memberId: 'c', topics: ['t'] }, { memberId: 'a', topics: ['t'] },
      { memberId: 'b', topics: ['t', 'u'] }], new Map([['t', 5], ['u', 2]]));
    expect(Object.fromEntries(assignment)).toEqual({ a: ['t/0', 't/1'], b: ['t/2', 't/3', 'u/0', 'u/1'], c: ['t/4'] });
  });

  it('leaves members without partitions when there are more members than partitions, and skips unsubscribed topics', () => {
    const assignment = rangeAssign([{ memberId: 'x', topics: ['t'] }, { memberId: 'y', topics: ['t'] }],
      new Map([['t', 1], ['v', 3]]));
    expect(Object.fromEntries(assignment)).toEqual({ x: ['t/0'], y: [] });
  });
});

describe('the consumer protocol bytes', () => {
  it('round-trip a subscription and an assignment', () => {
    expect(decodeSubscription(encodeSubscription(['group-t', 'other']))).toEqual(['group-t', 'other']);
    expect(decodeAssignment(encodeAssignment(['group-t/0', 'group-t/3', 'x/1']))).toEqual(['group-t/0', 'group-t/3', 'x/1']);
    expect(decodeAssignment(new Uint8Array(0))).toEqual([]);
  });

  it('refuses a partition name without an index', () => {
    expect(splitPartitionName('a/b/2')).toEqual({ topic: 'a/b', partition: 2 });
    expect(() => splitPartitionName('t')).toThrow(RangeError);
    expect(() => splitPartitionName('t/x')).toThrow(RangeError);
  });
});
