// ISR membership as the partition leader judges it (Kafka's Replica.updateFetchState,
// Partition.isFollowerInSync, Partition.getOutOfSyncReplicas; issue 11). Pure: the state of one
// follower as the leader tracks it, how a fetch updates it, and which followers the leader
// proposes to drop from the ISR or to add to it (AlterPartition carries the proposal).
//
// Rules:
// - A follower's log end offset is the offset it fetches from (it holds everything below it).
// - It is caught up at a fetch when it fetches from the leader's log end offset then; a fetch
//   from at least the log end the leader had at the previous fetch shows it was caught up at
//   that previous fetch (Kafka's lastCaughtUpTime rule, which keeps a steady stream of appends
//   from making every follower look late).
// - Out of sync (shrink): an ISR follower not caught up within `replica.lag.time.max.ms`.
// - In sync again (expand): a follower outside the ISR whose log end has reached the high
//   watermark and the start of the leader's current epoch, so it holds every record the
//   leader's ISR promised and every record of this epoch's leader below its log end.

/** What the leader knows of one follower. Reset when this broker becomes leader. */
export interface FollowerState {
  readonly replicaId: number;
  /** The follower's log end offset; undefined before its first fetch in this leader epoch. */
  readonly logEndOffset: number | undefined;
  /** Monotonic ms of the last time it was caught up (initially: when leadership began). */
  readonly lastCaughtUpTimeMs: number;
  /** Monotonic ms of its last fetch, and the leader's log end then (for the caught-up rule). */
  readonly lastFetchTimeMs: number;
  readonly lastFetchLeaderLogEndOffset: number;
  /** The follower's broker epoch as its fetch named it (ReplicaState.ReplicaEpoch), or -1. */
  readonly brokerEpoch: number;
}

/** A follower as it is when this broker becomes leader: not yet heard from, caught up now. */
export function initialFollowerState(replicaId: number, nowMs: number): FollowerState {
  return { replicaId, logEndOffset: undefined, lastCaughtUpTimeMs: nowMs, lastFetchTimeMs: nowMs,
    lastFetchLeaderLogEndOffset: 0, brokerEpoch: -1 };
}

/** One fetch from a follower, as the leader saw it. */
export interface FollowerFetch {
  readonly fetchOffset: number;
  readonly nowMs: number;
  readonly leaderLogEndOffset: number;
  readonly brokerEpoch: number;
}

/** The follower's state after `fetch`. */
export function afterFollowerFetch(state: FollowerState, fetch: FollowerFetch): FollowerState {
  let lastCaughtUpTimeMs = state.lastCaughtUpTimeMs;
  if (fetch.fetchOffset >= fetch.leaderLogEndOffset) lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, fetch.nowMs);
  else if (fetch.fetchOffset >= state.lastFetchLeaderLogEndOffset) {
    lastCaughtUpTimeMs = Math.max(lastCaughtUpTimeMs, state.lastFetchTimeMs);
  }
  return { replicaId: state.replicaId, logEndOffset: fetch.fetchOffset, lastCaughtUpTimeMs,
    lastFetchTimeMs: fetch.nowMs, lastFetchLeaderLogEndOffset: fetch.leaderLogEndOffset,
    brokerEpoch: fetch.brokerEpoch };
}

/** The ISR followers out of sync at `nowMs`: not caught up for longer than `lagTimeMaxMs`. */
export function outOfSyncFollowers(isrFollowers: readonly FollowerState[], options:
  { readonly nowMs: number; readonly lagTimeMaxMs: number }): number[] {
  return isrFollowers.filter((follower) => options.nowMs - follower.lastCaughtUpTimeMs > options.lagTimeMaxMs)
    .map((follower) => follower.replicaId);
}

/**
 * Whether a follower outside the ISR may join it: its log end has reached the high watermark and
 * the offset where the leader's current epoch began.
 */
export function isCaughtUpToJoin(follower: FollowerState, leader:
  { readonly highWatermark: number; readonly leaderEpochStartOffset: number }): boolean {
  const endOffset = follower.logEndOffset;
  return endOffset !== undefined && endOffset >= leader.highWatermark && endOffset >= leader.leaderEpochStartOffset;
}
