// Assertions of the persist-before-send contract, run on every Ready before it is handed out.
// Part of raft/. A message may only promise what the same or an earlier Ready makes durable: a
// granted vote needs the vote in the quorum state, a candidate's request needs its own vote, a
// fetch offset needs the entries below it, and no message may speak for an epoch the quorum
// state has not reached (Raft paper Figure 2; etcd-io/etcd#14370 is the bug this prevents).
import assert from 'node:assert/strict';
import type { RaftLog } from './log/raft-log.js';
import type { Message } from './messages.js';
import type { HardState, Ready } from './ready.js';
import type { NodeId } from './types.js';

/** What the state will be once the Ready is carried out. */
interface Durable {
  readonly id: NodeId;
  readonly hardState: HardState;
  readonly log: RaftLog;
}

/** Asserts that every message in `ready` depends only on state durable once `ready` is done. */
export function assertMessagesCovered(ready: Ready, durable: Durable): void {
  if (ready.hardState !== null) {
    assert.equal(ready.hardState, durable.hardState, 'a Ready carries the latest hard state');
  }
  for (const message of ready.messages) assertMessageCovered(message, durable);
}

function assertMessageCovered(message: Message, durable: Durable): void {
  const { hardState, log } = durable;
  const preVoteRequest = message.type === 'VoteRequest' && message.preVote;
  const allowedEpoch = preVoteRequest ? hardState.epoch + 1 : hardState.epoch;
  assert.ok(message.epoch <= allowedEpoch, 'no message speaks for an epoch not yet persisted');
  if (message.type === 'VoteRequest' && !message.preVote && message.epoch === hardState.epoch) {
    assert.equal(hardState.votedFor, durable.id, "a candidate's own vote is persisted first");
  }
  const grantsVote = message.type === 'VoteResponse' && message.granted && !message.preVote;
  if (grantsVote && message.epoch === hardState.epoch) {
    assert.equal(hardState.votedFor, message.to, 'a granted vote is persisted before it is sent');
  }
  if (message.type === 'FetchRequest' && message.epoch === hardState.epoch) {
    assert.ok(message.fetchOffset <= log.endOffset, 'a fetch offset is within the persisted log');
  }
}
