// One-line renderings of Raft messages and log entries for transcripts
// (test/raft/testdata/*.txt) and failure reports. Events render through raft/'s own
// `renderEvent`; these cover what the core does not render: the messages between nodes, as a
// reader of a transcript sees them cross the network, and the entries of a log.
import assert from 'node:assert/strict';
import type { Entry, Message, OffsetAndEpoch } from '../../raft/mod.js';

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

function renderBody(message: Message): string {
  switch (message.type) {
    case 'VoteRequest':
      return `${message.preVote ? 'PreVote' : 'Vote'} epoch ${message.epoch}, log end ${message.endOffset} last epoch ${message.lastEpoch}`;
    case 'VoteResponse':
      return `${message.preVote ? 'PreVote' : 'Vote'}Response epoch ${message.epoch} ${message.granted ? 'granted' : 'refused'}` +
        (message.leaderId === null ? '' : `, leader ${message.leaderId}`);
    case 'BeginQuorumEpochRequest': return `BeginQuorumEpoch epoch ${message.epoch} leader ${message.leaderId}`;
    case 'BeginQuorumEpochResponse': return `BeginQuorumEpochResponse epoch ${message.epoch}`;
    case 'EndQuorumEpochRequest':
      return `EndQuorumEpoch epoch ${message.epoch} leader ${message.leaderId} successors [${message.preferredSuccessors.join(',')}]`;
    case 'EndQuorumEpochResponse': return `EndQuorumEpochResponse epoch ${message.epoch}`;
    case 'FetchRequest':
      return `Fetch epoch ${message.epoch} offset ${message.fetchOffset} last epoch ${message.lastFetchedEpoch}`;
    case 'FetchResponse': return renderFetchResponse(message);
    case 'FetchSnapshotRequest':
      return `FetchSnapshot epoch ${message.epoch} snapshot ${renderOffsetAndEpoch(message.snapshotId)} position ${message.position}`;
    case 'FetchSnapshotResponse': {
      const end = message.position + message.chunk.length;
      const what = message.error ?? `bytes [${message.position},${end}) of ${message.snapshotBytes}`;
      return `FetchSnapshotResponse epoch ${message.epoch} snapshot ${renderOffsetAndEpoch(message.snapshotId)} ${what}`;
    }
    default: {
      const unexpected: never = message;
      assert.fail(`unknown message ${JSON.stringify(unexpected)}`);
    }
  }
}

function renderFetchResponse(message: Extract<Message, { type: 'FetchResponse' }>): string {
  const head = `FetchResponse epoch ${message.epoch}`;
  if (message.error !== null) return `${head} ${message.error}${message.leaderId === null ? '' : `, leader ${message.leaderId}`}`;
  if (message.divergingEpoch !== null) {
    return `${head} diverging: epoch ${message.divergingEpoch.epoch} ends at ${message.divergingEpoch.offset}, hw ${message.highWatermark}`;
  }
  if (message.snapshotId !== null) return `${head} snapshot ${renderOffsetAndEpoch(message.snapshotId)}, hw ${message.highWatermark}`;
  return `${head} ${renderEntryRange(message.entries)}, hw ${message.highWatermark}`;
}

/** `1->2 PreVote epoch 1, log end 0 last epoch 0`. */
export function renderMessage(message: Message): string {
  return `${message.from}->${message.to} ${renderBody(message)}`;
}
