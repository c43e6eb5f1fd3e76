// A real, in-memory GroupShardContext for tests of the group state: a virtual clock with timers,
// a deterministic UUID source, a metadata image tests can change, and a log that stores every
// written record encoded with the real __consumer_offsets codecs. Writes are committed at once
// (after a microtask) or, with `holdCommits`, only when the test calls commit(); failPending()
// rejects them as a lost leadership would. `replayInto` rebuilds a part from the log, as a new
// coordinator does on load.
import assert from 'node:assert/strict';
import { decodeGroupRecord, encodeGroupRecord, type EncodedGroupRecord, type GroupRecord } from '../../../../src/group/group-records.js';
import {
  GroupWriteError, type GroupCoordinatorSettings, type GroupShardContext, type GroupShardPart,
} from '../../../../src/group/group-shard-context.js';
import { silentLogger } from '../../../../src/log/logger.js';
import { emptyImage, type MetadataImage, type TopicImage } from '../../../../src/metadata/image/metadata-image.js';
import { uuidFromBytes, type NodeId, type TopicName, type Uuid } from '../../../../src/protocol/entity-types.js';
import type { CancelTimer } from '../../../../src/runtime/seam.js';

export const testSettings: GroupCoordinatorSettings = {
  offsetsTopicPartitions: 50,
  offsetsTopicReplicationFactor: 1,
  offsetsRetentionMs: 7 * 24 * 3600_000,
  offsetsRetentionCheckIntervalMs: 600_000,
  offsetsCommitTimeoutMs: 5000,
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3000,
  groupMaxSize: 2 ** 31 - 1,
  consumerGroupSessionTimeoutMs: 45_000,
  consumerGroupHeartbeatIntervalMs: 5000,
  consumerGroupMaxSize: 2 ** 31 - 1,
  consumerGroupAssignors: ['uniform', 'range'],
};

/** A topic id made from a small number (tests name topics by it). */
export function topicIdOf(seed: number): Uuid {
  const bytes = new Uint8Array(16);
  bytes[0] = 0x70;
  bytes[15] = seed;
  return uuidFromBytes(bytes);
}

/** An image with `topics` (name -> partition count), topic ids from their order. */
export function imageWithTopics(topics: Readonly<Record<string, number>>): MetadataImage {
  const byName = new Map<TopicName, TopicImage>();
  Object.entries(topics).forEach(([name, count], index) => {
    const topicId = topicIdOf(index + 1);
    const partitions = Array.from({ length: count }, (_, partition) => ({
      topicName: name as TopicName, topicId, partition, replicas: [1 as NodeId], isr: [1 as NodeId],
      leader: 1 as NodeId, leaderEpoch: 0, partitionEpoch: 0, addingReplicas: [], removingReplicas: [],
      leaderRecoveryState: 0, elr: [], lastKnownElr: [],
    }));
    byName.set(name as TopicName, { name: name as TopicName, topicId, partitions, configs: new Map() });
  });
  return {
    ...emptyImage(),
    offset: 1,
    topicsByName: byName,
    topicsById: new Map([...byName.values()].map((topic) => [topic.topicId, topic])),
  };
}

interface Timer { readonly atMs: number; readonly sequence: number; readonly callback: () => void; cancelled: boolean }

export class MemoryShardContext implements GroupShardContext {
  readonly partitionIndex = 0;
  readonly logger = silentLogger();
  readonly log: EncodedGroupRecord[] = [];
  holdCommits = false;
  private clockMs = 1_700_000_000_000;
  private uuidCount = 0;
  private timerCount = 0;
  private timers: Timer[] = [];
  private pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  currentImage: MetadataImage;

  constructor(readonly settings: GroupCoordinatorSettings = testSettings, image = imageWithTopics({})) {
    this.currentImage = image;
  }

  now(): number { return this.clockMs; }
  monotonicNow(): number { return this.clockMs; }
  image(): MetadataImage { return this.currentImage; }

  randomUuid(): string {
    this.uuidCount += 1;
    const bytes = new Uint8Array(16);
    new DataView(bytes.buffer).setUint32(12, this.uuidCount);
    return uuidFromBytes(bytes);
  }

  setTimer(delayMs: number, callback: () => void): CancelTimer {
    assert.ok(delayMs >= 0, 'a timer delay is not negative');
    const timer: Timer = { atMs: this.clockMs + delayMs, sequence: this.timerCount++, callback, cancelled: false };
    this.timers.push(timer);
    return () => { timer.cancelled = true; };
  }

  /** Moves the clock on by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    const endMs = this.clockMs + ms;
    for (;;) {
      const due = this.timers.filter((timer) => !timer.cancelled && timer.atMs <= endMs)
        .sort((left, right) => left.atMs - right.atMs || left.sequence - right.sequence)[0];
      if (due === undefined) break;
      due.cancelled = true;
      this.clockMs = due.atMs;
      due.callback();
    }
    this.clockMs = endMs;
    this.timers = this.timers.filter((timer) => !timer.cancelled);
  }

  activeTimerCount(): number {
    return this.timers.filter((timer) => !timer.cancelled).length;
  }

  write(records: readonly GroupRecord[]): Promise<void> {
    for (const record of records) {
      const encoded = encodeGroupRecord(record);
      assert.deepEqual(decodeGroupRecord(encoded), record, 'a record survives its codec');
      this.log.push(encoded);
    }
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      if (!this.holdCommits) queueMicrotask(() => this.commit());
    });
  }

  committed(): Promise<void> {
    return this.write([]);
  }

  /** Commits every write so far. */
  commit(): void {
    for (const { resolve } of this.pending.splice(0)) resolve();
  }

  /** Rejects every uncommitted write with `errorCode` (NOT_COORDINATOR: leadership moved). */
  failPending(errorCode: number): void {
    for (const { reject } of this.pending.splice(0)) reject(new GroupWriteError(errorCode, 'write not committed'));
  }

  records(): GroupRecord[] {
    return this.log.map((encoded) => decodeGroupRecord(encoded)!);
  }

  /** Replays the whole log into `part` and finishes its load. */
  replayInto(part: GroupShardPart): void {
    for (const record of this.records()) part.replay(record);
    part.loaded();
  }
}
