// The offsets part of a shard: the committed offsets of every group of one `__consumer_offsets`
// partition (Kafka's OffsetMetadataManager). It replays OffsetCommit records on load, and serves
// OffsetCommit, OffsetFetch and OffsetDelete, the tombstones DeleteGroups needs, and the
// periodic expiry of offsets.retention.minutes.
//
// The rules of the shard contract (group-shard-context.ts), as this part follows them:
//   write: plan → apply the records to the store (the same `apply` the load uses) → write() →
//          answer once it resolved; a failed write answers its GroupWriteError's code.
//   read:  the answer is taken from the store first, then committed() is awaited, and only then
//          is it sent: everything the answer shows was applied, hence written, before the
//          barrier began, so it is committed when the barrier resolves. (Taking it after the
//          barrier could show a commit applied meanwhile and not yet replicated.)
import assert from 'node:assert/strict';
import { ErrorCode } from '../../protocol/mod.js';
import type { OffsetCommitRequest, OffsetCommitResponse } from '../../protocol/generated/messages/offset-commit.js';
import type { OffsetDeleteRequest, OffsetDeleteResponse } from '../../protocol/generated/messages/offset-delete.js';
import type { GroupRecord } from '../group-records.js';
import type { GroupKind } from '../group-kind.js';
import { GroupWriteError, type GroupShardContext, type GroupShardPart } from '../group-shard-context.js';
import type { CancelTimer } from '../../runtime/seam.js';
import { planOffsetCommit } from './commit-offsets.js';
import { planOffsetDelete } from './delete-offsets.js';
import { fetchCommittedOffsets, type FetchedTopic, type FetchedTopicQuery } from './fetch-offsets.js';
import { expiredOffsets } from './offset-expiry.js';
import { offsetTombstone } from './offset-records.js';
import { OffsetStore, type OffsetCommitRecord } from './offset-store.js';

/** What the offsets part needs besides its context. */
export interface OffsetsPartOptions {
  /** The kind of group `groupId` names in the shard, if any (the shard's registry). */
  kindOf(groupId: string): GroupKind | undefined;
  /** offset.metadata.max.bytes. */
  readonly metadataMaxBytes: number;
}

/** One group of an OffsetFetch, whichever version asked. */
export interface OffsetFetchQuery {
  readonly groupId: string;
  /** v9+: the member asking ("" for the admin client and earlier versions). */
  readonly memberId: string;
  /** v9+: its generation or member epoch (-1 for none). */
  readonly memberEpoch: number;
  /** null: every committed offset of the group. */
  readonly topics: readonly FetchedTopicQuery[] | null;
  readonly apiVersion: number;
}

/** One group's OffsetFetch answer. */
export interface OffsetFetchAnswer {
  readonly errorCode: number;
  readonly topics: FetchedTopic[];
}

export class OffsetsPart implements GroupShardPart {
  readonly store = new OffsetStore();
  private cancelExpiry: CancelTimer = () => {};
  private unloaded = false;

  constructor(private readonly context: GroupShardContext, private readonly options: OffsetsPartOptions) {}

  replay(record: GroupRecord): boolean {
    if (record.type !== 'offset-commit') return false;
    this.store.apply(record);
    return true;
  }

  loaded(): void {
    assert.ok(!this.unloaded, 'a shard loads once');
    this.scheduleExpiry();
  }

  unload(): void {
    this.unloaded = true;
    this.cancelExpiry();
  }

  /** OffsetCommit: the answer once the accepted commits are committed (or the write failed). */
  async commitOffsets(request: OffsetCommitRequest, apiVersion: number): Promise<OffsetCommitResponse> {
    const plan = planOffsetCommit(request, { apiVersion, image: this.context.image(), nowMs: this.context.now(),
      metadataMaxBytes: this.options.metadataMaxBytes, kindOf: (groupId) => this.options.kindOf(groupId) });
    const failed = await this.applyAndWrite(plan.records);
    const topics = failed === ErrorCode.NONE ? plan.topics : plan.topics.map((topic) => ({ ...topic,
      partitions: topic.partitions.map((partition) => partition.errorCode === ErrorCode.NONE
        ? { ...partition, errorCode: failed } : partition) }));
    return { throttleTimeMs: 0, topics };
  }

  /** OffsetFetch of one group: taken from the store, sent once it is all committed. */
  async fetchOffsets(query: OffsetFetchQuery): Promise<OffsetFetchAnswer> {
    const kind = this.options.kindOf(query.groupId);
    const refused = kind?.validateOffsetFetch(query.groupId, { memberId: query.memberId,
      generationIdOrMemberEpoch: query.memberEpoch, groupInstanceId: null, apiVersion: query.apiVersion }) ?? ErrorCode.NONE;
    if (refused !== ErrorCode.NONE) return { errorCode: refused, topics: [] };
    const topics = fetchCommittedOffsets(this.store, query.groupId, query.topics);
    const failed = await this.barrier();
    return failed === ErrorCode.NONE ? { errorCode: ErrorCode.NONE, topics } : { errorCode: failed, topics: [] };
  }

  /** OffsetDelete: tombstones for the partitions no member subscribes to. */
  async deleteOffsets(request: OffsetDeleteRequest): Promise<OffsetDeleteResponse> {
    const plan = planOffsetDelete(request, { image: this.context.image(), store: this.store,
      kindOf: (groupId) => this.options.kindOf(groupId) });
    if (plan.errorCode !== ErrorCode.NONE) return { errorCode: plan.errorCode, throttleTimeMs: 0, topics: [] };
    const failed = await this.applyAndWrite(plan.records);
    if (failed !== ErrorCode.NONE) return { errorCode: failed, throttleTimeMs: 0, topics: [] };
    return { errorCode: ErrorCode.NONE, throttleTimeMs: 0, topics: plan.topics };
  }

  /** Whether `groupId` has committed offsets. */
  hasOffsets(groupId: string): boolean {
    return this.store.hasGroup(groupId);
  }

  /** The tombstones of every committed offset of `groupId` (DeleteGroups). */
  tombstonesOf(groupId: string): OffsetCommitRecord[] {
    const tombstones: OffsetCommitRecord[] = [];
    for (const [topic, partitions] of this.store.offsetsOf(groupId)) {
      for (const partition of partitions.keys()) tombstones.push(offsetTombstone({ groupId, topic, partition }));
    }
    return tombstones;
  }

  /** Applies records this part planned or the shard planned for it (tombstones of a deleted group). */
  apply(records: readonly GroupRecord[]): void {
    for (const record of records) if (record.type === 'offset-commit') this.store.apply(record);
  }

  /**
   * Writes tombstones for every offset of `topics`, which were deleted (Kafka's
   * onPartitionsDeleted): their offsets would otherwise stay until they expire, and a topic
   * re-created under the same name would start from them. Resolves with how many were deleted.
   */
  async deleteTopicOffsets(topics: ReadonlySet<string>): Promise<number> {
    const tombstones: OffsetCommitRecord[] = [];
    for (const groupId of this.store.groupIds()) {
      for (const [topic, partitions] of this.store.offsetsOf(groupId)) {
        if (!topics.has(topic)) continue;
        for (const partition of partitions.keys()) tombstones.push(offsetTombstone({ groupId, topic, partition }));
      }
    }
    return this.writeTombstones(tombstones, 'offsets of deleted topics');
  }

  /** Writes tombstones for every expired offset; resolves with how many expired. */
  async expireOffsets(): Promise<number> {
    const expired = expiredOffsets(this.store, { nowMs: this.context.now(), retentionMs: this.context.settings.offsetsRetentionMs,
      kindOf: (groupId) => this.options.kindOf(groupId) });
    return this.writeTombstones(expired.map((key) => offsetTombstone(key)), 'expired offsets');
  }

  private async writeTombstones(tombstones: readonly OffsetCommitRecord[], what: string): Promise<number> {
    if (tombstones.length === 0) return 0;
    const failed = await this.applyAndWrite(tombstones);
    if (failed !== ErrorCode.NONE) {
      this.context.logger.warn(`${what} were not deleted`, { partition: this.context.partitionIndex, errorCode: failed });
      return 0;
    }
    this.context.logger.info(`${what} deleted`, { partition: this.context.partitionIndex, count: tombstones.length });
    return tombstones.length;
  }

  private scheduleExpiry(): void {
    if (this.unloaded) return;
    this.cancelExpiry = this.context.setTimer(this.context.settings.offsetsRetentionCheckIntervalMs, () => {
      void this.expireOffsets().then(() => this.scheduleExpiry());
    });
  }

  /** Applies `records` to the store and writes them; NONE, or the write's error code. */
  private async applyAndWrite(records: readonly OffsetCommitRecord[]): Promise<number> {
    if (records.length === 0) return ErrorCode.NONE;
    this.apply(records);
    return this.settle(this.context.write(records));
  }

  private barrier(): Promise<number> {
    return this.settle(this.context.committed());
  }

  private async settle(operation: Promise<void>): Promise<number> {
    try {
      await operation;
      return ErrorCode.NONE;
    } catch (error) {
      if (error instanceof GroupWriteError) return error.errorCode;
      throw error;
    }
  }

  checkInvariants(): void {
    this.store.checkInvariants();
  }
}
