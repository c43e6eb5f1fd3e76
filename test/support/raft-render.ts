// One-line renderings of Raft messages and log entries for transcripts
// (test/raft/testdata/*.txt) and failure reports. Events render through raft/'s own
// `renderEvent`; these cover what the core does not render: the messages between nodes, as a
// reader of a transcript sees them cross the network, and the entries of a log.
import assert from 'node:assert/strict';
import type {
  Entry, FetchResponse, FetchSnapshotResponse, Message, OffsetAndEpoch, VoteRequest, VoteResponse,
} from '../../raft/mod.js';

const decoder = new TextDecoder();

/** `5@2`: an offset and the epoch of the entry there (or an end offset and last epoch). */
export function renderOffsetAndEpoch(point: OffsetAndEpoch): string {
  return `${point.offset}@${point.epoch}`;
}

/** A payload as quoted text when printable, else its size. */
export function renderPayload(payload: Uint8Array): string {
  const text = decoder.decode(payload);
  if (/^[\x20-\x7e]*$/.test(text) && text.length <= 40) return JSON.stringify(text);
  return `<${payload.length} bytes>`;
}

/** `3@2 data "x"`, `0@1 leader-change`, `4@2 voters [1,2,3,4]`. */
export function renderEntry(entry: Entry): string {
  const head = `${entry.offset}@${entry.epoch} ${entry.kind}`;
  switch (entry.kind) {
    case 'data': return `${head} ${renderPayload(entry.payload)}`;
    case 'leader-change': return head;
    case 'voters': return `${head} [${(entry.voters ?? []).join(',')}]`;
    default: {
      const unexpected: never = entry.kind;
      assert.fail(`unknown entry kind ${String(unexpected)}`);
    }
  }
}

/** A range of entries in a fetch response: `entries [3,5)` or `no entries`. */
function renderEntryRange(entries: readonly Entry[]): string {
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (first === undefined || last === undefined) return 'no entries';
  return `entries [${first.offset},${last.offset + 1})`;
}

/** `, leader 3`, or nothing when no leader is named. */
function renderLeader(leaderId: number | null): string {
  return leaderId === null ? '' : `, leader ${leaderId}`;
}

function renderVote(message: VoteRequest | VoteResponse): string {
  const name = message.preVote ? 'PreVote' : 'Vote';
  if (message.type === 'VoteRequest') {
    return `${name} epoch ${message.epoch}, log end ${message.endOffset} last epoch ${message.lastEpoch}`;
  }
  const answer = message.granted ? 'granted' : 'refused';
  return `${name}Response epoch ${message.epoch} ${answer}${renderLeader(message.leaderId)}`;
}

function renderBody(message: Message): string {
  const epochText = `epoch ${message.epoch}`;
  switch (message.type) {
    case 'VoteRequest': return renderVote(message);
    case 'VoteResponse': return renderVote(message);
    case 'BeginQuorumEpochRequest': return `BeginQuorumEpoch ${epochText} leader ${message.leaderId}`;
    case 'BeginQuorumEpochResponse': return `BeginQuorumEpochResponse ${epochText}`;
    case 'EndQuorumEpochRequest': {
      const successors = message.preferredSuccessors.join(',');
      return `EndQuorumEpoch ${epochText} leader ${message.leaderId} successors [${successors}]`;
    }
    case 'EndQuorumEpochResponse': return `EndQuorumEpochResponse ${epochText}`;
    case 'FetchRequest':
      return `Fetch ${epochText} offset ${message.fetchOffset} last epoch ${message.lastFetchedEpoch}`;
    case 'FetchResponse': return renderFetchResponse(message);
    case 'FetchSnapshotRequest': {
      const snapshot = renderOffsetAndEpoch(message.snapshotId);
      return `FetchSnapshot ${epochText} snapshot ${snapshot} position ${message.position}`;
    }
    case 'FetchSnapshotResponse': return renderFetchSnapshotResponse(message);
    default: {
      const unexpected: never = message;
      assert.fail(`unknown message ${JSON.stringify(unexpected)}`);
    }
  }
}

function renderFetchResponse(message: FetchResponse): string {
  const head = `FetchResponse epoch ${message.epoch}`;
  const highWatermark = `hw ${message.highWatermark}`;
  if (message.error !== null) return `${head} ${message.error}${renderLeader(message.leaderId)}`;
  const diverging = message.divergingEpoch;
  if (diverging !== null) return `${head} diverging: epoch ${diverging.epoch} ends at ${diverging.offset}, ${highWatermark}`;
  if (message.snapshotId !== null) return `${head} snapshot ${renderOffsetAndEpoch(message.snapshotId)}, ${highWatermark}`;
  return `${head} ${renderEntryRange(message.entries)}, ${highWatermark}`;
}

function renderFetchSnapshotResponse(message: FetchSnapshotResponse): string {
  const end = message.position + message.chunk.length;
  const what = message.error ?? `bytes [${message.position},${end}) of ${message.snapshotBytes}`;
  return `FetchSnapshotResponse epoch ${message.epoch} snapshot ${renderOffsetAndEpoch(message.snapshotId)} ${what}`;
}

/** `1->2 PreVote epoch 1, log end 0 last epoch 0`. */
export function renderMessage(message: Message): string {
  return `${message.from}->${message.to} ${renderBody(message)}`;
}
