// The contract between the coordinator runtime (src/group/runtime/) and the group state it hosts.
//
// Kafka keeps group state in a log: partition p of `__consumer_offsets` holds every record of
// the groups that hash to p, and the broker leading p is those groups' coordinator. Weir follows
// the shape of Kafka's new group coordinator (KIP-848's): one *shard* per offsets partition this
// broker leads, whose state is rebuilt by replaying the partition's records and changed only by
// appending new ones.
//
//   load:   partition p becomes led here → the runtime reads p from its start and calls replay()
//           on the shard for every record (COORDINATOR_LOAD_IN_PROGRESS until it has), then the
//           shard serves requests.
//   write:  an operation decides on records, applies them to its state, and calls write(); the
//           response goes out only once write() resolves, i.e. once the records are committed
//           (the partition's high watermark passed them), so an answer never shows state that a
//           failover could lose.
//   read:   an answer built from state (OffsetFetch, DescribeGroups) first awaits committed(),
//           so it too never shows a change that is not yet committed.
//   unload: p's leadership moves away (or a write fails because it did) → the runtime calls
//           unload(); timers stop, long polls are answered NOT_COORDINATOR, the state is dropped.
//
// The parts (offsets/, classic/, consumer/) implement GroupShardPart; they never touch the log or
// the network themselves.
import type { CancelTimer } from '../runtime/seam.js';
import type { Logger } from '../log/logger.js';
import type { MetadataImage } from '../metadata/image/metadata-image.js';
import type { GroupRecord } from './group-records.js';
import type { TestOnlyBreakGroups } from './runtime/test-only-break-groups.js';

/** The coordinator settings (Kafka's broker config names in the comments). */
export interface GroupCoordinatorSettings {
  /** offsets.topic.num.partitions (50). */
  readonly offsetsTopicPartitions: number;
  /** offsets.topic.replication.factor (3, capped at the brokers there are). */
  readonly offsetsTopicReplicationFactor: number;
  /** offsets.retention.minutes (7 days), in ms. */
  readonly offsetsRetentionMs: number;
  /** offsets.retention.check.interval.ms (600000). */
  readonly offsetsRetentionCheckIntervalMs: number;
  /** offsets.commit.timeout.ms (5000): how long a write waits to be committed. */
  readonly offsetsCommitTimeoutMs: number;
  /** group.min.session.timeout.ms (6000) and group.max.session.timeout.ms (1800000). */
  readonly groupMinSessionTimeoutMs: number;
  readonly groupMaxSessionTimeoutMs: number;
  /** group.initial.rebalance.delay.ms (3000). */
  readonly groupInitialRebalanceDelayMs: number;
  /** group.max.size (Integer.MAX_VALUE). */
  readonly groupMaxSize: number;
  /** group.consumer.session.timeout.ms (45000) and group.consumer.heartbeat.interval.ms (5000), KIP-848. */
  readonly consumerGroupSessionTimeoutMs: number;
  readonly consumerGroupHeartbeatIntervalMs: number;
  /** group.consumer.max.size (Integer.MAX_VALUE). */
  readonly consumerGroupMaxSize: number;
  /** group.consumer.assignors (uniform,range): the first is the default. */
  readonly consumerGroupAssignors: readonly string[];
}

/** What the runtime gives a shard. */
export interface GroupShardContext {
  /** The `__consumer_offsets` partition this shard is. */
  readonly partitionIndex: number;
  readonly settings: GroupCoordinatorSettings;
  readonly logger: Logger;
  /** Wall-clock ms (commit timestamps, offset expiry). */
  now(): number;
  /** Monotonic ms (session and rebalance timeouts). */
  monotonicNow(): number;
  /** A timer on the runtime's clock; all of a shard's timers are cancelled on unload. */
  setTimer(delayMs: number, callback: () => void): CancelTimer;
  /** A random UUID, base64url as Kafka prints them (KIP-394 member ids: `${clientId}-${uuid}`). */
  randomUuid(): string;
  /** The latest metadata image (topics and partition counts, for assignors and validation). */
  image(): MetadataImage;
  /**
   * Appends `records` (in one batch, in order) to this shard's partition. Resolves once they are
   * committed; rejects with a GroupWriteError carrying the Kafka error code to answer with
   * (NOT_COORDINATOR when leadership moved, COORDINATOR_NOT_AVAILABLE when not committed in
   * offsets.commit.timeout.ms). An empty list resolves once everything written before is committed.
   */
  write(records: readonly GroupRecord[]): Promise<void>;
  /** Resolves once every record written so far is committed (a read barrier). */
  committed(): Promise<void>;
  /** Test only: the rules the simulator's negative controls break (never set by `weir node`). */
  readonly testOnlyBreak?: TestOnlyBreakGroups;
}

/** A write that did not commit; `errorCode` is what the request is answered with. */
export class GroupWriteError extends Error {
  constructor(readonly errorCode: number, message: string) {
    super(message);
  }
}

/** One part of a shard's state (offsets, classic groups, consumer groups). */
export interface GroupShardPart {
  /** Applies one loaded record; returns false when the record is not this part's kind. */
  replay(record: GroupRecord): boolean;
  /** Called once after the last record is replayed, before the shard serves requests. */
  loaded(): void;
  /** Stops timers and answers waiting requests NOT_COORDINATOR; the part is dropped afterwards. */
  unload(): void;
}
