// The state every role handler shares: options, the log, the quorum state, the logical clock,
// the high watermark and the outbox of messages and events.
// Part of raft/. RaftCore (core.ts) owns one Context and hands it to the role handlers in
// roles/; keeping it a plain object lets each handler be a small top-level function.
import assert from 'node:assert/strict';
import type { RaftEvent } from './events.js';
import type { RaftLog } from './log/raft-log.js';
import type { Message } from './messages.js';
import type { QuorumState } from './quorum-state.js';
import type { Snapshot } from './ready.js';
import { offset, type Epoch, type NodeId, type Offset, type Random } from './types.js';

/**
 * Test-only switches that break one safety rule each. Negative-control tests turn one on to
 * show that a checker notices the broken rule. Never set outside tests.
 */
export interface TestOnlyUnsafe {
  /** Grant votes without the up-to-date log check (Raft paper §5.4.1). */
  readonly grantVotesWithoutLogCheck?: boolean;
  /** Let the leader advance the high watermark over entries of earlier epochs alone (§5.4.2). */
  readonly commitWithoutCurrentEpochEntry?: boolean;
  /** Grant a second, different vote in an epoch already voted in. */
  readonly grantMultipleVotesPerEpoch?: boolean;
  /** A leader never resigns for lack of fetches (KAFKA-15489's zombie leader). */
  readonly disableCheckQuorum?: boolean;
  /** A follower raises its high watermark over fetched entries it has not persisted yet. */
  readonly commitBeforeDurable?: boolean;
  /**
   * The leader answers a fetch whose position diverges from its log, when it holds entries past
   * it, with those entries instead of the diverging epoch (KIP-595's truncation skipped): the
   * follower keeps its divergent suffix and appends the leader's entries after it.
   */
  readonly serveDivergingFetches?: boolean;
}

/** Options after defaults, as the handlers read them. Times are in ticks. */
export interface ResolvedOptions {
  readonly id: NodeId;
  readonly random: Random;
  readonly electionTimeoutTicks: number;
  readonly fetchTimeoutTicks: number;
  /** A leader resigns when a majority has not fetched within this (1.5x the fetch timeout). */
  readonly checkQuorumTimeoutTicks: number;
  /** A request without an answer is sent again after this many ticks. */
  readonly retryTicks: number;
  readonly maxEntriesPerFetch: number;
  readonly snapshotChunkBytes: number;
  readonly unsafe: TestOnlyUnsafe;
}

/** A message as a handler writes it; the context fills in the sender. */
export type OutgoingMessage = Message extends infer Each
  ? Each extends Message ? Omit<Each, 'from'> : never
  : never;

/** An event as a handler writes it; the context fills in node and epoch. */
export type EventBody = RaftEvent extends infer Each
  ? Each extends RaftEvent ? Omit<Each, 'node' | 'epoch'> : never
  : never;

/** The shared state of one core. Mutable: handlers update it in place. */
export class Context {
  readonly options: ResolvedOptions;
  readonly log: RaftLog;
  readonly quorum: QuorumState;
  /** Logical time: the number of ticks seen so far. */
  nowTicks = 0;
  /**
   * The high watermark: entries below it are committed.
   * Invariant: log.startOffset <= highWatermark <= log.endOffset; it never decreases.
   */
  highWatermark: Offset;
  /** Entries below this were handed out to apply (or are covered by an applied snapshot). */
  appliedEndOffset: Offset;
  /** The latest snapshot, kept in memory to serve FetchSnapshot. */
  snapshot: Snapshot | null;
  snapshotToPersist: Snapshot | null = null;
  snapshotToApply: Snapshot | null = null;
  /**
   * An epoch whose leader is known to have resigned (EndQuorumEpoch, or its NOT_LEADER answer).
   * A resigned leader never leads again in its epoch, so late messages naming it are not
   * followed.
   */
  leaderGoneInEpoch: Epoch | null = null;
  readonly messages: Message[] = [];
  readonly events: RaftEvent[] = [];

  constructor(init: {
    options: ResolvedOptions;
    log: RaftLog;
    quorum: QuorumState;
    snapshot: Snapshot | null;
  }) {
    this.options = init.options;
    this.log = init.log;
    this.quorum = init.quorum;
    this.snapshot = init.snapshot;
    this.highWatermark = init.log.startOffset;
    this.appliedEndOffset = init.log.startOffset;
  }

  /** True when any test-only safety switch is on; some assertions then stand down. */
  get unsafe(): boolean {
    return Object.values(this.options.unsafe).some((enabled) => enabled === true);
  }

  get id(): NodeId { return this.options.id; }
  get epoch(): Epoch { return this.quorum.hardState.epoch; }

  /** The voter set in force now: the newest in the log, committed or not (KIP-853). */
  get voters(): readonly NodeId[] { return this.log.voters; }

  /** The leader this node knows in its epoch: itself when leading, its leader when following. */
  knownLeader(): NodeId | null {
    const role = this.quorum.role;
    if (role.role === 'leader') return this.options.id;
    if (role.role === 'follower') return role.leader;
    return null;
  }

  /** Whether this node may follow `leader` in `inEpoch`: not itself, not a leader that resigned. */
  mayFollow(inEpoch: Epoch, leader: NodeId | null): leader is NodeId {
    if (leader === null || leader === this.options.id) return false;
    return this.leaderGoneInEpoch !== inEpoch;
  }

  /** Whether `node` (this node by default) is a voter now; others are observers. */
  isVoter(node: NodeId = this.options.id): boolean {
    return this.log.voters.includes(node);
  }

  /**
   * Whether this node may campaign: it is a voter in the newest voter set, or in the newest
   * committed one. The second case matters when a leader appended its own removal and lost
   * office before the removal committed: the others still count on it under the old set, and
   * its log, the most up to date, may be the only one that can win (KIP-853).
   */
  mayCampaign(): boolean {
    if (this.isVoter()) return true;
    return this.log.votersAt(this.highWatermark).includes(this.options.id);
  }

  /** The voters other than this node: the ones requests go to. */
  otherVoters(): readonly NodeId[] {
    return this.log.voters.filter((voter) => voter !== this.options.id);
  }

  /** A fresh randomized election timeout in [T, 2T) ticks, from the injected random source. */
  electionDeadlineTicks(): number {
    const timeoutTicks = this.options.electionTimeoutTicks;
    const jitterTicks = this.options.random.nextInt(timeoutTicks);
    assert.ok(jitterTicks >= 0 && jitterTicks < timeoutTicks, 'the random source keeps its bound');
    return this.nowTicks + timeoutTicks + jitterTicks;
  }

  /** Queues a message for the next Ready. */
  send(message: OutgoingMessage): void {
    assert.notEqual(message.to, this.options.id, 'a node never sends to itself');
    // The handler's literal is fresh and ours: complete it in place rather than copy it.
    const sent = message as { from?: NodeId };
    sent.from = this.options.id;
    this.messages.push(sent as Message);
  }

  /** Records an event for the next Ready. */
  emit(body: EventBody): void {
    const event = body as { node?: NodeId; epoch?: Epoch };
    event.node = this.options.id;
    event.epoch = this.epoch;
    this.events.push(event as RaftEvent);
  }

  /** Moves the high watermark forward. Precondition: not backwards, not past the log end. */
  advanceHighWatermark(to: Offset): void {
    assert.ok(to >= this.highWatermark, 'the high watermark never moves backwards');
    assert.ok(to <= this.log.endOffset, 'the high watermark never passes the log end');
    if (to === this.highWatermark) return;
    this.highWatermark = offset(to);
    this.emit({ type: 'high-watermark-advanced', highWatermark: to });
  }
}
