// A real, in-memory GroupShardContext for the classic group unit tests: a virtual clock whose
// timers fire in deadline order when a test advances time, a log that keeps every written
// record, writes that commit at once, wait until the test commits them, or fail with the error
// code a test chooses, and numbered uuids so member ids are predictable. Nothing here decides
// anything for the code under test; it only carries out what the contract says the runtime does.
import assert from 'node:assert/strict';
import { createLogger, type Logger } from '../../../src/log/logger.js';
import { emptyImage, type MetadataImage } from '../../../src/metadata/image/metadata-image.js';
import type { GroupRecord } from '../../../src/group/group-records.js';
import {
  GroupWriteError, type GroupCoordinatorSettings, type GroupShardContext,
} from '../../../src/group/group-shard-context.js';
import type { CancelTimer } from '../../../src/runtime/seam.js';

export const testSettings: GroupCoordinatorSettings = {
  offsetsTopicPartitions: 50,
  offsetsTopicReplicationFactor: 1,
  offsetsRetentionMs: 7 * 24 * 3600 * 1000,
  offsetsRetentionCheckIntervalMs: 600_000,
  offsetsCommitTimeoutMs: 5000,
  groupMinSessionTimeoutMs: 6000,
  groupMaxSessionTimeoutMs: 1_800_000,
  groupInitialRebalanceDelayMs: 3000,
  groupMaxSize: 2_147_483_647,
  consumerGroupSessionTimeoutMs: 45_000,
  consumerGroupHeartbeatIntervalMs: 5000,
  consumerGroupMaxSize: 2_147_483_647,
  consumerGroupAssignors: ['uniform', 'range'],
};

interface Timer { readonly atMs: number; readonly sequence: number; readonly callback: () => void }
interface PendingWrite { readonly records: readonly GroupRecord[]; resolve(): void; reject(error: Error): void }

/** How writes end: committed at once, held until commitAll(), or failed with an error code. */
export type WriteMode = { readonly kind: 'commit' } | { readonly kind: 'hold' } | { readonly kind: 'fail'; readonly errorCode: number };

export class InMemoryShardContext implements GroupShardContext {
  readonly partitionIndex = 0;
  readonly settings: GroupCoordinatorSettings;
  readonly logger: Logger;
  readonly logLines: string[] = [];
  /** Every committed record, in order. */
  readonly log: GroupRecord[] = [];
  writeMode: WriteMode = { kind: 'commit' };
  private nowMs = 0;
  private timers: Timer[] = [];
  private sequence = 0;
  private uuidCount = 0;
  private readonly pending: PendingWrite[] = [];

  constructor(settings: Partial<GroupCoordinatorSettings> = {}) {
    this.settings = { ...testSettings, ...settings };
    this.logger = createLogger({ now: () => this.now(), sink: (line) => this.logLines.push(line),
      level: 'debug', component: 'classic-groups' });
  }

  now(): number { return 1_700_000_000_000 + this.nowMs; }
  monotonicNow(): number { return this.nowMs; }
  image(): MetadataImage { return emptyImage(); }
  randomUuid(): string { this.uuidCount += 1; return `uuid${this.uuidCount}`; }

  setTimer(delayMs: number, callback: () => void): CancelTimer {
    const timer = { atMs: this.nowMs + delayMs, sequence: this.sequence++, callback };
    this.timers.push(timer);
    return () => { this.timers = this.timers.filter((candidate) => candidate !== timer); };
  }

  get timerCount(): number { return this.timers.length; }

  write(records: readonly GroupRecord[]): Promise<void> {
    const mode = this.writeMode;
    if (mode.kind === 'fail') return Promise.reject(new GroupWriteError(mode.errorCode, 'test write failure'));
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ records, resolve, reject });
      if (mode.kind === 'commit') this.commitAll();
    });
  }

  committed(): Promise<void> {
    return this.write([]);
  }

  get pendingWriteCount(): number { return this.pending.length; }

  /** Commits every held write, in order. */
  commitAll(): void {
    for (const write of this.pending.splice(0)) {
      this.log.push(...write.records);
      write.resolve();
    }
  }

  /** Fails every held write with `errorCode` (leadership lost, or the commit timed out). */
  failAll(errorCode: number): void {
    for (const write of this.pending.splice(0)) write.reject(new GroupWriteError(errorCode, 'test write failure'));
  }

  /** Moves virtual time forward by `ms`, firing due timers in order and settling promises between. */
  async advance(ms: number): Promise<void> {
    assert.ok(ms >= 0, 'time moves forward');
    const targetMs = this.nowMs + ms;
    await settle();
    for (;;) {
      const due = this.timers.filter((timer) => timer.atMs <= targetMs)
        .sort((left, right) => left.atMs - right.atMs || left.sequence - right.sequence)[0];
      if (due === undefined) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.nowMs = due.atMs;
      due.callback();
      await settle();
    }
    this.nowMs = targetMs;
  }
}

/** Lets every promise chain that is ready run (no virtual time passes). */
export async function settle(): Promise<void> {
  await new Promise<void>((resolve) => { setImmediate(resolve); });
}
