// The writer of one shard (Kafka's CoordinatorRuntime write path, KIP-848's coordinator): every
// write() is one record batch appended to the shard's `__consumer_offsets` partition as leader,
// and it resolves only once the partition's high watermark passed the batch's last offset, i.e.
// once every in-sync replica holds it and no failover can lose it. committed() is the read
// barrier: it resolves once everything written so far is committed.
//
// Failures are answered with Kafka's coordinator error normalisation
// (GroupCoordinatorService / CoordinatorRuntime): leadership lost (a new epoch, the partition
// closed, the broker stopping, the log refused) → NOT_COORDINATOR; not replicated within
// offsets.commit.timeout.ms, or fewer in-sync replicas than min.insync.replicas →
// COORDINATOR_NOT_AVAILABLE. The runtime is told which of the two kinds happened:
//   - `onLeadershipLost`: the shard is unloaded (the next leader loads the partition);
//   - `onRecordsLost`: records the shard already applied never reached the log, so its state is
//     ahead of the log; the runtime reloads it from the log.
// A write that timed out is in the log: the state still equals the log's replay, and the records
// become committed later or are truncated away with a leadership change (which unloads).
//
// Order: appendAsLeader hands its batch to the log before its first await, so batches reach the
// log in write() call order, which is the order in which the parts applied their changes.
import assert from 'node:assert/strict';
import { encodeRecordBatch, isLogRefusal } from '../../../storage/mod.js';
import { NotLeaderError, PartitionClosedError, type Partition } from '../../broker/partition/partition.js';
import { waitForHighWatermark, type HighWatermarkWait } from '../../broker/partition/high-watermark-wait.js';
import { ErrorCode } from '../../protocol/mod.js';
import type { Clock } from '../../runtime/seam.js';
import { encodeGroupRecord, type GroupRecord } from '../group-records.js';
import { GroupWriteError } from '../group-shard-context.js';

/** What a writer needs besides its partition. */
export interface ShardWriterOptions {
  readonly partition: Partition;
  /** The leader epoch the shard was loaded in; a write in any other epoch is refused. */
  readonly leaderEpoch: number;
  readonly clock: Clock;
  /** offsets.commit.timeout.ms. */
  readonly commitTimeoutMs: number;
  /** The log end the load replayed to: the shard's state covers everything below it. */
  readonly loadedEndOffset: number;
  isStopping(): boolean;
  onStopping(listener: () => void): () => void;
  /** This replica no longer leads the partition (in the loaded epoch). */
  onLeadershipLost(reason: string): void;
  /** Records the shard applied did not reach the log. */
  onRecordsLost(reason: string): void;
  /** Test only (TestOnlyBreakGroups): a write resolves at its append, before it is replicated. */
  readonly acknowledgeAtAppend?: boolean;
}

/** Appends a shard's records and waits for them to be committed. */
export class ShardWriter {
  /** The end offset (exclusive) of the last batch known to be in the log (or the loaded end). */
  private writtenEndOffset: number;
  /** Appends issued and not yet settled. */
  private readonly appending = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly options: ShardWriterOptions) {
    assert.ok(options.loadedEndOffset >= 0, 'a loaded end offset is an offset');
    this.writtenEndOffset = options.loadedEndOffset;
  }

  /** The end offset (exclusive) of the last batch known to be in the log. */
  get endOffset(): number {
    return this.writtenEndOffset;
  }

  /** No write is accepted any more (the shard was unloaded); waits in progress end on their own. */
  close(): void {
    this.closed = true;
  }

  /**
   * Appends `records` as one batch and resolves once it is committed; rejects with
   * GroupWriteError. An empty list is the read barrier.
   */
  write(records: readonly GroupRecord[]): Promise<void> {
    if (records.length === 0) return this.committed();
    const refusal = this.refusal();
    if (refusal !== undefined) return Promise.reject(refusal);
    const { partition } = this.options;
    if (partition.inSyncReplicaCount < partition.settings.minInsyncReplicas) {
      // Kafka appends coordinator records with acks=-1: NOT_ENOUGH_REPLICAS, which the
      // coordinator answers as COORDINATOR_NOT_AVAILABLE.
      this.options.onRecordsLost('fewer in-sync replicas than min.insync.replicas');
      return Promise.reject(new GroupWriteError(ErrorCode.COORDINATOR_NOT_AVAILABLE,
        `In-sync replicas ${partition.inSyncReplicaCount} below min.insync.replicas ${partition.settings.minInsyncReplicas}`));
    }
    const nowMs = Math.floor(this.options.clock.now());
    const batch = encodeRecordBatch({ records: records.map((record) => {
      const encoded = encodeGroupRecord(record);
      return { key: encoded.key, value: encoded.value, timestampMs: nowMs };
    }) });
    const appended = this.track(partition.appendAsLeader(batch));
    return appended.then((result) => {
      const endOffset = result.lastOffset + 1;
      this.writtenEndOffset = Math.max(this.writtenEndOffset, endOffset);
      if (this.options.acknowledgeAtAppend === true) return undefined;
      return this.awaitCommitted(endOffset);
    }, (error: unknown) => {
      throw this.appendFailed(error);
    });
  }

  /** Resolves once every batch written so far is committed (a read barrier). */
  async committed(): Promise<void> {
    const refusal = this.refusal();
    if (refusal !== undefined) throw refusal;
    // Appends still on their way to the log are part of "so far": their offsets come once they land.
    await Promise.allSettled([...this.appending]);
    return this.awaitCommitted(this.writtenEndOffset);
  }

  private refusal(): GroupWriteError | undefined {
    const { partition, leaderEpoch } = this.options;
    if (this.closed) return new GroupWriteError(ErrorCode.NOT_COORDINATOR, 'The coordinator was unloaded');
    if (partition.isClosed || !partition.isLeader || partition.leaderEpoch !== leaderEpoch) {
      this.options.onLeadershipLost('the partition is no longer led here in the loaded epoch');
      return new GroupWriteError(ErrorCode.NOT_COORDINATOR, 'This broker no longer leads the partition');
    }
    return undefined;
  }

  private track<T>(operation: Promise<T>): Promise<T> {
    this.appending.add(operation);
    const done = (): void => { this.appending.delete(operation); };
    operation.then(done, done);
    return operation;
  }

  /** The GroupWriteError for an append that did not reach the log; rethrows a bug. */
  private appendFailed(error: unknown): GroupWriteError {
    if (error instanceof NotLeaderError || error instanceof PartitionClosedError || isLogRefusal(error)) {
      this.options.onLeadershipLost(`the append failed: ${String(error)}`);
      return new GroupWriteError(ErrorCode.NOT_COORDINATOR, 'The append to the offsets partition failed');
    }
    throw error;
  }

  private async awaitCommitted(endOffset: number): Promise<void> {
    const { partition } = this.options;
    const waited: HighWatermarkWait = await waitForHighWatermark(partition, endOffset, {
      clock: this.options.clock, timeoutMs: this.options.commitTimeoutMs, leaderEpoch: this.options.leaderEpoch,
      isStopping: () => this.options.isStopping(), onStopping: (listener) => this.options.onStopping(listener),
    });
    switch (waited) {
      case 'replicated': return;
      case 'timed-out':
        throw new GroupWriteError(ErrorCode.COORDINATOR_NOT_AVAILABLE,
          `Not replicated within offsets.commit.timeout.ms (${this.options.commitTimeoutMs} ms)`);
      case 'closed':
      case 'stopping':
      case 'not-leader':
        this.options.onLeadershipLost(`the wait for the high watermark ended: ${waited}`);
        throw new GroupWriteError(ErrorCode.NOT_COORDINATOR, `The leadership of the offsets partition ended (${waited})`);
      default: {
        const unexpected: never = waited;
        assert.fail(`unknown high watermark wait outcome ${String(unexpected)}`);
      }
    }
  }
}
