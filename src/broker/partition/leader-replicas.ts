// What a partition leader keeps about its followers (Kafka's Partition remote replica states and
// its pending ISR change, AlterPartitionManager's one-in-flight rule; issue 11): each follower's
// fetch state (isr-membership.ts), the committed ISR, and the ISR change proposed to the
// controller and not yet committed. The rules themselves are the pure functions it calls; this
// class only holds the state they are applied to, for one leader epoch.
//
// The "maximal ISR" (committed ISR plus a proposed addition, and still holding a proposed
// removal) is what the high watermark waits for, so that neither a committed nor a proposed ISR
// can ever name a member lacking a record below the high watermark.
import assert from 'node:assert/strict';
import {
  afterFollowerFetch, initialFollowerState, isCaughtUpToJoin, outOfSyncFollowers, type FollowerFetch,
  type FollowerState,
} from './isr-membership.js';
import type { PartitionRole } from './partition-role.js';

type LeaderRole = Extract<PartitionRole, { kind: 'leader' }>;

/** The followers of one leader epoch. */
export class LeaderReplicas {
  private readonly states = new Map<number, FollowerState>();
  private role: LeaderRole;
  /** The ISR (followers only) proposed and not yet committed, with the partition epoch it was based on. */
  private pending: { readonly isrFollowers: readonly number[]; readonly partitionEpoch: number } | undefined;

  constructor(role: LeaderRole, nowMs: number, readonly leaderEpochStartOffset: number) {
    this.role = role;
    for (const id of role.followers) this.states.set(id, initialFollowerState(id, nowMs));
  }

  get leaderEpoch(): number {
    return this.role.leaderEpoch;
  }

  get partitionEpoch(): number {
    return this.role.partitionEpoch;
  }

  /** The committed ISR size, the leader included (min.insync.replicas). */
  get inSyncReplicaCount(): number {
    return 1 + this.role.isrFollowers.length;
  }

  get committedIsrFollowers(): readonly number[] {
    return this.role.isrFollowers;
  }

  /** Whether an ISR change is in flight (at most one per partition). */
  get hasPendingChange(): boolean {
    return this.pending !== undefined;
  }

  /** A newer image of the same leader epoch: a new ISR, partition epoch or replica set. */
  update(role: LeaderRole, nowMs: number): void {
    assert.equal(role.leaderEpoch, this.role.leaderEpoch, 'one LeaderReplicas serves one leader epoch');
    assert.ok(role.partitionEpoch >= this.role.partitionEpoch, 'partition epochs never go back');
    this.role = role;
    for (const id of [...this.states.keys()]) if (!role.followers.includes(id)) this.states.delete(id);
    for (const id of role.followers) if (!this.states.has(id)) this.states.set(id, initialFollowerState(id, nowMs));
    if (this.pending !== undefined && role.partitionEpoch > this.pending.partitionEpoch) this.pending = undefined;
  }

  /** Whether `replicaId` is one of this partition's followers. */
  isFollower(replicaId: number): boolean {
    return this.states.has(replicaId);
  }

  /** Records a fetch by `replicaId`. Precondition: it is a follower. */
  recordFetch(replicaId: number, fetch: FollowerFetch): void {
    const state = this.states.get(replicaId);
    assert.ok(state !== undefined, 'only a follower fetches as a replica');
    this.states.set(replicaId, afterFollowerFetch(state, fetch));
  }

  /** The log end offsets of the maximal ISR's followers (undefined: not heard from this epoch). */
  maximalIsrLogEndOffsets(): (number | undefined)[] {
    const members = new Set([...this.role.isrFollowers, ...(this.pending?.isrFollowers ?? [])]);
    return [...members].map((id) => this.states.get(id)?.logEndOffset);
  }

  /**
   * The ISR (followers only) to propose now, or undefined when none is due or one is in flight:
   * out-of-sync members leave; caught-up non-members join (`eligible` says which brokers may).
   */
  isrChangeDue(options: { readonly nowMs: number; readonly lagTimeMaxMs: number; readonly highWatermark: number;
    readonly eligible: (replicaId: number) => boolean }): number[] | undefined {
    if (this.pending !== undefined) return undefined;
    const isr = this.role.isrFollowers;
    const members = isr.map((id) => this.states.get(id)).filter((state) => state !== undefined);
    const leaving = new Set(outOfSyncFollowers(members, options));
    const joining = [...this.states.values()].filter((state) => !isr.includes(state.replicaId) &&
      options.eligible(state.replicaId) && isCaughtUpToJoin(state, { highWatermark: options.highWatermark,
      leaderEpochStartOffset: this.leaderEpochStartOffset })).map((state) => state.replicaId);
    if (leaving.size === 0 && joining.length === 0) return undefined;
    const next = [...isr.filter((id) => !leaving.has(id)), ...joining];
    return this.role.followers.filter((id) => next.includes(id));
  }

  /** Marks `isrFollowers` as proposed (from the current partition epoch). */
  markPending(isrFollowers: readonly number[]): void {
    assert.ok(this.pending === undefined, 'one ISR change in flight per partition');
    this.pending = { isrFollowers: [...isrFollowers], partitionEpoch: this.role.partitionEpoch };
  }

  /** The proposal was refused or lost: a later check may propose again. */
  clearPending(): void {
    this.pending = undefined;
  }

  /** What the leader knows of each follower now (KIP-392's read replica choice). */
  followerStates(): readonly FollowerState[] {
    return [...this.states.values()];
  }

  /** The broker epoch `replicaId` last fetched with, or -1 (AlterPartition v3 NewIsrWithEpochs). */
  brokerEpochOf(replicaId: number): number {
    return this.states.get(replicaId)?.brokerEpoch ?? -1;
  }

  checkInvariants(): void {
    for (const id of this.role.isrFollowers) assert.ok(this.role.followers.includes(id), 'the ISR is within the replicas');
    for (const id of this.states.keys()) assert.ok(this.role.followers.includes(id), 'only followers are tracked');
  }
}
