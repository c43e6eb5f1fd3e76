// `weir consume TOPIC --group GROUP` (src/cli/): reading as a member of a consumer group, so that
// several `weir consume` processes of one group share the topic's partitions and a restarted one
// goes on from where the group stopped. The member joins through the KIP-848 protocol
// (src/admin/group-member.ts: the broker assigns); each partition it is given starts at the
// group's committed offset, or where --offset says when nothing is committed (Kafka's
// auto.offset.reset: beginning = earliest, end = latest). Positions are committed after the
// records they cover are printed (at-least-once: a crash between printing and committing prints
// them again in the next member), before a partition is given up, and on the way out, when the
// member leaves so that the others take its partitions at once.
import { fetchCommittedOffsets } from '../admin/group-reads.js';
import { ConsumerGroupMember, type AssignmentChange } from '../admin/group-member.js';
import { commitOffsets } from '../admin/group-writes.js';
import type { AdminSession } from '../admin/admin-session.js';
import { readTopic } from '../admin/metadata-reads.js';
import { fetchRound, startPositions, type FetchedRecord, type Positions } from '../admin/record-reader.js';
import { sleep } from '../net/kafka-client/follow-leader.js';

/** A consumer's rebalance.timeout.ms: how long it may take to give up partitions (Kafka's max.poll.interval.ms default is 300 s; a CLI reader is quick). */
const REBALANCE_TIMEOUT_MS = 30_000;
/** How long to wait between heartbeats while the member owns nothing to read. */
const IDLE_WAIT_MS = 100;

/** One `weir consume --group` run. */
export interface GroupConsumeRun {
  readonly groupId: string;
  readonly topic: string;
  /** Where a partition without a committed offset starts. */
  readonly reset: 'beginning' | 'end';
  readonly countMax: number;
  /** Stop once every owned partition is read to its end (and the member owns some). */
  readonly exitAtEnd: boolean;
  readonly print: (consumed: FetchedRecord) => void;
  readonly stopped: () => boolean;
}

/** Reads as a member of the group until the count, the end (--exit) or a stop; then commits and leaves. */
export async function consumeAsMember(session: AdminSession, run: GroupConsumeRun): Promise<void> {
  const metadata = await readTopic(session, run.topic);
  const member = new ConsumerGroupMember(session, { groupId: run.groupId, topic: run.topic, topicId: metadata.topicId,
    rebalanceTimeoutMs: REBALANCE_TIMEOUT_MS });
  const positions: Positions = new Map();
  const commit = (partitions: readonly number[]): Promise<void> => commitOffsets(session, run.groupId,
    partitions.filter((partition) => positions.has(partition))
      .map((partition) => ({ topic: run.topic, partition, offset: positions.get(partition) ?? 0 })),
    { memberId: member.memberId, memberEpoch: member.memberEpoch });
  let printed = 0;
  try {
    while (printed < run.countMax && !run.stopped()) {
      if (member.heartbeatDue()) await follow(await member.heartbeat(), { session, run, positions, commit });
      if (positions.size === 0) {
        await sleep(session.runtime.clock, IDLE_WAIT_MS);
        continue;
      }
      const round = await fetchRound(session, run.topic, positions,
        { maxWaitMs: run.exitAtEnd ? 0 : 500, limit: Math.min(run.countMax - printed, 100_000) });
      for (const consumed of round.records) run.print(consumed);
      printed += round.records.length;
      if (round.records.length > 0) await commit([...positions.keys()]);
      const atEnd = [...positions].every(([partition, offset]) => offset >= (round.highWatermarks.get(partition) ?? Infinity));
      if (run.exitAtEnd && atEnd) return;
    }
  } finally {
    if (member.memberEpoch > 0) await commit([...positions.keys()]);
    await member.leave();
  }
}

interface Following {
  readonly session: AdminSession;
  readonly run: GroupConsumeRun;
  readonly positions: Positions;
  commit(partitions: readonly number[]): Promise<void>;
}

/** Gives up revoked partitions (committing where they were read to) and starts the assigned ones. */
async function follow(change: AssignmentChange, following: Following): Promise<void> {
  const { session, run, positions } = following;
  if (change.revoked.length > 0) {
    await following.commit(change.revoked);
    for (const partition of change.revoked) positions.delete(partition);
  }
  if (change.assigned.length === 0) return;
  const committed = new Map((await fetchCommittedOffsets(session, run.groupId))
    .filter((entry) => entry.topic === run.topic).map((entry) => [entry.partition, entry.offset]));
  const fresh = change.assigned.filter((partition) => !committed.has(partition));
  const reset = fresh.length === 0 ? new Map<number, number>() : await startPositions(session, run.topic, fresh, { kind: run.reset });
  for (const partition of change.assigned) positions.set(partition, committed.get(partition) ?? reset.get(partition) ?? 0);
}
