// The partitions this broker hosts, kept in step with the metadata image (Kafka's ReplicaManager
// as BrokerMetadataPublisher drives it, KIP-631). For every new image it opens the logs of
// partitions this node leads (`<log dir>/<topic>-<partition>`), deletes the logs of deleted
// topics, passes changed topic configs to their partitions live, and serves handlers' lookups.
// A periodic runtime timer applies retention and the flush.ms policy.
//
// Each partition directory holds a `partition.metadata` file naming its topic id (as Kafka's
// does): a directory left by a deleted topic of the same name is recognised and replaced rather
// than served as the new topic's data. A log that recovery refuses (CorruptionError) makes its
// partition offline: logged, answered with KAFKA_STORAGE_ERROR, never served.
import assert from 'node:assert/strict';
import { isLogRefusal, readAtomicFile, writeAtomicFile } from '../../storage/mod.js';
import type { NodeConfig } from '../config/node-config.js';
import type { Logger } from '../log/logger.js';
import type { MetadataImage, PartitionImage, TopicImage } from '../metadata/image/metadata-image.js';
import { ErrorCode, type NodeId } from '../protocol/mod.js';
import type { CancelTimer, Runtime } from '../runtime/seam.js';
import type { BrokerMetrics } from './metrics.js';
import { Partition } from './partition/partition.js';
import { settingsOfTopic } from './partition/partition-settings.js';
import type { PartitionSettings } from './partition/partition-settings.js';

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
  /** How often retention runs (Kafka's log.retention.check.interval.ms, 5 minutes). */
  readonly retentionCheckIntervalMs?: number;
  /** How often the flush.ms policy is checked (Kafka's log.flush.scheduler.interval.ms). */
  readonly flushCheckIntervalMs?: number;
  /** A bug (not a refused log) surfaced while following images or maintaining logs. */
  readonly onFatal: (error: unknown) => void;
}

type Hosted =
  | { readonly state: 'opening'; readonly topicId: string; readonly ready: Promise<Partition | undefined> }
  | { readonly state: 'online'; readonly topicId: string; readonly partition: Partition }
  | { readonly state: 'offline'; readonly topicId: string };

const partitionMetadataFile = 'partition.metadata';

/** Key of a hosted partition. */
function keyOf(topicName: string, partitionIndex: number): string {
  return `${topicName}-${partitionIndex}`;
}

/** Follows metadata images and owns the hosted partitions. */
export class ReplicaManager {
  private readonly hosted = new Map<string, Hosted>();
  private readonly logDirectory: string;
  private cancelTimers: CancelTimer[] = [];
  private lastRetentionMs: number;
  /** The chain of image applications: each runs after the previous one finished. */
  private applying: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly options: ReplicaManagerOptions) {
    const first = options.config.logDirs[0];
    assert.ok(first !== undefined, 'log.dirs names at least one directory');
    this.logDirectory = first.endsWith('/') && first.length > 1 ? first.slice(0, -1) : first;
    this.lastRetentionMs = options.runtime.clock.monotonicNow();
  }

  /**
   * Makes the log directory exist durably (its parent's entry synced), so partition directories
   * created inside it survive a crash.
   */
  async prepare(): Promise<void> {
    const disk = this.options.runtime.disk;
    if (await disk.exists(this.logDirectory)) return;
    await disk.makeDirectory(this.logDirectory);
    const cut = this.logDirectory.lastIndexOf('/');
    await disk.syncDirectory(cut < 0 ? '.' : cut === 0 ? '/' : this.logDirectory.slice(0, cut));
  }

  /** Starts the periodic retention and flush checks. */
  startMaintenance(): void {
    const interval = this.options.flushCheckIntervalMs ?? 1000;
    assert.ok(interval > 0, 'the maintenance interval is positive');
    const tick = (): void => {
      if (this.stopped) return;
      this.maintain().then(() => {
        if (!this.stopped) this.cancelTimers = [this.options.runtime.clock.setTimer(interval, tick)];
      }, (error: unknown) => this.options.onFatal(error));
    };
    this.cancelTimers = [this.options.runtime.clock.setTimer(interval, tick)];
  }

  /**
   * Applies `image`: opens the partitions this node leads, reconfigures the open ones, and
   * deletes those whose topic is gone (or was replaced by a topic of the same name). Images are
   * applied one after another; lookups see new partitions as "opening" at once.
   */
  applyImage(image: MetadataImage): Promise<void> {
    const previous = this.applying;
    if (!this.stopped) for (const topic of image.topicsById.values()) this.markOpening(topic, previous);
    const run = previous.then(() => this.applyImageNow(image));
    this.applying = run.catch((error: unknown) => {
      if (!isLogRefusal(error)) {
        this.options.onFatal(error);
        return;
      }
      this.options.logger.error('applying metadata image failed', { offset: image.offset, error: String(error) });
    });
    return this.applying;
  }

  private async applyImageNow(image: MetadataImage): Promise<void> {
    if (this.stopped) return;
    for (const [key, hosted] of [...this.hosted]) {
      const topicName = key.slice(0, key.lastIndexOf('-'));
      const topic = image.topicsByName.get(topicName as TopicImage['name']);
      if (topic === undefined || topic.topicId !== hosted.topicId) await this.dropHosted(key, hosted, { deleteLog: true });
    }
    for (const topic of image.topicsById.values()) {
      const settings = settingsOfTopic(topic.configs, this.options.config);
      for (const partitionImage of topic.partitions) {
        if (!this.leadsHere(partitionImage)) continue;
        const hosted = this.hosted.get(keyOf(topic.name, partitionImage.partition));
        const partition = hosted?.state === 'online' ? hosted.partition
          : hosted?.state === 'opening' ? await hosted.ready : undefined;
        if (partition === undefined) continue;
        partition.setLeaderEpoch(Math.max(partition.leaderEpoch, partitionImage.leaderEpoch));
        await partition.reconfigure(settings);
      }
    }
  }

  private leadsHere(partition: PartitionImage): boolean {
    return partition.leader === this.options.nodeId;
  }

  /** Registers partitions of `topic` led here and not yet hosted; each opens after `previous`. */
  private markOpening(topic: TopicImage, previous: Promise<void>): void {
    const settings = settingsOfTopic(topic.configs, this.options.config);
    for (const partitionImage of topic.partitions) {
      if (!this.leadsHere(partitionImage)) continue;
      const key = keyOf(topic.name, partitionImage.partition);
      const existing = this.hosted.get(key);
      if (existing !== undefined && existing.topicId === topic.topicId) continue;
      const ready = previous.then(async () => {
        // A topic of the same name was deleted and created again: its old log goes first.
        if (existing !== undefined) await this.dropHosted(key, existing, { deleteLog: true });
        return this.openPartition(topic, partitionImage, settings);
      });
      this.hosted.set(key, { state: 'opening', topicId: topic.topicId, ready });
    }
  }

  private async openPartition(topic: TopicImage, image: PartitionImage, settings: PartitionSettings):
    Promise<Partition | undefined> {
    const key = keyOf(topic.name, image.partition);
    const directory = `${this.logDirectory}/${key}`;
    const disk = this.options.runtime.disk;
    try {
      await this.replaceStaleDirectory(directory, topic.topicId);
      const partition = await Partition.open({ disk, clock: this.options.runtime.clock, directory, settings,
        id: { topicName: topic.name, topicId: topic.topicId, partitionIndex: image.partition },
        leaderEpoch: Math.max(image.leaderEpoch, 0) });
      await writeAtomicFile(disk, `${directory}/${partitionMetadataFile}`,
        new TextEncoder().encode(`version: 0\ntopic_id: ${topic.topicId}\n`));
      if (this.stopped || this.hosted.get(key)?.topicId !== topic.topicId) {
        await partition.close();
        return undefined;
      }
      this.hosted.set(key, { state: 'online', topicId: topic.topicId, partition });
      this.watchOffsets(partition);
      this.options.logger.info('partition online', { partition: key, ...partition.offsets,
        truncatedBytes: partition.recovery.truncatedBytes });
      return partition;
    } catch (error) {
      if (!isLogRefusal(error)) throw error;
      this.hosted.set(key, { state: 'offline', topicId: topic.topicId });
      this.options.logger.error('partition offline: its log was refused', { partition: key, error: String(error) });
      return undefined;
    }
  }

  /** Removes a directory whose partition.metadata names another topic id (an older topic). */
  private async replaceStaleDirectory(directory: string, topicId: string): Promise<void> {
    const disk = this.options.runtime.disk;
    const contents = await readAtomicFile(disk, `${directory}/${partitionMetadataFile}`);
    if (contents === undefined) return;
    const match = /topic_id: (\S+)/.exec(new TextDecoder().decode(contents));
    if (match?.[1] === topicId) return;
    this.options.logger.warn('removing the log of an older topic with the same name', { directory });
    await disk.remove(directory);
    await disk.syncDirectory(this.logDirectory);
  }

  private watchOffsets(partition: Partition): void {
    const label = { topic: partition.id.topicName, partition: partition.id.partitionIndex };
    this.options.metrics.setPartitionOffsets(label, partition.offsets);
    partition.onOffsetsChange((offsets) => this.options.metrics.setPartitionOffsets(label, offsets));
  }

  private async dropHosted(key: string, hosted: Hosted, options: { deleteLog: boolean }): Promise<void> {
    if (this.hosted.get(key) === hosted) this.hosted.delete(key);
    const partition = hosted.state === 'online' ? hosted.partition
      : hosted.state === 'opening' ? await hosted.ready : undefined;
    if (partition === undefined) {
      if (options.deleteLog) await this.removeDirectory(key);
      return;
    }
    const [topic, index] = [partition.id.topicName, partition.id.partitionIndex];
    this.options.metrics.removePartition({ topic, partition: index });
    try {
      if (options.deleteLog) await partition.delete();
      else await partition.close();
      this.options.logger.info(options.deleteLog ? 'partition deleted' : 'partition closed', { partition: key });
    } catch (error) {
      // A log refused meanwhile (a disk failure) cannot flush; its files stay as they are, and
      // recovery judges them at the next start. A deleted topic's files go regardless.
      if (!isLogRefusal(error)) throw error;
      this.options.logger.warn('partition log was refused while closing', { partition: key, error: String(error) });
      if (options.deleteLog) await this.removeDirectory(key);
    }
  }

  private async removeDirectory(key: string): Promise<void> {
    const disk = this.options.runtime.disk;
    await disk.remove(`${this.logDirectory}/${key}`);
    await disk.syncDirectory(this.logDirectory);
  }

  /**
   * The partition `topicName`/`partitionIndex` as the image names it, for a produce or fetch.
   * UNKNOWN_TOPIC_OR_PARTITION when the image has no such partition; NOT_LEADER_OR_FOLLOWER when
   * another node leads it; KAFKA_STORAGE_ERROR when its log was refused.
   */
  lookup(image: MetadataImage, topicName: string, partitionIndex: number): PartitionLookup {
    const topic = image.topicsByName.get(topicName as TopicImage['name']);
    const partitionImage = topic?.partitions[partitionIndex];
    if (topic === undefined || partitionImage === undefined) {
      return { kind: 'error', errorCode: ErrorCode.UNKNOWN_TOPIC_OR_PARTITION };
    }
    if (partitionImage.leader === -1) return { kind: 'error', errorCode: ErrorCode.LEADER_NOT_AVAILABLE };
    if (!this.leadsHere(partitionImage)) return { kind: 'error', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    const hosted = this.hosted.get(keyOf(topicName, partitionIndex));
    if (hosted === undefined || hosted.topicId !== topic.topicId) {
      return { kind: 'error', errorCode: ErrorCode.NOT_LEADER_OR_FOLLOWER };
    }
    switch (hosted.state) {
      case 'online': return { kind: 'ready', partition: hosted.partition };
      case 'opening': return { kind: 'opening', ready: hosted.ready };
      case 'offline': return { kind: 'error', errorCode: ErrorCode.KAFKA_STORAGE_ERROR };
      default: {
        const unexpected: never = hosted;
        assert.fail(`unknown partition state ${String(unexpected)}`);
      }
    }
  }

  /** Every online partition (for metrics and tests). */
  onlinePartitions(): Partition[] {
    const online: Partition[] = [];
    for (const hosted of this.hosted.values()) if (hosted.state === 'online') online.push(hosted.partition);
    return online;
  }

  /** Runs retention when its interval has passed, and the flush.ms policy on every partition. */
  async maintain(): Promise<void> {
    const nowMs = this.options.runtime.clock.monotonicNow();
    const retentionDue = nowMs - this.lastRetentionMs >= (this.options.retentionCheckIntervalMs ?? 300_000);
    if (retentionDue) this.lastRetentionMs = nowMs;
    for (const partition of this.onlinePartitions()) {
      try {
        await partition.flushIfDue();
        if (retentionDue) await this.applyRetention(partition);
      } catch (error) {
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
      if (hosted.state !== 'online') continue;
      assert.equal(keyOf(hosted.partition.id.topicName, hosted.partition.id.partitionIndex), key,
        'a partition is hosted under its own key');
      assert.equal(hosted.partition.id.topicId, hosted.topicId, 'a hosted partition belongs to the topic id it names');
      hosted.partition.checkInvariants();
    }
  }

  /** Stops the timers and closes (flushes) every log. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const cancel of this.cancelTimers) cancel();
    await this.applying;
    for (const [key, hosted] of [...this.hosted]) await this.dropHosted(key, hosted, { deleteLog: false });
  }
}
