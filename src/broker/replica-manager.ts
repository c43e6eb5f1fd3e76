// The partitions this broker hosts, kept in step with the metadata image (Kafka's ReplicaManager
// as BrokerMetadataPublisher drives it, KIP-631; issue 11). Hosting only: for every new image it
// opens the log of every partition whose replicas include this node, leader or follower
// (`<log dir>/<topic>-<partition>`, partition-directory.ts), gives each its role from the image
// (partition-role.ts: leader, leader epoch, partition epoch, ISR), deletes the logs of deleted
// topics and of partitions whose replicas no longer include this node, passes topic configs and
// dynamic broker configs (KIP-226) to open partitions live, and serves handlers' lookups. A
// partition with no leader now (its leader fenced or shut down) stays open as a follower of no
// one. Replicating (fetching, ISR changes) is src/broker/fetcher/'s and the partition's own.
// A periodic runtime timer applies retention and the flush.ms policy; the log cleaner
// (log-cleaner.ts) compacts the hosted partitions whose cleanup.policy includes compact.
//
// Work on one directory (open, reconfigure, close, delete) runs in order on that directory's own
// chain, so images may arrive faster than logs open: a topic deleted and re-created at once gets
// its old log deleted before the new one opens, and no step ever waits on a later one. Lookups
// change at once (a partition is "opening" as soon as its image arrives). A log that recovery
// refuses (CorruptionError) makes its partition offline: logged, KAFKA_STORAGE_ERROR, never served.
import assert from 'node:assert/strict';
import { isLogRefusal } from '../../storage/mod.js';
import type { TestOnlyBreakDurability } from '../../storage/mod.js';
import type { NodeConfig } from '../config/node-config.js';
import { withDynamicBrokerConfigs } from '../controller/broker-config-table.js';
import type { Logger } from '../log/logger.js';
import type { MetadataImage, PartitionImage, TopicImage } from '../metadata/image/metadata-image.js';
import { ErrorCode, type NodeId } from '../protocol/mod.js';
import type { CancelTimer, Runtime } from '../runtime/seam.js';
import type { BrokerMetrics } from './metrics.js';
import { PartitionClosedError, type Partition } from './partition/partition.js';
import {
  openPartitionDirectory, partitionKey, removePartitionDirectory, type PartitionDirectoryContext,
} from './partition/partition-directory.js';
import { roleFromImage } from './partition/partition-role.js';
import { LogCleaner } from './log-cleaner.js';
import { settingsOfTopic, type PartitionSettings } from './partition/partition-settings.js';

/** How a handler finds a partition: ready, still opening, or an error code to answer with. */
export type PartitionLookup =
  | { readonly kind: 'ready'; readonly partition: Partition }
  | { readonly kind: 'opening'; readonly ready: Promise<Partition | undefined> }
  | { readonly kind: 'error'; readonly errorCode: number };

/** What the replica manager needs: the runtime, node config and identity, logs and metrics. */
export interface ReplicaManagerOptions {
  readonly runtime: Runtime;
  readonly config: NodeConfig;
  readonly nodeId: NodeId;
  readonly logger: Logger;
  readonly metrics: BrokerMetrics;
  /** How often retention runs; default: the node's log.retention.check.interval.ms (5 minutes). */
  readonly retentionCheckIntervalMs?: number;
  /** How often the flush.ms policy is checked (Kafka's log.flush.scheduler.interval.ms). */
  readonly flushCheckIntervalMs?: number;
  /** A bug (not a refused log) surfaced while following images or maintaining logs. */
  readonly onFatal: (error: unknown) => void;
  /** Test only: breaks every partition log's durability on purpose (simulator negative controls). */
  readonly testOnlyBreakDurability?: TestOnlyBreakDurability;
}

/** A partition this node hosts. `state` and `partition` change once, when the open settles. */
interface Hosted {
  readonly topicId: string;
  state: 'opening' | 'online' | 'offline';
  partition: Partition | undefined;
  /** Settles when the open finished: the partition, or undefined if its log was refused. */
  readonly ready: Promise<Partition | undefined>;
}

/** Follows metadata images and owns the hosted partitions. */
export class ReplicaManager {
  private readonly hosted = new Map<string, Hosted>();
  /** Per directory key, the last queued operation on it. */
  private readonly keyTails = new Map<string, Promise<void>>();
  private readonly directories: PartitionDirectoryContext;
  private latestImage: MetadataImage | undefined;
  private cancelTimer: CancelTimer = () => {};
  private cleaner: LogCleaner | undefined;
  private lastRetentionMs: number;
  private stopped = false;

  constructor(private readonly options: ReplicaManagerOptions) {
    const first = options.config.logDirs[0];
    assert.ok(first !== undefined, 'log.dirs names at least one directory');
    this.directories = { disk: options.runtime.disk, clock: options.runtime.clock, logger: options.logger,
      logDirectory: first.endsWith('/') && first.length > 1 ? first.slice(0, -1) : first,
      ...(options.testOnlyBreakDurability === undefined ? {} : { testOnlyBreakDurability: options.testOnlyBreakDurability }) };
    this.lastRetentionMs = options.runtime.clock.monotonicNow();
  }

  /** Makes the log directory exist durably (its parent's entry synced). */
  async prepare(): Promise<void> {
    const { disk, logDirectory } = this.directories;
    if (await disk.exists(logDirectory)) return;
    await disk.makeDirectory(logDirectory);
    const cut = logDirectory.lastIndexOf('/');
    await disk.syncDirectory(cut < 0 ? '.' : cut === 0 ? '/' : logDirectory.slice(0, cut));
  }

  /** Starts the periodic retention and flush checks, and the log cleaner (log.cleaner.enable). */
  startMaintenance(): void {
    this.startCleaner();
    const interval = this.options.flushCheckIntervalMs ?? 1000;
    assert.ok(interval > 0, 'the maintenance interval is positive');
    const tick = (): void => {
      if (this.stopped) return;
      this.maintain().then(() => {
        if (!this.stopped) this.cancelTimer = this.options.runtime.clock.setTimer(interval, tick);
      }, (error: unknown) => this.options.onFatal(error));
    };
    this.cancelTimer = this.options.runtime.clock.setTimer(interval, tick);
  }

  private startCleaner(): void {
    const { config, runtime, logger, metrics, onFatal } = this.options;
    if (!config.logCleanerEnable || this.cleaner !== undefined) return;
    this.cleaner = new LogCleaner({ clock: runtime.clock, logger: logger.child('log-cleaner'), metrics, onFatal,
      partitions: () => this.onlinePartitions(), backoffMs: config.logCleanerBackoffMs,
      stepBytes: config.logCleanerIoBufferSize, offsetMapBytesMax: config.logCleanerDedupeBufferSize });
    this.cleaner.start();
  }

  /** Cleanings the log cleaner finished since start (0 when it is off). */
  get logCleaningCount(): number {
    return this.cleaner?.cleaningCount ?? 0;
  }

  /**
   * Applies `image`: releases partitions whose topic is gone or whose replicas no longer include
   * this node (deleting their logs), opens newly assigned ones and refreshes the rest (role and
   * settings). Resolves when that work is done.
   */
  applyImage(image: MetadataImage): Promise<void> {
    assert.ok(this.latestImage === undefined || image.offset >= this.latestImage.offset, 'images arrive in log order');
    this.latestImage = image;
    if (this.stopped) return Promise.resolve();
    const work: Promise<unknown>[] = [];
    for (const [key, hosted] of [...this.hosted]) {
      if (this.partitionHostedHere(image, key, hosted.topicId) !== undefined) continue;
      this.hosted.delete(key);
      work.push(this.enqueue(key, () => this.release(key, hosted, { deleteLog: true })));
    }
    for (const topic of image.topicsById.values()) {
      for (const partitionImage of topic.partitions) {
        if (!partitionImage.replicas.includes(this.options.nodeId)) continue;
        const key = partitionKey(topic.name, partitionImage.partition);
        const existing = this.hosted.get(key);
        if (existing === undefined) work.push(this.open(key, topic, partitionImage).ready);
        else work.push(this.enqueue(key, () => this.refresh(existing)));
      }
    }
    return Promise.all(work).then(() => undefined, (error: unknown) => {
      if (!isLogRefusal(error)) {
        this.options.onFatal(error);
        return;
      }
      this.options.logger.error('applying metadata image failed', { offset: image.offset, error: String(error) });
    });
  }

  /** The partition image of `key` if `topicId` still names it and this node is among its replicas. */
  private partitionHostedHere(image: MetadataImage, key: string, topicId: string): PartitionImage | undefined {
    const topic = image.topicsById.get(topicId as TopicImage['topicId']);
    if (topic === undefined || !key.startsWith(`${topic.name}-`)) return undefined;
    const partition = topic.partitions[Number(key.slice(topic.name.length + 1))];
    return partition !== undefined && partition.replicas.includes(this.options.nodeId) &&
      partitionKey(topic.name, partition.partition) === key ? partition : undefined;
  }

  /** Runs `work` after every earlier operation on the same directory. */
  private enqueue<T>(key: string, work: () => Promise<T>): Promise<T> {
    const next = (this.keyTails.get(key) ?? Promise.resolve()).then(work);
    const tail = next.then(() => undefined, () => undefined);
    this.keyTails.set(key, tail);
    void tail.then(() => {
      if (this.keyTails.get(key) === tail) this.keyTails.delete(key);
    });
    return next;
  }

  private open(key: string, topic: TopicImage, image: PartitionImage): Hosted {
    let settle: (partition: Partition | undefined) => void = () => {};
    const hosted: Hosted = { topicId: topic.topicId, state: 'opening', partition: undefined,
      ready: new Promise((resolve) => { settle = resolve; }) };
    this.hosted.set(key, hosted);
    this.enqueue(key, () => this.openNow(key, hosted, topic, image)).then(settle, (error: unknown) => {
      hosted.state = 'offline';
      settle(undefined);
      this.options.onFatal(error);
    });
    return hosted;
  }

  private async openNow(key: string, hosted: Hosted, topic: TopicImage, image: PartitionImage):
    Promise<Partition | undefined> {
    const current = this.latestImage?.topicsById.get(topic.topicId) ?? topic;
    const partitionImage = current.partitions[image.partition] ?? image;
    try {
      const partition = await openPartitionDirectory(this.directories, {
        id: { topicName: topic.name, topicId: topic.topicId, partitionIndex: image.partition },
        settings: this.settingsOf(current),
        leaderEpoch: Math.max(partitionImage.leaderEpoch, 0),
        role: roleFromImage(partitionImage, this.options.nodeId),
      });
      hosted.state = 'online';
      hosted.partition = partition;
      this.watchOffsets(partition);
      this.options.logger.info('partition online', { partition: key, ...partition.offsets,
        truncatedBytes: partition.recovery.truncatedBytes });
      return partition;
    } catch (error) {
      if (!isLogRefusal(error)) throw error;
      hosted.state = 'offline';
      this.options.logger.error('partition offline: its log was refused', { partition: key, error: String(error) });
      return undefined;
    }
  }

  /** Passes the latest role and topic configs to an open partition. */
  private async refresh(hosted: Hosted): Promise<void> {
    const partition = hosted.partition;
    const topic = this.latestImage?.topicsById.get(hosted.topicId as TopicImage['topicId']);
    if (hosted.state !== 'online' || partition === undefined || topic === undefined || this.stopped) return;
    if (partition.isClosed) return;
    const partitionImage = topic.partitions[partition.id.partitionIndex];
    if (partitionImage !== undefined && partitionImage.replicas.includes(this.options.nodeId)) {
      partition.applyRole(roleFromImage(partitionImage, this.options.nodeId));
    }
    await partition.reconfigure(this.settingsOf(topic));
  }

  /**
   * A partition's settings from its topic's overrides over this broker's defaults, dynamic broker
   * configs included: every image refreshes open partitions, so a changed default applies live.
   */
  private settingsOf(topic: TopicImage): PartitionSettings {
    const image = this.latestImage;
    assert.ok(image !== undefined, 'partitions open only from an image');
    const defaults = withDynamicBrokerConfigs(this.options.config, image, this.options.nodeId);
    return settingsOfTopic(topic.configs, defaults);
  }

  /** Closes (or, for a deleted topic, deletes) a partition released from this node. */
  private async release(key: string, hosted: Hosted, options: { deleteLog: boolean }): Promise<void> {
    const partition = await hosted.ready;
    if (partition === undefined) {
      if (options.deleteLog) await removePartitionDirectory(this.directories, key);
      return;
    }
    this.options.metrics.removePartition({ topic: partition.id.topicName, partition: partition.id.partitionIndex });
    try {
      if (options.deleteLog) await partition.delete();
      else await partition.close();
      this.options.logger.info(options.deleteLog ? 'partition deleted' : 'partition closed', { partition: key });
    } catch (error) {
      // A log refused meanwhile (a disk failure) cannot flush; its files stay as they are, and
      // recovery judges them at the next start. A deleted topic's files go regardless.
      if (!isLogRefusal(error)) throw error;
      this.options.logger.warn('partition log was refused while closing', { partition: key, error: String(error) });
      if (options.deleteLog) await removePartitionDirectory(this.directories, key);
    }
  }

  private watchOffsets(partition: Partition): void {
    const label = { topic: partition.id.topicName, partition: partition.id.partitionIndex };
    this.options.metrics.setPartitionOffsets(label, partition.offsets);
    partition.onOffsetsChange((offsets) => this.options.metrics.setPartitionOffsets(label, offsets));
  }

  /**
   * The partition `topicName`/`partitionIndex` as the image names it, for a produce or fetch.
   * UNKNOWN_TOPIC_OR_PARTITION when the image has no such partition; NOT_LEADER_OR_FOLLOWER when
   * this node does not lead it, whether another node does or none does (leader -1 after its
   * leader was fenced or shut down), as Kafka's ReplicaManager answers a produce or fetch; Metadata
   * shows the missing leader as LEADER_NOT_AVAILABLE. KAFKA_STORAGE_ERROR when its log was refused.
   */
  lookup(image: MetadataImage, topicName: string, partitionIndex: number): PartitionLookup {
    const topic = image.topicsByName.get(topicName as TopicImage['name']);
    const partitionImage = topic?.partitions[partitionIndex];
    if (topic === undefined || partitionImage === undefined) {
      return { kind: 'error', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
    }
    if (partitionImage.leader !== this.options.nodeId) return { kind: 'error', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    return this.lookupHosted(topic, partitionIndex);
  }

  /**
   * The hosted replica of `topic`/`partitionIndex`, leader or follower (a replica fetch, whose
   * handler checks the role itself); NOT_LEADER_OR_FOLLOWER when this node hosts none.
   */
  lookupHosted(topic: TopicImage, partitionIndex: number): PartitionLookup {
    const hosted = this.hosted.get(partitionKey(topic.name, partitionIndex));
    if (hosted === undefined || hosted.topicId !== topic.topicId) {
      return { kind: 'error', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    }
    switch (hosted.state) {
      case 'online':
        assert.ok(hosted.partition !== undefined, 'an online partition has its log');
        return { kind: 'ready', partition: hosted.partition };
      case 'opening': return { kind: 'opening', ready: hosted.ready };
      case 'offline': return { kind: 'error', errorCode: ErrorCode.KAFKA_STORAGE_ERROR };
      default: {
        const unexpected: never = hosted.state;
        assert.fail(`unknown partition state ${String(unexpected)}`);
      }
    }
  }

  /** How many hosted partitions are offline (their logs refused): OfflineReplicaCount. */
  offlinePartitionCount(): number {
    let count = 0;
    for (const hosted of this.hosted.values()) if (hosted.state === 'offline') count += 1;
    return count;
  }

  /** Every online partition (for metrics and tests). */
  onlinePartitions(): Partition[] {
    const online: Partition[] = [];
    for (const hosted of this.hosted.values()) {
      if (hosted.state === 'online' && hosted.partition !== undefined) online.push(hosted.partition);
    }
    return online;
  }

  /**
   * Runs retention when its interval has passed, the flush.ms policy and the high watermark
   * checkpoint on every partition.
   */
  async maintain(): Promise<void> {
    const nowMs = this.options.runtime.clock.monotonicNow();
    const retentionDue = nowMs - this.lastRetentionMs >= (this.options.retentionCheckIntervalMs ?? this.options.config.logRetentionCheckIntervalMs);
    if (retentionDue) this.lastRetentionMs = nowMs;
    for (const partition of this.onlinePartitions()) {
      try {
        await partition.flushIfDue();
        await partition.checkpointHighWatermark();
        if (retentionDue) await this.applyRetention(partition);
      } catch (error) {
        // Released while maintenance was on its way to it: nothing is left to maintain.
        if (error instanceof PartitionClosedError) continue;
        if (!isLogRefusal(error)) throw error;
        this.options.logger.error('partition maintenance failed', { topic: partition.id.topicName,
          partition: partition.id.partitionIndex, error: String(error) });
      }
    }
  }

  private async applyRetention(partition: Partition): Promise<void> {
    const result = await partition.applyRetention();
    if (result.deletedSegments === 0) return;
    this.options.logger.info('retention deleted segments', { topic: partition.id.topicName,
      partition: partition.id.partitionIndex, segments: result.deletedSegments, bytes: result.deletedBytes,
      logStartOffset: result.logStartOffset, reasons: result.reasons.join(',') });
  }

  /** Asserts that every hosted partition sits under its own key and is sound. */
  checkInvariants(): void {
    for (const [key, hosted] of this.hosted) {
      assert.ok((hosted.state === 'online') === (hosted.partition !== undefined), 'only an online entry holds a log');
      if (hosted.partition === undefined) continue;
      assert.equal(partitionKey(hosted.partition.id.topicName, hosted.partition.id.partitionIndex), key,
        'a partition is hosted under its own key');
      assert.equal(hosted.partition.id.topicId, hosted.topicId, 'a hosted partition belongs to the topic id it names');
      hosted.partition.checkInvariants();
    }
  }

  /** Stops the timers and closes (flushes) every log once the work queued before is done. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.cancelTimer();
    await this.cleaner?.stop();
    const releases = [...this.hosted].map(([key, hosted]) => this.enqueue(key, () => this.release(key, hosted,
      { deleteLog: false })));
    this.hosted.clear();
    await Promise.all(releases);
    await Promise.all([...this.keyTails.values()]);
  }
}
