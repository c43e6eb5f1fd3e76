// The history of a consumer group as its simulated members saw it (sim/groups/): the facts the
// group checkers (group-ownership.ts, committed-offsets.ts, group-resume.ts) read. Part of
// sim/checkers/. Every fact is what a member was told by a broker, with the virtual times at
// which the member sent the request (`invokedAtMs`) and got the answer (`answeredAtMs`), so a
// checker can order two facts only when one answer arrived before the other request left —
// the real-time order Jepsen's checkers use; two overlapping requests are concurrent.
//
// A partition of a topic is named "topic/partition", as the Kafka workload's history does.

/** A SyncGroup answer (classic) or a ConsumerGroupHeartbeat answer (KIP-848) with an assignment. */
export interface AssignmentFact {
  readonly group: string;
  readonly member: string;
  /** Classic: the generation id; KIP-848: the member epoch. */
  readonly generation: number;
  readonly partitions: readonly string[];
  /** The broker (node id) that answered: the coordinator as the member knew it. */
  readonly coordinator: number;
  readonly answeredAtMs: number;
}

/** A Heartbeat answered NONE: the coordinator told the member it is still in `generation`. */
export interface ConfirmationFact {
  readonly group: string;
  readonly member: string;
  readonly generation: number;
  readonly coordinator: number;
  readonly invokedAtMs: number;
}

/**
 * KIP-848: a member gave partitions up and told the coordinator so (a ConsumerGroupHeartbeat
 * whose owned partitions no longer list them), and the coordinator answered NONE: the member
 * was in the group all along, from its grant to this revocation.
 */
export interface ReleaseFact {
  readonly group: string;
  readonly member: string;
  readonly partitions: readonly string[];
  readonly coordinator: number;
  readonly invokedAtMs: number;
}

/** One partition's committed offset as a coordinator answered about it, and when. */
interface OffsetFact {
  readonly group: string;
  readonly partition: string;
  /** The committed offset: the next record the group is to consume (-1 in a fetch: none yet). */
  readonly offset: number;
  readonly member: string;
  readonly invokedAtMs: number;
  readonly answeredAtMs: number;
}

/** An OffsetCommit of one partition that the coordinator acknowledged (error NONE). */
export type CommitFact = OffsetFact;

/** An OffsetFetch answer for one partition (offset -1: the group has no committed offset). */
export type OffsetFetchFact = OffsetFact;

/** An acknowledged reset of a partition's committed offset (OffsetDelete, DeleteGroups). */
export interface ResetFact {
  readonly group: string;
  readonly partition: string;
  readonly answeredAtMs: number;
}

/**
 * A member began consuming a partition it was assigned: it fetched `committedOffset` for it
 * (-1: none) and sent its first Fetch from `startOffset`.
 */
export interface ResumeFact {
  readonly group: string;
  readonly member: string;
  readonly generation: number;
  readonly partition: string;
  readonly committedOffset: number;
  readonly startOffset: number;
}

/** Records a member consumed (a Fetch answer from its position, while it owned the partition). */
export interface ConsumeFact {
  readonly group: string;
  readonly member: string;
  readonly generation: number;
  readonly partition: string;
  readonly records: ReadonlyArray<{ readonly offset: number; readonly value: string }>;
}

/** Reports one anomaly with its stable name and a one-line explanation. */
export type ReportAnomaly = (anomaly: string, message: string) => void;
