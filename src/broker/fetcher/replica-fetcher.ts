// One replica fetcher: the loop that keeps this broker's follower replicas of partitions led by
// one source broker in step with it (issue 11; Kafka's ReplicaFetcherThread and
// AbstractFetcherThread). Every partition it follows goes into one Fetch per round, so a round
// moves whole record batches for many partitions at once:
//
//   fetch(all ready partitions) ──▶ per partition:  records   → append unchanged, take the HWM
//        ▲   maxWaitMs 500, minBytes 1              diverging → truncate by epoch (truncation-point.ts)
//        │                                          error     → back off that partition
//        └────────────── next round ◀──────────────┘  (a failed round: back off the whole fetcher)
//
// A leader too old for Fetch v12 (no LastFetchedEpoch, so no DivergingEpoch) is asked
// OffsetForLeaderEpoch for each newly added partition first, and the follower truncates by that
// answer (KIP-101, KIP-279) before it fetches. Partitions are added and removed by the fetcher
// manager as roles change; an answer for a partition removed (or re-added) meanwhile is dropped.
import assert from 'node:assert/strict';
import { RecordBatchError } from '../../../storage/mod.js';
import type { Logger } from '../../log/logger.js';
import type { KafkaClient } from '../../net/kafka-client/kafka-client.js';
import { ApiKey, ErrorCode } from '../../protocol/mod.js';
import type { FetchResponse, FetchResponsePartitionData } from '../../protocol/generated/messages/fetch.js';
import type { Clock } from '../../runtime/seam.js';
import { PartitionClosedError, type Partition } from '../partition/partition.js';
import { truncationPoint } from '../partition/truncation-point.js';
import {
  answerFor, buildReplicaFetch, fetchDialectVersions, hasDivergingEpoch, type FetchDialect, type FetchLimits,
  type FetchPosition,
} from './fetch-request.js';
import { truncateByOffsetForLeaderEpoch } from './leader-epoch-truncation.js';

/** A partition this fetcher follows. A new object each time it is (re-)added. */
export interface FetchedPartition {
  readonly partition: Partition;
  /** The leader epoch the follower fetches in (its CurrentLeaderEpoch). */
  readonly leaderEpoch: number;
  /** Monotonic ms before which it is not fetched (after an error). */
  delayedUntilMs: number;
  /** True until its log was truncated by OffsetForLeaderEpoch (leaders without Fetch v12 only). */
  needsEpochTruncation: boolean;
}

export interface ReplicaFetcherOptions {
  readonly sourceBrokerId: number;
  readonly client: KafkaClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The source broker's address now, or null while the image has none. */
  readonly locate: () => string | null;
  /** Who fetches and how much (the broker epoch is asked afresh per round). */
  readonly limits: () => FetchLimits;
  /** Kafka's replica.fetch.backoff.ms: the wait after an error. */
  readonly backoffMs: number;
  /** A bug surfaced while fetching; the node must stop. */
  readonly onFatal: (error: unknown) => void;
  /** Test only (TestOnlyBreakReplication): truncate to the high watermark (the KIP-101 bug). */
  readonly testOnlyTruncateToHighWatermark?: boolean;
}

/** The fetch loop of one source broker. */
export class ReplicaFetcher {
  private readonly partitions = new Map<string, FetchedPartition>();
  private dialect: FetchDialect = 'replica-state';
  private running = false;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(private readonly options: ReplicaFetcherOptions) {
    assert.ok(options.backoffMs > 0, 'the fetch backoff is positive');
  }

  get partitionCount(): number {
    return this.partitions.size;
  }

  /** Follows `partition` in `leaderEpoch` (replacing an earlier entry of the same key). */
  add(key: string, partition: Partition, leaderEpoch: number): void {
    assert.ok(!this.stopped, 'a stopped fetcher takes no partitions');
    this.partitions.set(key, { partition, leaderEpoch, delayedUntilMs: 0,
      // Under the KIP-101 control a new follower truncates before it fetches, as Kafka's did (to its high watermark).
      needsEpochTruncation: this.dialect === 'no-last-fetched-epoch' || this.options.testOnlyTruncateToHighWatermark === true });
    this.wake?.();
    if (!this.running) this.run();
  }

  /** Stops following `key`; an answer in flight for it is dropped. */
  remove(key: string): void {
    this.partitions.delete(key);
  }

  /** Whether `key` is followed in `leaderEpoch` on `partition`. */
  follows(key: string, partition: Partition, leaderEpoch: number): boolean {
    const entry = this.partitions.get(key);
    return entry !== undefined && entry.partition === partition && entry.leaderEpoch === leaderEpoch;
  }

  /** Ends the loop after the round in flight. */
  stop(): void {
    this.stopped = true;
    this.partitions.clear();
    this.wake?.();
  }

  private run(): void {
    this.running = true;
    this.loop().catch((error: unknown) => this.options.onFatal(error));
  }

  /**
   * Rounds until no partition is left. `running` drops in the same synchronous step as the last
   * check (the finally of this very function), so an `add` right after restarts the loop.
   */
  private async loop(): Promise<void> {
    try {
      while (!this.stopped && this.partitions.size > 0) {
        const nowMs = this.options.clock.monotonicNow();
        const ready = [...this.partitions].filter(([, entry]) => entry.delayedUntilMs <= nowMs && usable(entry));
        if (ready.length === 0) {
          await this.sleep(this.nextDueMs(nowMs));
          continue;
        }
        await this.truncateByOffsetForLeaderEpoch(ready);
        const fetchable = ready.filter(([, entry]) => !entry.needsEpochTruncation);
        if (fetchable.length > 0) await this.fetchRound(fetchable);
      }
    } finally {
      this.running = false;
    }
  }

  private nextDueMs(nowMs: number): number {
    let due = this.options.backoffMs;
    for (const entry of this.partitions.values()) due = Math.min(due, Math.max(entry.delayedUntilMs - nowMs, 1));
    return due;
  }

  private async fetchRound(ready: readonly (readonly [string, FetchedPartition])[]): Promise<void> {
    const address = this.options.locate();
    if (address === null) {
      await this.sleep(this.options.backoffMs);
      return;
    }
    const positions = ready.map(([, entry]) => positionOf(entry));
    const dialect = this.dialect;
    const outcome = await this.options.client.send<FetchResponse>(address, {
      apiKey: ApiKey.Fetch, body: buildReplicaFetch(positions, this.options.limits(), dialect),
      versions: fetchDialectVersions[dialect],
    });
    if (outcome.kind === 'unsupported-version') {
      this.downgrade(dialect);
      return;
    }
    if (outcome.kind !== 'response' || outcome.body.errorCode !== ErrorCode.NONE) {
      this.options.logger.debug('replica fetch failed', { source: this.options.sourceBrokerId, outcome: outcome.kind });
      await this.sleep(this.options.backoffMs);
      return;
    }
    for (const [index, [key, entry]] of ready.entries()) {
      const position = positions[index];
      assert.ok(position !== undefined, 'one position per fetched partition');
      const answer = answerFor(outcome.body, position, outcome.version);
      if (answer === undefined || this.partitions.get(key) !== entry || !usable(entry)) continue;
      await this.apply(entry, position, answer);
    }
  }

  /** A leader that lacks this dialect's versions: the next older one. */
  private downgrade(dialect: FetchDialect): void {
    assert.ok(dialect !== 'no-last-fetched-epoch', 'a leader speaks at least Fetch v4 (the handshake checked)');
    this.dialect = dialect === 'replica-state' ? 'replica-id' : 'no-last-fetched-epoch';
    if (this.dialect === 'no-last-fetched-epoch') for (const entry of this.partitions.values()) entry.needsEpochTruncation = true;
    this.options.logger.info('replica fetcher speaks an older Fetch', { source: this.options.sourceBrokerId, dialect: this.dialect });
  }

  /** Applies one partition's answer: truncate, append, take the high watermark, or back off. */
  private async apply(entry: FetchedPartition, position: FetchPosition, answer: FetchResponsePartitionData): Promise<void> {
    const { partition } = entry;
    try {
      if (answer.errorCode !== ErrorCode.NONE) {
        await this.onPartitionError(entry, position, answer);
        return;
      }
      if (hasDivergingEpoch(answer)) {
        await this.truncate(entry, { epoch: answer.divergingEpoch.epoch, endOffset: Number(answer.divergingEpoch.endOffset) });
        return;
      }
      const records = answer.records;
      if (records !== null && records.length > 0) {
        if (partition.offsets.logEndOffset !== position.fetchOffset) return;
        await partition.appendAsFollower(records);
      }
      partition.updateHighWatermarkFromLeader(Number(answer.highWatermark));
      await followLogStart(partition, Number(answer.logStartOffset));
    } catch (error) {
      if (error instanceof PartitionClosedError) return;
      // A batch that does not follow the log (OFFSET_MISMATCH, a bad CRC) is not appended; the
      // next round fetches again from the log end.
      if (!(error instanceof RecordBatchError)) throw error;
      this.options.logger.warn('a fetched batch was refused', { partition: keyOf(partition), error: error.message });
      this.delay(entry);
    }
  }

  private async onPartitionError(entry: FetchedPartition, position: FetchPosition,
    answer: FetchResponsePartitionData): Promise<void> {
    const logStartOffset = Number(answer.logStartOffset);
    if (answer.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE && logStartOffset > position.fetchOffset) {
      // The leader no longer has what this follower needs next: start over at its log start.
      await entry.partition.truncateFullyAndStartAt(logStartOffset);
      return;
    }
    this.options.logger.debug('replica fetch of a partition refused', { partition: keyOf(entry.partition),
      errorCode: answer.errorCode, leaderEpoch: entry.leaderEpoch });
    this.delay(entry);
  }

  /** Truncates by the leader's diverging epoch (truncation-point.ts). */
  private async truncate(entry: FetchedPartition, leader: { epoch: number; endOffset: number }): Promise<void> {
    const { partition } = entry;
    const byEpoch = truncationPoint(leader, { epochEnd: partition.endOffsetForEpoch(leader.epoch),
      logEndOffset: partition.offsets.logEndOffset });
    const point = this.options.testOnlyTruncateToHighWatermark === true
      ? { offset: partition.highWatermark, complete: true } : byEpoch;
    const before = partition.offsets.logEndOffset;
    const endOffset = await partition.truncateTo(point.offset);
    this.options.logger.info('follower truncated by leader epoch', { partition: keyOf(partition), from: before,
      to: endOffset, leaderEpoch: leader.epoch, leaderEndOffset: leader.endOffset, complete: point.complete });
  }

  /** Leaders without Fetch v12: truncation by OffsetForLeaderEpoch before the first fetch. */
  private async truncateByOffsetForLeaderEpoch(ready: readonly (readonly [string, FetchedPartition])[]): Promise<void> {
    const address = this.options.locate();
    const pending = ready.filter(([, entry]) => entry.needsEpochTruncation);
    if (address === null || pending.length === 0) return;
    const settled = await truncateByOffsetForLeaderEpoch(this.options.client, address, {
      replicaId: this.options.limits().replicaId,
      partitions: pending.map(([, entry]) => entry),
      truncate: (entry, leader) => this.truncate(entry, leader),
    });
    for (const [key, entry] of pending) {
      if (this.partitions.get(key) !== entry) continue;
      if (settled.has(entry)) entry.needsEpochTruncation = false;
      else this.delay(entry);
    }
  }

  private delay(entry: FetchedPartition): void {
    entry.delayedUntilMs = this.options.clock.monotonicNow() + this.options.backoffMs;
  }

  /** Waits `delayMs`, or less when a partition is added or the fetcher stops. */
  private sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        this.wake = undefined;
        cancel();
        resolve();
      };
      const cancel = this.options.clock.setTimer(delayMs, done);
      this.wake = done;
    });
  }
}

function usable(entry: FetchedPartition): boolean {
  const { partition } = entry;
  return !partition.isClosed && partition.role.kind === 'follower' && partition.leaderEpoch === entry.leaderEpoch;
}

function positionOf(entry: FetchedPartition): FetchPosition {
  const { partition } = entry;
  return { topicName: partition.id.topicName as FetchPosition['topicName'], topicId: partition.id.topicId as FetchPosition['topicId'],
    partitionIndex: partition.id.partitionIndex, fetchOffset: partition.offsets.logEndOffset,
    currentLeaderEpoch: entry.leaderEpoch, lastFetchedEpoch: partition.latestEpoch };
}

function keyOf(partition: Partition): string {
  return `${partition.id.topicName}-${partition.id.partitionIndex}`;
}

/**
 * The leader's log start moved up (DeleteRecords, retention): the follower's moves with it, as
 * Kafka's follower does, so records a client deleted are not served again by a replica that
 * later leads. Only up to the follower's own high watermark (below it the logs agree).
 */
async function followLogStart(partition: Partition, leaderLogStartOffset: number): Promise<void> {
  if (leaderLogStartOffset <= partition.offsets.logStartOffset) return;
  if (leaderLogStartOffset > partition.highWatermark) return;
  await partition.deleteRecordsBefore(leaderLogStartOffset);
}
