// One partition replica hosted by this broker: its storage Log, its role, its high watermark and
// the waiters of long-polling fetches (DESIGN.md, src/broker; Kafka's Partition + UnifiedLog;
// issue 11). The role follows the committed metadata image (partition-role.ts):
// - As leader it appends producer batches stamped with its leader epoch, serves consumers below
//   the high watermark and followers up to the log end, and tracks each follower's fetches
//   (leader-replicas.ts) to move the high watermark (high-watermark.ts) and to know which ISR
//   change to propose (isr-membership.ts).
// - As follower it appends the leader's batches unchanged (offsets, epochs, CRCs), truncates
//   where the replica fetcher's epoch rules say (truncation-point.ts), and takes the leader's
//   high watermark, never past its own log end.
// High watermark at open: the log end for a sole in-sync leader (one replica: everything on disk
// is in the whole ISR), else the checkpointed one (high-watermark-checkpoint.ts) or the log
// start, bounded by the log end, from where the leader's ISR (or, on a follower, the leader's
// answers) moves it up.
//
// Leadership ending (a new leader epoch, or becoming follower) ends acks=all waits at once
// (`onLeadershipEnd`): a follower's high watermark says nothing about a batch this replica
// appended as leader, which the new leader may not have.
//
// Closing: a partition closes (broker stop, leadership moved) or is deleted (topic deleted) while
// requests may still hold it: a produce that waited for the partition to open, a long-polling
// fetch, an acks=-1 produce waiting for the high watermark. Every operation on a closed
// partition rejects with PartitionClosedError, which handlers answer with Kafka's error for the
// partition as the image now names it (issue 9: it used to be an assertion, and the node
// stopped); `onClose` listeners let waiters finish at once instead of at their timeout.
//
// Ordering: `appendAsLeader` hands its batch to the log before its first await, so appends
// reach the log in call order (the log queues them), which keeps pipelined produce requests of
// one connection in order.
import assert from 'node:assert/strict';
import { Log, OffsetOutOfRangeError } from '../../../storage/mod.js';
import type {
  AppendResult, CleanableRange, CompactionStep, EpochEndOffset, LogRead, RetentionResult, TestOnlyBreakDurability,
} from '../../../storage/mod.js';
import type { Clock } from '../../runtime/seam.js';
import type { Disk } from '../../runtime/seam.js';
import { consumerHighWatermark } from './consumer-high-watermark.js';
import { followerHighWatermark, nextHighWatermark } from './high-watermark.js';
import { writeHighWatermarkCheckpoint } from './high-watermark-checkpoint.js';
import type { FollowerFetch } from './isr-membership.js';
import { LeaderReplicas } from './leader-replicas.js';
import { soleLeaderRole, type PartitionRole } from './partition-role.js';
import { logConfigChanged } from './partition-settings.js';
import type { PartitionSettings } from './partition-settings.js';

/** The place of a partition: its topic, topic id and index. */
export interface PartitionId {
  readonly topicName: string;
  readonly topicId: string;
  readonly partitionIndex: number;
}

/** Offsets a fetch or a metric reports. Invariant: logStart ≤ highWatermark ≤ logEnd. */
export interface PartitionOffsets {
  readonly logStartOffset: number;
  readonly highWatermark: number;
  readonly logEndOffset: number;
}

/** Where a partition's log lives and how it is configured. */
export interface OpenPartitionOptions {
  readonly disk: Disk;
  readonly clock: Clock;
  /** The log's directory, `<log.dirs entry>/<topic>-<partition>`. */
  readonly directory: string;
  readonly id: PartitionId;
  readonly settings: PartitionSettings;
  /** The leader epoch stamped on appended batches (when `role` is not given). */
  readonly leaderEpoch: number;
  /** The role from the image; default: sole leader in `leaderEpoch` (one replica). */
  readonly role?: PartitionRole;
  /** The high watermark checkpointed before (high-watermark-checkpoint.ts), if any. */
  readonly checkpointedHighWatermark?: number;
  /** Test only: breaks the log's durability on purpose (simulator negative controls). */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
}

/** A read for a fetch: whole batches below the high watermark. */
export interface PartitionRead extends PartitionOffsets {
  readonly records: Uint8Array;
}

/** Called after the offsets changed: an append, a truncation, a new high watermark or log start. */
export type OffsetsListener = (offsets: PartitionOffsets) => void;

/**
 * An operation reached a partition that was closed or deleted meanwhile (not a bug: requests
 * may wait while the partition goes away). Handlers answer it with the partition's current
 * lookup error, UNKNOWN_TOPIC_OR_PARTITION or NOT_LEADER_OR_FOLLOWER.
 */
export class PartitionClosedError extends Error {
  readonly code = 'PARTITION_CLOSED';
  constructor(readonly partition: PartitionId, action: string) {
    super(`Cannot ${action} partition "${partition.topicName}-${partition.partitionIndex}": it is closed`);
    this.name = 'PartitionClosedError';
  }
}

/**
 * A leader operation (a produce append) reached a replica that is not the leader now (its role
 * changed while the request waited). Handlers answer NOT_LEADER_OR_FOLLOWER.
 */
export class NotLeaderError extends Error {
  readonly code = 'NOT_LEADER';
  constructor(readonly partition: PartitionId, action: string) {
    super(`Cannot ${action} partition "${partition.topicName}-${partition.partitionIndex}": this replica does not lead it`);
    this.name = 'NotLeaderError';
  }
}

/** A hosted partition over one storage Log. Open with `Partition.open`. */
export class Partition {
  private log: Log;
  private settingsNow: PartitionSettings;
  private highWatermarkNow: number;
  private roleNow: PartitionRole;
  /** The leader's view of its followers; defined exactly while the role is leader. */
  private leaderReplicas: LeaderReplicas | undefined;
  private readonly listeners = new Set<OffsetsListener>();
  private readonly closeListeners = new Set<() => void>();
  private readonly leadershipEndListeners = new Set<() => void>();
  /** Set while the log is reopened with new settings; operations chain behind it. */
  private reopening: Promise<void> | undefined;
  private closed = false;
  /** Truncations so far (a waiter knows its batch is still in the log while this is unchanged). */
  private truncations = 0;
  /** The high watermark last written to the checkpoint file, if any. */
  private checkpointedHighWatermark: number | undefined;

  private constructor(private readonly options: OpenPartitionOptions, log: Log) {
    this.log = log;
    this.settingsNow = options.settings;
    this.roleNow = options.role ?? soleLeaderRole(options.leaderEpoch);
    const soleInSync = this.roleNow.kind === 'leader' && this.roleNow.isrFollowers.length === 0;
    const checkpointed = Math.min(Math.max(options.checkpointedHighWatermark ?? 0, log.logStartOffset), log.logEndOffset);
    this.highWatermarkNow = soleInSync ? log.logEndOffset : checkpointed;
    this.checkpointedHighWatermark = options.checkpointedHighWatermark;
    if (this.roleNow.kind === 'leader') {
      this.leaderReplicas = new LeaderReplicas(this.roleNow, options.clock.monotonicNow(), log.logEndOffset);
    }
  }

  /** Opens (recovering) the partition's log. Rejects with CorruptionError if it cannot be trusted. */
  static async open(options: OpenPartitionOptions): Promise<Partition> {
    assert.ok(Number.isInteger(options.id.partitionIndex) && options.id.partitionIndex >= 0);
    // The test-only switches apply to the open at start-up (recovery after a crash) and to the
    // appends of that log; a reopen for new settings (reconfigure) runs the log as it should.
    const log = await Log.open({ disk: options.disk, directory: options.directory, clock: options.clock,
      config: options.settings.log,
      ...(options.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: options.testOnlyBreakDurability }) });
    const partition = new Partition(options, log);
    partition.checkInvariants();
    return partition;
  }

  get id(): PartitionId {
    return this.options.id;
  }

  get settings(): PartitionSettings {
    return this.settingsNow;
  }

  get leaderEpoch(): number {
    return this.roleNow.leaderEpoch;
  }

  get role(): PartitionRole {
    return this.roleNow;
  }

  get isLeader(): boolean {
    return this.roleNow.kind === 'leader';
  }

  get highWatermark(): number {
    return this.highWatermarkNow;
  }

  /**
   * The high watermark a consumer may be shown (consumer-high-watermark.ts): the leader's once it
   * reached the start of its leader epoch; undefined before, and on a follower.
   */
  get consumerHighWatermark(): number | undefined {
    const leadership = this.leaderReplicas;
    if (leadership === undefined) return undefined;
    return consumerHighWatermark({ highWatermark: this.highWatermarkNow,
      leaderEpochStartOffset: leadership.leaderEpochStartOffset });
  }

  get offsets(): PartitionOffsets {
    return { logStartOffset: this.log.logStartOffset, highWatermark: this.highWatermarkNow,
      logEndOffset: this.log.logEndOffset };
  }

  /** True once the partition was closed or deleted: every operation rejects with PartitionClosedError. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** What recovery did when the log was opened (for the start-up log line). */
  get recovery(): Log['recovery'] {
    return this.log.recovery;
  }

  /** How many times the log was truncated or restarted since it opened. */
  get truncationCount(): number {
    return this.truncations;
  }

  /** The latest leader epoch in the log, or -1 (a follower's LastFetchedEpoch). */
  get latestEpoch(): number {
    return this.log.latestEpoch;
  }

  /**
   * Where `epoch` ends in this log (OffsetForLeaderEpoch, the diverging-epoch check). A leader
   * counts its own epoch as begun at the log end where it became leader even before its first
   * append in it, as Kafka's leader writes that epoch into its cache at once (makeLeader): so an
   * epoch between the log's latest and the leader's ends there, and a follower holding such an
   * epoch (a short-lived leader's) is told to truncate to it, not left diverging.
   */
  endOffsetForEpoch(epoch: number): EpochEndOffset {
    const logLatest = this.log.latestEpoch;
    const current = this.roleNow.leaderEpoch;
    if (this.roleNow.kind !== 'leader' || logLatest >= current || epoch < logLatest || epoch < 0) {
      return this.log.endOffsetForEpoch(epoch);
    }
    const logEndOffset = this.log.logEndOffset;
    if (epoch > current) return { epoch: -1, endOffset: -1 };
    if (epoch === current) return { epoch: current, endOffset: logEndOffset };
    return { epoch: logLatest >= 0 ? logLatest : epoch, endOffset: logEndOffset };
  }

  /**
   * Takes the role the latest image gives. A stale one (an older leader epoch) is ignored. A new
   * leader epoch, or leaving leadership, ends the acks=all waits of the old one.
   */
  applyRole(role: PartitionRole): void {
    const before = this.roleNow;
    if (role.leaderEpoch < before.leaderEpoch) return;
    const sameLeadership = before.kind === 'leader' && role.kind === 'leader' && role.leaderEpoch === before.leaderEpoch;
    this.roleNow = role;
    if (sameLeadership) {
      assert.ok(this.leaderReplicas !== undefined, 'a leader tracks its followers');
      this.leaderReplicas.update(role, this.options.clock.monotonicNow());
    } else {
      if (before.kind === 'leader') this.endLeadership();
      this.leaderReplicas = role.kind === 'leader'
        ? new LeaderReplicas(role, this.options.clock.monotonicNow(), this.log.logEndOffset) : undefined;
    }
    this.maybeIncreaseHighWatermark();
    this.checkInvariants();
  }

  private endLeadership(): void {
    const listeners = [...this.leadershipEndListeners];
    this.leadershipEndListeners.clear();
    for (const listener of listeners) listener();
  }

  /** Registers a listener called once when this replica's current leadership ends; returns its removal. */
  onLeadershipEnd(listener: () => void): () => void {
    if (this.roleNow.kind !== 'leader' || this.closed) {
      listener();
      return () => {};
    }
    this.leadershipEndListeners.add(listener);
    return () => { this.leadershipEndListeners.delete(listener); };
  }

  /** The committed ISR size, this replica included, while leader (min.insync.replicas); else 0. */
  get inSyncReplicaCount(): number {
    return this.leaderReplicas?.inSyncReplicaCount ?? 0;
  }

  /** The leader's view of its followers (ISR proposals); undefined unless leader. */
  get followers(): LeaderReplicas | undefined {
    return this.leaderReplicas;
  }

  /**
   * Appends one validated batch as leader, stamping the leader epoch and, for LogAppendTime
   * topics, the broker's time. Resolves once the log holds it (and fsynced it if the flush policy
   * says so). Rejects with PartitionClosedError once the partition is closed, NotLeaderError if
   * this replica does not lead it.
   */
  async appendAsLeader(records: Uint8Array): Promise<AppendResult> {
    if (this.roleNow.kind !== 'leader') return Promise.reject(new NotLeaderError(this.options.id, 'append to'));
    const leaderEpoch = this.roleNow.leaderEpoch;
    const leadership = this.leaderReplicas;
    const truncations = this.truncations;
    const logAppendTimeMs = this.settingsNow.timestampType === 'LogAppendTime' ? this.options.clock.now() : undefined;
    const result = await this.withLog('append to', (log) => log.append(records, {
      partitionLeaderEpoch: leaderEpoch,
      ...(logAppendTimeMs === undefined ? {} : { logAppendTimeMs }),
    }));
    assert.ok(result.lastOffset < this.log.logEndOffset, 'the appended batch is in the log');
    if (this.leaderReplicas !== leadership && leadership !== undefined && this.truncations === truncations) {
      this.highWatermarkAfterLeadership(leadership, result.lastOffset + 1);
    }
    if (!this.maybeIncreaseHighWatermark()) this.notifyOffsets();
    return { ...result, maxTimestampMs: logAppendTimeMs ?? result.maxTimestampMs };
  }

  /**
   * Appends the leader's batches as fetched (offsets, epochs and CRCs unchanged), as follower.
   * Their first offset must be this log's end (else RecordBatchError OFFSET_MISMATCH).
   */
  async appendAsFollower(records: Uint8Array): Promise<AppendResult> {
    assert.equal(this.roleNow.kind, 'follower', 'only a follower appends the leader\'s batches');
    const result = await this.withLog('append to', (log) => log.append(records, { assignOffsets: false }));
    this.notifyOffsets();
    return result;
  }

  /**
   * Truncates the log from `offset` on (a follower whose log diverged, truncation-point.ts); the
   * high watermark follows it down. Resolves with the new log end offset.
   */
  async truncateTo(offset: number): Promise<number> {
    assert.equal(this.roleNow.kind, 'follower', 'only a follower truncates');
    this.truncations += 1;
    const endOffset = await this.withLog('truncate', (log) => log.truncateTo(offset));
    this.highWatermarkNow = Math.min(this.highWatermarkNow, endOffset);
    this.highWatermarkNow = Math.max(this.highWatermarkNow, this.log.logStartOffset);
    this.checkInvariants();
    this.notifyOffsets();
    return endOffset;
  }

  /** Empties the log and restarts it at `offset` (a follower behind the leader's log start). */
  async truncateFullyAndStartAt(offset: number): Promise<void> {
    assert.equal(this.roleNow.kind, 'follower', 'only a follower restarts its log');
    this.truncations += 1;
    await this.withLog('restart', (log) => log.truncateFullyAndStartAt(offset));
    this.highWatermarkNow = offset;
    this.checkInvariants();
    this.notifyOffsets();
  }

  /** A follower takes its leader's high watermark, never past its own log end, never back. */
  updateHighWatermarkFromLeader(leaderHighWatermark: number): void {
    if (this.roleNow.kind !== 'follower') return;
    const next = Math.max(this.highWatermarkNow, followerHighWatermark(leaderHighWatermark, this.log.logEndOffset));
    if (next === this.highWatermarkNow) return;
    this.highWatermarkNow = next;
    this.checkInvariants();
    this.notifyOffsets();
  }

  /**
   * A follower fetched from `fetchOffset` (its log end): records it for the ISR rules and moves
   * the high watermark. Returns false when `replicaId` is not a follower of this leader.
   */
  recordFollowerFetch(replicaId: number, fetch: { readonly fetchOffset: number; readonly brokerEpoch: number }): boolean {
    const followers = this.leaderReplicas;
    if (followers === undefined || !followers.isFollower(replicaId)) return false;
    const state: FollowerFetch = { fetchOffset: Math.min(fetch.fetchOffset, this.log.logEndOffset),
      nowMs: this.options.clock.monotonicNow(), leaderLogEndOffset: this.log.logEndOffset, brokerEpoch: fetch.brokerEpoch };
    followers.recordFetch(replicaId, state);
    this.maybeIncreaseHighWatermark();
    return true;
  }

  /**
   * An append issued as leader finished after that leadership ended (Kafka's leader holds its
   * ISR lock across the append, so the role change waits for it; here it did not): the high
   * watermark moves as the old leadership would have moved it, over its ISR's known log ends
   * and the log end the append left. Precondition: no truncation since the append began, so
   * the batch is where it was written. With one replica this is the append's own end, as before
   * the leadership moved.
   */
  private highWatermarkAfterLeadership(leadership: LeaderReplicas, appendEndOffset: number): void {
    const next = nextHighWatermark({ current: Math.min(this.highWatermarkNow, appendEndOffset), leaderLogEndOffset: appendEndOffset,
      followerLogEndOffsets: leadership.maximalIsrLogEndOffsets() });
    if (next <= this.highWatermarkNow) return;
    this.highWatermarkNow = next;
    this.checkInvariants();
  }

  /** Moves the leader's high watermark up to what the maximal ISR holds; true if it moved. */
  private maybeIncreaseHighWatermark(): boolean {
    if (this.leaderReplicas === undefined) return false;
    const next = nextHighWatermark({ current: this.highWatermarkNow, leaderLogEndOffset: this.log.logEndOffset,
      followerLogEndOffsets: this.leaderReplicas.maximalIsrLogEndOffsets() });
    if (next <= this.highWatermarkNow) return false;
    this.highWatermarkNow = next;
    this.checkInvariants();
    this.notifyOffsets();
    return true;
  }

  /**
   * Reads whole batches from `offset` within `maxBytes` (at least one batch when `minOneBatch`):
   * below the high watermark for a consumer, up to the log end for a follower (`upTo`). Returns
   * OffsetOutOfRangeError as a value when `offset` is outside [log start, log end].
   */
  async read(offset: number, options: { maxBytes: number; minOneBatch: boolean; upTo?: 'high-watermark' | 'log-end' }):
    Promise<PartitionRead | OffsetOutOfRangeError> {
    if (this.closed) throw new PartitionClosedError(this.options.id, 'read');
    const offsets = this.offsets;
    if (offset < offsets.logStartOffset || offset > offsets.logEndOffset) {
      return new OffsetOutOfRangeError(`Cannot read offset ${offset}`, offset, offsets.logStartOffset,
        offsets.logEndOffset);
    }
    const maxOffset = options.upTo === 'log-end' ? offsets.logEndOffset : this.highWatermarkNow;
    if (offset >= maxOffset || options.maxBytes <= 0 && !options.minOneBatch) {
      return { ...offsets, records: new Uint8Array(0) };
    }
    try {
      const read: LogRead = await this.withLog('read', (log) => log.read(offset, {
        maxBytes: Math.max(options.maxBytes, 0), maxOffset, minOneBatch: options.minOneBatch,
      }));
      return { ...this.offsets, records: read.records };
    } catch (error) {
      // Retention or DeleteRecords may move the start between the check and the read.
      if (error instanceof OffsetOutOfRangeError) return error;
      throw error;
    }
  }

  /** The first offset whose timestamp is ≥ `timestampMs`, below the high watermark. */
  async offsetForTimestamp(timestampMs: number): Promise<{ offset: number; timestampMs: number } | undefined> {
    const found = await this.withLog('search', (log) => log.offsetForTimestamp(timestampMs));
    return found !== undefined && found.offset < this.highWatermarkNow ? found : undefined;
  }

  /**
   * Reads every batch below the high watermark, oldest first, `chunkBytes` at a time. Records
   * that DeleteRecords or retention remove during the scan are skipped (the scan goes on from
   * the new log start), as a scan that started a moment later would not have seen them.
   */
  async *scanBatches(chunkBytes: number): AsyncGenerator<Uint8Array> {
    let offset = this.log.logStartOffset;
    while (offset < this.highWatermarkNow) {
      const from = offset;
      let read: LogRead;
      try {
        read = await this.withLog('scan', (log) => log.read(from, { maxBytes: chunkBytes,
          maxOffset: this.highWatermarkNow, minOneBatch: true }));
      } catch (error) {
        if (!(error instanceof OffsetOutOfRangeError) || error.logStartOffset <= from) throw error;
        offset = error.logStartOffset;
        continue;
      }
      if (read.batchCount === 0) return;
      yield read.records;
      assert.ok(read.nextOffset > offset, 'a scan makes progress');
      offset = read.nextOffset;
    }
  }

  /** DeleteRecords: moves the log start up to `offset` (≤ high watermark). */
  deleteRecordsBefore(offset: number): Promise<number> {
    assert.ok(offset <= this.highWatermarkNow, 'records above the high watermark are never deleted');
    return this.withLog('delete records of', async (log) => {
      const logStartOffset = await log.deleteRecordsBefore(offset);
      this.notifyOffsets();
      return logStartOffset;
    });
  }

  /** Deletes old segments by retention.ms and retention.bytes. */
  applyRetention(): Promise<RetentionResult> {
    return this.withLog('apply retention to', async (log) => {
      const result = await log.applyRetention();
      if (result.deletedSegments > 0) this.notifyOffsets();
      return result;
    });
  }

  /**
   * What a cleaning of this replica's log would cover now, below its high watermark (records
   * above it may still be truncated); undefined unless its cleanup.policy compacts, or closed.
   * Leader and followers clean their own logs, as Kafka's do.
   */
  cleanableRange(): CleanableRange | undefined {
    if (this.closed || this.reopening !== undefined) return undefined;
    return this.log.cleanableRange(this.highWatermarkNow);
  }

  /** One bounded step of compaction (storage/cleaner/README.md), below the high watermark. */
  compactStep(options: { readonly stepBytes: number; readonly offsetMapBytesMax: number }):
    Promise<CompactionStep | { readonly kind: 'not-compacted' }> {
    return this.withLog('compact', (log) => log.compactStep({ ...options, maxOffset: this.highWatermarkNow }));
  }

  /**
   * Writes the high watermark checkpoint if the high watermark moved since (the periodic timer).
   * A partition of one replica needs none: its high watermark at open is its log end.
   */
  checkpointHighWatermark(): Promise<void> {
    const highWatermark = this.highWatermarkNow;
    if (highWatermark === this.checkpointedHighWatermark) return Promise.resolve();
    if (this.roleNow.kind === 'leader' && this.roleNow.followers.length === 0) return Promise.resolve();
    return this.withLog('checkpoint', async () => {
      await writeHighWatermarkCheckpoint(this.options.disk, this.options.directory, highWatermark);
      this.checkpointedHighWatermark = highWatermark;
    });
  }

  /** Fsyncs if flush.ms says it is time (called from the broker's periodic timer). */
  flushIfDue(): Promise<boolean> {
    return this.withLog('flush', (log) => log.flushIfDue());
  }

  /** Registers a listener called once when the partition closes or is deleted; returns its removal. */
  onClose(listener: () => void): () => void {
    if (this.closed) {
      listener();
      return () => {};
    }
    this.closeListeners.add(listener);
    return () => { this.closeListeners.delete(listener); };
  }

  /** Registers a listener for offset changes; returns its removal. */
  onOffsetsChange(listener: OffsetsListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  private notifyOffsets(): void {
    const offsets = this.offsets;
    for (const listener of [...this.listeners]) listener(offsets);
  }

  /**
   * Applies new topic settings. Produce checks see them at once; a changed log part (segment,
   * retention, flush) reopens the log with it, and operations issued meanwhile wait behind.
   */
  reconfigure(settings: PartitionSettings): Promise<void> {
    const before = this.settingsNow;
    this.settingsNow = settings;
    if (!logConfigChanged(before, settings)) return Promise.resolve();
    return this.withLog('reconfigure', async (log) => {
      const reopened = (async (): Promise<void> => {
        await log.close();
        this.log = await Log.open({ disk: this.options.disk, directory: this.options.directory,
          clock: this.options.clock, config: settings.log });
      })();
      this.setReopening(reopened);
      await reopened;
    });
  }

  /**
   * Runs `work` on the log now, or after a reopen in progress (keeping call order); rejects with
   * PartitionClosedError if the partition is closed by the time `work` would start.
   */
  private withLog<T>(action: string, work: (log: Log) => Promise<T>): Promise<T> {
    return this.onLog(() => {
      if (this.closed) throw new PartitionClosedError(this.options.id, action);
      return work(this.log);
    });
  }

  /** Runs `work` now, or after a reopen in progress (closing uses it directly). */
  private onLog<T>(work: () => Promise<T>): Promise<T> {
    if (this.reopening === undefined) {
      try {
        return work();
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const chained = this.reopening.then(work);
    this.setReopening(chained);
    return chained;
  }

  /** Makes `operation` the one later operations wait for, until it settles. */
  private setReopening(operation: Promise<unknown>): void {
    const tail = operation.then(() => undefined, () => undefined);
    this.reopening = tail;
    void tail.then(() => {
      if (this.reopening === tail) this.reopening = undefined;
    });
  }

  /** Flushes and closes the log (broker stop, leadership moved); waiters are told at once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.markClosed();
    await this.onLog(() => this.log.close());
  }

  /** Closes the log and removes its directory (topic deleted). Nothing to do once closed. */
  async delete(): Promise<void> {
    if (this.closed) return;
    this.markClosed();
    await this.onLog(() => this.log.delete());
  }

  private markClosed(): void {
    this.closed = true;
    this.listeners.clear();
    this.endLeadership();
    const closeListeners = [...this.closeListeners];
    this.closeListeners.clear();
    for (const listener of closeListeners) listener();
    assert.equal(this.closeListeners.size, 0, 'close listeners run once');
  }

  checkInvariants(): void {
    const { logStartOffset, highWatermark, logEndOffset } = this.offsets;
    assert.ok(highWatermark <= logEndOffset, 'the high watermark never passes the log end');
    assert.ok(logStartOffset <= logEndOffset, 'the log starts at or before its end');
    assert.ok(this.roleNow.leaderEpoch >= 0, 'a hosted partition has a leader epoch');
    assert.equal(this.leaderReplicas !== undefined, this.roleNow.kind === 'leader', 'exactly a leader tracks followers');
    this.leaderReplicas?.checkInvariants();
  }
}
