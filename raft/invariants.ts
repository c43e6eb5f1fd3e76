// The internal invariants of a core, asserted after every input by tests and the simulator.
// Part of raft/. They restate the safety argument in checkable form (Raft paper Figure 3;
// Kafka's RaftEventSimulationTest invariants; etcd's CommittedIsDurableInv): bounds on the high
// watermark, monotonic epoch and high watermark, one vote per epoch, and what each role implies
// about the quorum state.
import assert from 'node:assert/strict';
import type { Context } from './context.js';
import type { Epoch, NodeId, Offset } from './types.js';

/** What the previous check saw, to assert that nothing moved backwards since. */
export interface CheckedState {
  readonly epoch: Epoch;
  readonly votedFor: NodeId | null;
  readonly highWatermark: Offset;
}

/** Asserts every invariant; returns what the next call compares against. */
export function checkInvariants(context: Context, last: CheckedState | null): CheckedState {
  context.log.checkInvariants();
  const highWatermark = context.highWatermark;
  assert.ok(highWatermark >= context.log.startOffset, 'high watermark >= log start offset');
  assert.ok(highWatermark <= context.log.endOffset, 'high watermark <= end offset');
  assert.ok(context.appliedEndOffset <= highWatermark, 'only committed entries are applied');
  assert.ok(context.appliedEndOffset >= context.log.startOffset, 'applied reaches the log start');
  assert.ok(context.log.lastEpoch <= context.epoch, 'no entry is from a future epoch');
  if (last !== null) checkAgainstLastCheck(context, last);
  checkRole(context);
  const hardState = context.quorum.hardState;
  return { epoch: hardState.epoch, votedFor: hardState.votedFor, highWatermark };
}

function checkAgainstLastCheck(context: Context, last: CheckedState): void {
  const hardState = context.quorum.hardState;
  assert.ok(hardState.epoch >= last.epoch, 'the epoch never decreases');
  assert.ok(context.highWatermark >= last.highWatermark, 'the high watermark never decreases');
  const sameEpochVote = hardState.epoch === last.epoch && last.votedFor !== null;
  if (sameEpochVote && context.options.unsafe.grantMultipleVotesPerEpoch !== true) {
    assert.equal(hardState.votedFor, last.votedFor, 'at most one vote per epoch');
  }
}

function checkRole(context: Context): void {
  const state = context.quorum.role;
  const hardState = context.quorum.hardState;
  if (state.role === 'leader') {
    assert.equal(hardState.leader, context.id, "a leader's quorum state names itself");
    assert.equal(hardState.votedFor, context.id, 'a leader voted for itself in its epoch');
    const durable = context.highWatermark <= context.log.durableEndOffset;
    assert.ok(durable, "a leader's committed entries are durable");
    const opened = state.epochStartOffset < context.log.endOffset;
    assert.ok(opened, 'the leader-change record is in the log');
    assert.equal(context.log.lastEpoch, context.epoch, "a leader's last entry is of its epoch");
  }
  if (state.role === 'follower') {
    assert.equal(hardState.leader, state.leader, "a follower's quorum state names its leader");
    assert.notEqual(state.leader, context.id, 'a node never follows itself');
    const durable = context.highWatermark <= context.log.durableEndOffset;
    assert.ok(durable || context.options.unsafe.commitBeforeDurable === true, "a follower's committed entries are durable");
  }
  if (state.role === 'candidate') {
    assert.equal(hardState.votedFor, context.id, 'a candidate voted for itself');
  }
}
