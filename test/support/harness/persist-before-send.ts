// The persist-before-send rule, checked from outside the core: every message a node sends may
// only promise what its durable record already holds (raft/ready.ts, steps 1-6; Raft paper
// Figure 2, "respond to RPCs only after updating stable storage"; KIP-595's quorum-state file).
// The harness persists a Ready's hard state and entries before it sends that Ready's messages,
// so a message that promises more than the durable record shows a Ready composed wrongly: a
// vote granted before the vote was in the hard state, or a fetch offset beyond the durable log
// (the leader counts fetch offsets toward the high watermark).
import type { Message } from '../../../raft/mod.js';
import type { DurableRecord } from './harness-node.js';

function durableEndOffset(durable: DurableRecord): number {
  const last = durable.entries[durable.entries.length - 1];
  return last !== undefined ? last.offset + 1 : (durable.snapshot?.id.offset ?? 0);
}

function durableEpochAt(durable: DurableRecord, offset: number): number | undefined {
  if (offset < 0) return 0;
  const first = durable.entries[0];
  const entry = first === undefined ? undefined : durable.entries[offset - first.offset];
  if (entry !== undefined && entry.offset === offset) return entry.epoch;
  if (durable.snapshot !== null && durable.snapshot.id.offset - 1 === offset) return durable.snapshot.id.epoch;
  return undefined;
}

/** What `message` promises beyond `durable`, in words; undefined when it is covered. */
export function uncoveredPromise(message: Message, durable: DurableRecord): string | undefined {
  const hardState = durable.hardState ?? { epoch: 0, votedFor: null, leader: null };
  // A pre-vote request names the epoch its sender would campaign in: one above its own.
  const allowedEpoch = message.type === 'VoteRequest' && message.preVote ? hardState.epoch + 1 : hardState.epoch;
  if (message.epoch > allowedEpoch) return `it carries epoch ${message.epoch}, the durable epoch is ${hardState.epoch}`;
  switch (message.type) {
    case 'VoteRequest':
      if (!message.preVote && hardState.votedFor !== message.from) return 'its own vote is not durable';
      return undefined;
    case 'VoteResponse':
      if (!message.granted || message.preVote) return undefined;
      if (hardState.epoch !== message.epoch || hardState.votedFor !== message.to) return 'the vote it grants is not durable';
      return undefined;
    case 'BeginQuorumEpochRequest':
      if (hardState.leader !== message.from) return 'its leadership is not in the durable quorum state';
      return undefined;
    case 'FetchRequest': return uncoveredFetch(message, durable);
    default:
      return undefined;
  }
}

function uncoveredFetch(message: Extract<Message, { type: 'FetchRequest' }>, durable: DurableRecord): string | undefined {
  const end = durableEndOffset(durable);
  if (message.fetchOffset > end) return `it fetches from offset ${message.fetchOffset}, the durable log ends at ${end}`;
  const epoch = durableEpochAt(durable, message.fetchOffset - 1);
  if (epoch !== undefined && epoch !== message.lastFetchedEpoch) {
    return `it names epoch ${message.lastFetchedEpoch} before offset ${message.fetchOffset}, the durable log has ${epoch}`;
  }
  return undefined;
}
