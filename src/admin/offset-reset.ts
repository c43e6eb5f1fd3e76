// Resetting a group's committed offsets (src/admin/), as kafka-consumer-groups --reset-offsets
// does: only a group without members may be reset (state Empty, or Dead: no group yet), since a
// running member would overwrite the reset with its next commit, and the coordinator refuses an
// admin's commit to a group with members anyway. The partitions are the chosen topics' (all of a
// topic's, or the ones named), or with no topic named every partition the group has committed;
// the plan (offset-reset-plan.ts) is computed from each partition's log start and end (and the
// offset at a time), and committed only when asked (`execute`), else shown as a dry run.
import { AdminError } from './admin-error.js';
import type { AdminSession } from './admin-session.js';
import { describeGroup, fetchCommittedOffsets } from './group-reads.js';
import { commitOffsets } from './group-writes.js';
import { readTopic } from './metadata-reads.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, readOffsets } from './offset-reads.js';
import { planReset, type PartitionPosition, type PlannedReset, type ResetTarget } from './offset-reset-plan.js';

/** The states in which a group may be reset (kafka-consumer-groups' "inactive"). */
const RESETTABLE_STATES: ReadonlySet<string> = new Set(['Empty', 'Dead']);

/** Which partitions to reset: of each topic, all (partitions null) or the ones listed. */
export interface ResetScope {
  readonly topics: ReadonlyArray<{ readonly topic: string; readonly partitions: readonly number[] | null }> | 'committed';
}

/** A reset: the plan, and whether it was committed. */
export interface ResetResult {
  readonly groupId: string;
  readonly executed: boolean;
  readonly partitions: readonly PlannedReset[];
}

/** Plans (and with `execute`, commits) the reset of `groupId`'s offsets to `target` over `scope`. */
export async function resetGroupOffsets(session: AdminSession, groupId: string,
  reset: { readonly target: ResetTarget; readonly scope: ResetScope; readonly execute: boolean }): Promise<ResetResult> {
  const group = await describeGroup(session, groupId);
  if (!RESETTABLE_STATES.has(group.state)) {
    throw new AdminError(`Cannot reset the offsets of group "${groupId}": it must be inactive (no members), `
      + `but its state is ${group.state} with ${group.members.length} member(s)`, 'refused', 'NON_EMPTY_GROUP');
  }
  const committed = await fetchCommittedOffsets(session, groupId);
  const chosen = await choosePartitions(session, reset.scope, committed);
  if (chosen.size === 0) throw new AdminError(`Cannot reset the offsets of group "${groupId}": no partitions to reset`, 'invalid');
  const committedAt = new Map(committed.map((entry) => [`${entry.topic}/${entry.partition}`, entry.offset]));
  const positions: PartitionPosition[] = [];
  for (const [topic, partitions] of chosen) {
    const [starts, ends, atTime] = await Promise.all([
      readOffsets(session, topic, partitions, EARLIEST_TIMESTAMP),
      readOffsets(session, topic, partitions, LATEST_TIMESTAMP),
      reset.target.kind === 'timestamp' ? readOffsets(session, topic, partitions, BigInt(reset.target.timestampMs)) : null,
    ]);
    for (const partition of partitions) {
      positions.push({
        topic, partition, logStartOffset: starts.get(partition) ?? 0, logEndOffset: ends.get(partition) ?? 0,
        committedOffset: committedAt.get(`${topic}/${partition}`) ?? null,
        ...(atTime === null ? {} : { offsetAtTimestamp: atTime.get(partition) ?? -1 }),
      });
    }
  }
  const plan = planReset(reset.target, positions);
  if (reset.execute) await commitOffsets(session, groupId, plan.map((row) => ({ topic: row.topic, partition: row.partition, offset: row.newOffset })));
  return { groupId, executed: reset.execute, partitions: plan };
}

/** The partitions of `scope` by topic, each checked against the topic's partition count. */
async function choosePartitions(session: AdminSession, scope: ResetScope,
  committed: ReadonlyArray<{ readonly topic: string; readonly partition: number }>): Promise<Map<string, number[]>> {
  const chosen = new Map<string, number[]>();
  if (scope.topics === 'committed') {
    for (const entry of committed) chosen.set(entry.topic, [...(chosen.get(entry.topic) ?? []), entry.partition]);
    return chosen;
  }
  for (const { topic, partitions } of scope.topics) {
    const metadata = await readTopic(session, topic);
    const existing = metadata.partitions.map((partition) => partition.partitionIndex).sort((a, b) => a - b);
    for (const partition of partitions ?? []) {
      if (!existing.includes(partition)) {
        throw new AdminError(`Cannot reset ${topic}/${partition}: the topic has ${existing.length} partitions`, 'invalid');
      }
    }
    chosen.set(topic, [...new Set(partitions ?? existing)].sort((a, b) => a - b));
  }
  return chosen;
}
