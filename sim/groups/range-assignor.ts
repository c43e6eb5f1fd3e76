// The range assignor the leader member of a simulated classic group runs (Kafka's
// RangeAssignor, the classic consumer's default): for each topic, the members subscribed to it,
// sorted by member id, get consecutive ranges of its partitions, the first `count % members`
// one partition more. Part of sim/groups/. Pure; the coordinator never sees how it decides.
import assert from 'node:assert/strict';

/** One member as the JoinGroup answer lists it, with its subscription decoded. */
export interface SubscribedMember {
  readonly memberId: string;
  readonly topics: readonly string[];
}

/**
 * Assigns the partitions of `partitionCounts` (topic -> partition count) to `members`; returns
 * member id -> "topic/partition" names. Every member gets an entry, maybe empty.
 */
export function rangeAssign(members: readonly SubscribedMember[], partitionCounts: ReadonlyMap<string, number>):
  Map<string, string[]> {
  const assignment = new Map<string, string[]>(members.map((member) => [member.memberId, []]));
  assert.equal(assignment.size, members.length, 'member ids are unique');
  for (const [topic, count] of [...partitionCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const subscribed = members.filter((member) => member.topics.includes(topic)).map((member) => member.memberId).sort();
    if (subscribed.length === 0) continue;
    const base = Math.floor(count / subscribed.length);
    const extra = count % subscribed.length;
    let next = 0;
    subscribed.forEach((memberId, index) => {
      const size = base + (index < extra ? 1 : 0);
      const own = assignment.get(memberId) as string[];
      for (let partition = next; partition < next + size; partition += 1) own.push(`${topic}/${partition}`);
      next += size;
    });
    assert.equal(next, count, 'every partition of a subscribed topic is assigned once');
  }
  return assignment;
}
