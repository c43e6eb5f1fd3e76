// The group coordinator runtime of one broker (Kafka's GroupCoordinatorService over its
// CoordinatorRuntime, KIP-848): which `__consumer_offsets` partitions this broker leads, one
// shard for each, loaded by replaying the partition and unloaded when leadership moves.
//
//   image applied ──▶ reconcile(): for each offsets partition
//      led here in the image, the replica leader in that epoch, no shard ──▶ load (new shard,
//                                                     replay log start → log end, then loaded())
//      shard of another epoch, or not led here any more ──▶ unload
//   the replica's leadership ends (a new epoch, closed) ──▶ unload at once (before the image)
//   a write fails: NOT_COORDINATOR ──▶ unload;  records applied but never appended ──▶ reload
//
// shardFor(groupId): the loaded shard of the group's partition, or the error a request is
// answered with: COORDINATOR_NOT_AVAILABLE (no offsets topic yet, no image yet),
// COORDINATOR_LOAD_IN_PROGRESS (led here, still loading), NOT_COORDINATOR (led elsewhere).
// Timers of a shard run on the runtime clock and are cancelled with the shard.
import assert from 'node:assert/strict';
import type { Partition } from '../../broker/partition/partition.js';
import type { PartitionLookup } from '../../broker/replica-manager.js';
import type { Logger } from '../../log/logger.js';
import type { MetadataImage, PartitionImage } from '../../metadata/image/metadata-image.js';
import { ErrorCode, uuidFromBytes, type NodeId } from '../../protocol/mod.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from '../../protocol/generated/messages/create-topics.js';
import type { CancelTimer, Clock, Random } from '../../runtime/seam.js';
import { GroupWriteError, type GroupShardContext } from '../group-shard-context.js';
import type { CoordinatorRuntimeSettings } from './coordinator-settings.js';
import { GroupShard } from './group-shard.js';
import { OFFSETS_TOPIC, offsetsPartitionOf, offsetsTopicCreation, offsetsTopicOf } from './offsets-topic.js';
import { loadShard } from './shard-loader.js';
import { ShardWriter } from './shard-writer.js';
import type { TestOnlyBreakGroups } from './test-only-break-groups.js';

/** A shard, or the error code to answer a request for its groups with. */
export type ShardLookup = { readonly shard: GroupShard } | { readonly errorCode: number };

/** What the coordinator needs from the broker. */
export interface GroupCoordinatorOptions {
  readonly nodeId: NodeId;
  readonly clock: Clock;
  readonly random: Random;
  readonly settings: CoordinatorRuntimeSettings;
  readonly logger: Logger;
  /** The hosted partitions (the replica manager's lookup; hosting stays there). */
  lookup(image: MetadataImage, topicName: string, partitionIndex: number): PartitionLookup;
  /** The latest metadata image (what shards see). */
  image(): MetadataImage;
  isStopping(): boolean;
  onStopping(listener: () => void): () => void;
  /** A bug surfaced while loading; the node must stop. */
  onFatal(error: unknown): void;
  /** Test only: breaks the runtime on purpose (negative controls). */
  readonly testOnlyBreakGroups?: TestOnlyBreakGroups;
}

/** What a shard's context reaches: made before the shard, so its parts may use it at once. */
interface ShardSlot {
  /** False once unloaded: the context's writes and timers are refused from then on. */
  active: boolean;
  /** Set once the load is done. */
  writer: ShardWriter | undefined;
  readonly timers: Set<CancelTimer>;
}

/** One offsets partition this broker leads: its shard (loading or loaded) and its writer. */
interface Hosted extends ShardSlot {
  readonly partitionIndex: number;
  readonly leaderEpoch: number;
  readonly topicId: string;
  readonly partition: Partition;
  readonly shard: GroupShard;
  readonly cleanups: Array<() => void>;
}

/** The coordinator of the groups whose offsets partitions this broker leads. */
export class GroupCoordinator {
  private readonly hosted = new Map<number, Hosted>();
  private appliedImage: MetadataImage | undefined;
  private creation: Promise<number> | undefined;
  private stopped = false;

  constructor(private readonly options: GroupCoordinatorOptions) {}

  get settings(): CoordinatorRuntimeSettings {
    return this.options.settings;
  }

  /** The offsets partition of `groupId` as the latest applied image counts them. */
  partitionFor(groupId: string): number {
    return offsetsPartitionOf(groupId, this.appliedImage ?? this.options.image(), this.options.settings);
  }

  /** The loaded shard of `groupId`'s partition, or the error code to answer with. */
  shardFor(groupId: string): ShardLookup {
    const image = this.appliedImage;
    const topic = image === undefined ? undefined : offsetsTopicOf(image);
    if (image === undefined || topic === undefined || this.stopped) return { errorCode: ErrorCode.COORDINATOR_NOT_AVAILABLE };
    const partitionIndex = offsetsPartitionOf(groupId, image, this.options.settings);
    const hosted = this.hosted.get(partitionIndex);
    if (hosted !== undefined && hosted.shard.isLoaded) return { shard: hosted.shard };
    if (hosted !== undefined || topic.partitions[partitionIndex]?.leader === this.options.nodeId) {
      return { errorCode: ErrorCode.COORDINATOR_LOAD_IN_PROGRESS };
    }
    return { errorCode: ErrorCode.NOT_COORDINATOR };
  }

  /** The loaded shards, by partition index. */
  loadedShards(): GroupShard[] {
    return [...this.hosted.values()].filter((hosted) => hosted.shard.isLoaded)
      .sort((left, right) => left.partitionIndex - right.partitionIndex).map((hosted) => hosted.shard);
  }

  /** The offsets partitions led here whose shards are still loading. */
  loadingPartitions(): number[] {
    return [...this.hosted.values()].filter((hosted) => !hosted.shard.isLoaded).map((hosted) => hosted.partitionIndex);
  }

  /**
   * Creates `__consumer_offsets` through `createTopics` (the controller) unless it exists; one
   * creation at a time. Resolves with NONE once the image this coordinator follows may show it,
   * COORDINATOR_NOT_AVAILABLE while fewer brokers are alive than its replication factor needs,
   * or the controller's error code.
   */
  ensureOffsetsTopic(createTopics: (request: CreateTopicsRequest) => Promise<CreateTopicsResponse>): Promise<number> {
    if (offsetsTopicOf(this.options.image()) !== undefined) return Promise.resolve(ErrorCode.NONE);
    if (this.creation !== undefined) return this.creation;
    const creatable = offsetsTopicCreation(this.options.settings, this.options.image());
    if ('waiting' in creatable) {
      this.options.logger.debug('offsets topic not created yet', { topic: OFFSETS_TOPIC, reason: creatable.waiting });
      return Promise.resolve(ErrorCode.COORDINATOR_NOT_AVAILABLE);
    }
    const { request } = creatable;
    const creation = createTopics(request).then((response) => {
      const errorCode = response.topics[0]?.errorCode ?? ErrorCode.UNKNOWN_SERVER_ERROR;
      if (errorCode === ErrorCode.NONE) {
        this.options.logger.info('offsets topic created', { topic: OFFSETS_TOPIC,
          partitions: request.topics[0]?.numPartitions ?? 0, replicationFactor: request.topics[0]?.replicationFactor ?? 0 });
      } else if (errorCode !== ErrorCode.TOPIC_ALREADY_EXISTS) {
        this.options.logger.warn('offsets topic creation refused', { topic: OFFSETS_TOPIC, errorCode });
      }
      return errorCode === ErrorCode.TOPIC_ALREADY_EXISTS ? ErrorCode.NONE : errorCode;
    }).finally(() => { this.creation = undefined; });
    this.creation = creation;
    return creation;
  }

  /**
   * Follows an applied image (after the replica manager applied it): loads and unloads shards.
   * Applies may settle out of order; an image older than one already followed is passed over
   * (roles are checked on the replicas themselves, so a newer image is never undone).
   */
  onImage(image: MetadataImage): void {
    if (this.stopped || (this.appliedImage !== undefined && image.offset < this.appliedImage.offset)) return;
    const before = this.appliedImage;
    this.appliedImage = image;
    this.reconcile();
    if (before !== undefined) this.forgetDeletedTopics(before, image);
  }

  /** Tombstones, in every loaded shard, the offsets of topics `image` no longer has. */
  private forgetDeletedTopics(before: MetadataImage, image: MetadataImage): void {
    const deleted = new Set<string>();
    for (const name of before.topicsByName.keys()) if (!image.topicsByName.has(name)) deleted.add(name);
    if (deleted.size === 0) return;
    for (const shard of this.loadedShards()) {
      shard.offsets.deleteTopicOffsets(deleted).catch((error: unknown) => this.options.onFatal(error));
    }
  }

  private reconcile(): void {
    const image = this.appliedImage;
    if (image === undefined || this.stopped) return;
    const topic = offsetsTopicOf(image);
    for (const hosted of [...this.hosted.values()]) {
      const partitionImage = topic?.topicId === hosted.topicId ? topic.partitions[hosted.partitionIndex] : undefined;
      if (!this.leadsHere(partitionImage, hosted.partition, hosted.leaderEpoch)) this.unload(hosted, 'leadership moved');
    }
    if (topic === undefined) return;
    for (const partitionImage of topic.partitions) {
      if (partitionImage.leader !== this.options.nodeId || this.hosted.has(partitionImage.partition)) continue;
      const lookup = this.options.lookup(image, OFFSETS_TOPIC, partitionImage.partition);
      if (lookup.kind === 'opening') {
        void lookup.ready.then(() => this.reconcile());
        continue;
      }
      if (lookup.kind !== 'ready') continue;
      const leaderEpoch = Math.max(partitionImage.leaderEpoch, 0);
      if (!this.leadsHere(partitionImage, lookup.partition, leaderEpoch)) continue;
      this.load(partitionImage, lookup.partition, topic.topicId);
    }
  }

  /** Whether the image names this broker leader in `leaderEpoch` and the replica took that role. */
  private leadsHere(partitionImage: PartitionImage | undefined, partition: Partition, leaderEpoch: number): boolean {
    return partitionImage !== undefined && partitionImage.leader === this.options.nodeId &&
      Math.max(partitionImage.leaderEpoch, 0) === leaderEpoch && !partition.isClosed && partition.isLeader &&
      partition.leaderEpoch === leaderEpoch;
  }

  private load(partitionImage: PartitionImage, partition: Partition, topicId: string): void {
    const partitionIndex = partitionImage.partition;
    const slot: ShardSlot = { active: true, writer: undefined, timers: new Set() };
    const shard = new GroupShard(this.shardContext(partitionIndex, slot),
      { offsetMetadataMaxBytes: this.options.settings.offsetMetadataMaxBytes });
    const hosted: Hosted = Object.assign(slot,
      { partitionIndex, leaderEpoch: partition.leaderEpoch, topicId, partition, shard, cleanups: [] });
    this.hosted.set(partitionIndex, hosted);
    hosted.cleanups.push(partition.onLeadershipEnd(() => this.unload(hosted, 'the replica\'s leadership ended')));
    hosted.cleanups.push(partition.onClose(() => this.unload(hosted, 'the partition closed')));
    const logger = this.options.logger.child(`shard-${partitionIndex}`);
    logger.info('loading offsets partition', { partition: partitionIndex, leaderEpoch: hosted.leaderEpoch,
      ...partition.offsets });
    const skipLoading = this.options.testOnlyBreakGroups?.skipLoading === true;
    loadShard(partition, { chunkBytes: this.options.settings.offsetsLoadBufferBytes, logger,
      replay: (record) => {
        if (skipLoading) return;
        if (!hosted.shard.replay(record)) logger.info('no part took a loaded record', { type: record.type });
      },
      isCancelled: () => !hosted.active }).then((outcome) => {
      if (outcome.kind === 'cancelled' || !hosted.active) return;
      hosted.writer = this.writerFor(hosted, outcome.endOffset);
      hosted.shard.loaded();
      logger.info('offsets partition loaded', { partition: partitionIndex, leaderEpoch: hosted.leaderEpoch,
        endOffset: outcome.endOffset, replayed: outcome.replayed, skipped: outcome.skipped });
    }, (error: unknown) => this.loadFailed(hosted, error));
  }

  private loadFailed(hosted: Hosted, error: unknown): void {
    if (error instanceof assert.AssertionError) {
      this.options.onFatal(error);
      return;
    }
    // The partition closed, its log was refused, or its bytes cannot be framed: not served here.
    this.options.logger.warn('loading an offsets partition failed', { partition: hosted.partitionIndex,
      error: String(error) });
    this.unload(hosted, 'the load failed');
  }

  private writerFor(hosted: Hosted, loadedEndOffset: number): ShardWriter {
    return new ShardWriter({ partition: hosted.partition, leaderEpoch: hosted.leaderEpoch, clock: this.options.clock,
      commitTimeoutMs: this.options.settings.offsetsCommitTimeoutMs, loadedEndOffset,
      isStopping: () => this.options.isStopping(), onStopping: (listener) => this.options.onStopping(listener),
      onLeadershipLost: (reason) => this.unload(hosted, reason),
      onRecordsLost: (reason) => this.reload(hosted, reason),
      acknowledgeAtAppend: this.options.testOnlyBreakGroups?.acknowledgeWritesAtAppend === true });
  }

  private shardContext(partitionIndex: number, slot: ShardSlot): GroupShardContext {
    const { clock, random, settings } = this.options;
    const writer = (): ShardWriter | undefined => (slot.active ? slot.writer : undefined);
    const notLoaded = (): Promise<never> => Promise.reject(new GroupWriteError(ErrorCode.NOT_COORDINATOR,
      'The shard is not loaded here'));
    return {
      partitionIndex,
      settings,
      logger: this.options.logger.child(`shard-${partitionIndex}`),
      // Whole milliseconds, as Kafka's timestamps are (the simulator's clock has fractions).
      now: () => Math.floor(clock.now()),
      monotonicNow: () => clock.monotonicNow(),
      setTimer: (delayMs, callback) => this.shardTimer(slot, delayMs, callback),
      randomUuid: () => uuidFromBytes(random.nextBytes(16)),
      image: () => this.options.image(),
      write: (records) => writer()?.write(records) ?? notLoaded(),
      committed: () => writer()?.committed() ?? notLoaded(),
      ...(this.options.testOnlyBreakGroups === undefined ? {} : { testOnlyBreak: this.options.testOnlyBreakGroups }),
    };
  }

  /** A timer of a shard: never fires after its unload, and is cancelled by it. */
  private shardTimer(slot: ShardSlot, delayMs: number, callback: () => void): CancelTimer {
    if (!slot.active) return () => {};
    let cancel: CancelTimer = () => {};
    const timer: CancelTimer = () => {
      cancel();
      slot.timers.delete(timer);
    };
    cancel = this.options.clock.setTimer(delayMs, () => {
      slot.timers.delete(timer);
      if (slot.active) callback();
    });
    slot.timers.add(timer);
    return timer;
  }

  private unload(hosted: Hosted, reason: string): void {
    if (!hosted.active) return;
    hosted.active = false;
    assert.equal(this.hosted.get(hosted.partitionIndex), hosted, 'an active shard is the hosted one');
    this.hosted.delete(hosted.partitionIndex);
    for (const cleanup of hosted.cleanups.splice(0)) cleanup();
    for (const timer of [...hosted.timers]) timer();
    hosted.writer?.close();
    hosted.shard.unload();
    this.options.logger.info('offsets partition unloaded', { partition: hosted.partitionIndex,
      leaderEpoch: hosted.leaderEpoch, reason });
  }

  /** Rebuilds a shard from its log (its state got ahead of the log). */
  private reload(hosted: Hosted, reason: string): void {
    this.unload(hosted, `reloading: ${reason}`);
    this.reconcile();
  }

  /** Unloads every shard (broker stop). */
  stop(): void {
    this.stopped = true;
    for (const hosted of [...this.hosted.values()]) this.unload(hosted, 'the broker is stopping');
  }

  checkInvariants(): void {
    for (const [partitionIndex, hosted] of this.hosted) {
      assert.equal(hosted.partitionIndex, partitionIndex, 'a shard is hosted under its own partition');
      assert.ok(hosted.active, 'only active shards are hosted');
      assert.equal(hosted.shard.isLoaded, hosted.writer !== undefined, 'exactly a loaded shard has a writer');
      if (hosted.shard.isLoaded) hosted.shard.offsets.checkInvariants();
    }
  }
}
