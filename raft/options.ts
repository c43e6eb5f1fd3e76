// The options a RaftCore is built from, their defaults, and the state a restart brings back.
// Part of raft/. Times are counted in ticks of the driver's logical clock; Kafka's defaults
// (election timeout 1 s, fetch timeout 2 s) become whatever tick length the driver picks.
import assert from 'node:assert/strict';
import type { ResolvedOptions, TestOnlyUnsafe } from './context.js';
import type { HardState, Snapshot } from './ready.js';
import type { Entry, NodeId, Random } from './types.js';

/** What a restarted node read back from its disk (the driver persisted it from Readies). */
export interface RestoredState {
  readonly hardState: HardState | null;
  /** The latest durable snapshot; the driver restores the state machine from it itself. */
  readonly snapshot: Snapshot | null;
  /**
   * The durable entries, at least those from the snapshot's end offset (or 0) on; any below it
   * are ignored. If they do not continue the snapshot (a crash between Ready steps 2 and 3 of
   * a snapshot install), the core drops them and its first Ready truncates them from disk.
   */
  readonly entries: readonly Entry[];
}

/** How to build a core. Times are in ticks of the driver's logical clock. */
export interface RaftOptions {
  readonly id: NodeId;
  /** The initial voter set, used while neither the log nor a snapshot holds one (bootstrap). */
  readonly voters: readonly NodeId[];
  readonly random: Random;
  /** T: election timeouts are drawn from [T, 2T). Kafka: 1 s. */
  readonly electionTimeoutTicks: number;
  /** Without news from the leader for this long a follower campaigns. Kafka: 2 s. */
  readonly fetchTimeoutTicks: number;
  /** Resend an unanswered request after this long. Default: a quarter of the fetch timeout. */
  readonly retryTicks?: number;
  /** The most entries one fetch answer carries. Default 64. */
  readonly maxEntriesPerFetch?: number;
  /** The most bytes one FetchSnapshot answer carries. Default 65536. */
  readonly snapshotChunkBytes?: number;
  readonly restored?: RestoredState;
  /** Test-only switches that break safety on purpose, for negative controls only. */
  readonly testOnlyBreakSafety?: TestOnlyUnsafe;
}

/** Checks the options and fills in the defaults. */
export function resolveOptions(options: RaftOptions): ResolvedOptions {
  const { electionTimeoutTicks, fetchTimeoutTicks } = options;
  assert.ok(Number.isSafeInteger(electionTimeoutTicks) && electionTimeoutTicks >= 1, 'T >= 1 tick');
  assert.ok(Number.isSafeInteger(fetchTimeoutTicks) && fetchTimeoutTicks >= 1, 'fetch >= 1 tick');
  assert.ok(Number.isSafeInteger(options.fetchTimeoutTicks) && options.fetchTimeoutTicks >= 1);
  const retryTicks = options.retryTicks ?? Math.max(1, Math.floor(options.fetchTimeoutTicks / 4));
  assert.ok(Number.isSafeInteger(retryTicks) && retryTicks >= 1, 'retryTicks >= 1 tick');
  const resolved: ResolvedOptions = {
    id: options.id,
    random: options.random,
    electionTimeoutTicks: options.electionTimeoutTicks,
    fetchTimeoutTicks: options.fetchTimeoutTicks,
    checkQuorumTimeoutTicks: Math.ceil(options.fetchTimeoutTicks * 1.5),
    retryTicks,
    maxEntriesPerFetch: options.maxEntriesPerFetch ?? 64,
    snapshotChunkBytes: options.snapshotChunkBytes ?? 65_536,
    unsafe: options.testOnlyBreakSafety ?? {},
  };
  assert.ok(resolved.maxEntriesPerFetch >= 1, 'a fetch carries at least one entry');
  assert.ok(resolved.snapshotChunkBytes >= 1, 'a snapshot chunk holds at least one byte');
  return resolved;
}
