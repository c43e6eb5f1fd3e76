// Validation of Raft messages arriving over the internal RPC (src/quorum/peer-messenger.ts). Part of src/quorum/.
// The wire is untrusted: a value decoded from msgpack becomes a raft `Message` only after this
// gateway has checked its tag and the fields the core relies on (STYLE.md §7: validate once at
// the gateway, assert past it). Field shapes follow raft/messages.ts.
import type { Message, MessageType } from '../../raft/mod.js';
import { RpcDecodeError } from './peer-messenger.js';
import { decodeVotersRecord } from './voters-record.js';

const messageTypes: ReadonlySet<MessageType> = new Set<MessageType>([
  'VoteRequest', 'VoteResponse', 'BeginQuorumEpochRequest', 'BeginQuorumEpochResponse',
  'EndQuorumEpochRequest', 'EndQuorumEpochResponse', 'FetchRequest', 'FetchResponse',
  'FetchSnapshotRequest', 'FetchSnapshotResponse',
]);

type Fields = Record<string, unknown>;

function isNatural(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function requireNatural(fields: Fields, name: string): void {
  if (!isNatural(fields[name])) throw new RpcDecodeError(`Cannot accept message: field "${name}" is not a natural number`);
}

function requireNaturalOrNull(fields: Fields, name: string): void {
  if (fields[name] !== null) requireNatural(fields, name);
}

function requireOffsetAndEpochOrNull(fields: Fields, name: string): void {
  const value = fields[name];
  if (value === null) return;
  if (typeof value !== 'object' || value === undefined) {
    throw new RpcDecodeError(`Cannot accept message: field "${name}" is not an offset and epoch`);
  }
  requireNatural(value as Fields, 'offset');
  requireNatural(value as Fields, 'epoch');
}

function requireEntries(fields: Fields): void {
  const entries = fields['entries'];
  if (!Array.isArray(entries)) throw new RpcDecodeError('Cannot accept message: "entries" is not an array');
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) throw new RpcDecodeError('Cannot accept message: bad entry');
    const entryFields = entry as Fields;
    requireNatural(entryFields, 'offset');
    requireNatural(entryFields, 'epoch');
    if (!(entryFields['payload'] instanceof Uint8Array)) throw new RpcDecodeError('Cannot accept message: entry payload is not bytes');
    const kind = entryFields['kind'];
    if (kind !== 'data' && kind !== 'leader-change' && kind !== 'voters') {
      throw new RpcDecodeError(`Cannot accept message: unknown entry kind "${String(kind)}"`);
    }
    if (entryFields['voters'] === null) delete entryFields['voters'];
    if (kind === 'voters') requireVotersRecord(entryFields['payload']);
  }
}

/** A `voters` entry's payload is a VotersRecord (or empty): the driver dials what it names. */
function requireVotersRecord(payload: Uint8Array): void {
  try {
    decodeVotersRecord(payload);
  } catch (error) {
    throw new RpcDecodeError(`Cannot accept message: a voters entry's payload is not a VotersRecord (${String(error)})`);
  }
}

/** Checks that `value` is a Raft message; throws RpcDecodeError otherwise. */
export function validateRaftMessage(value: unknown): Message {
  if (typeof value !== 'object' || value === null) throw new RpcDecodeError('Cannot accept message: not an object');
  const fields = value as Fields;
  const type = fields['type'];
  if (typeof type !== 'string' || !messageTypes.has(type as MessageType)) {
    throw new RpcDecodeError(`Cannot accept message: unknown type "${String(type)}"`);
  }
  requireNatural(fields, 'from');
  requireNatural(fields, 'to');
  requireNatural(fields, 'epoch');
  switch (type as MessageType) {
    case 'FetchRequest':
      requireNatural(fields, 'fetchOffset');
      requireNatural(fields, 'lastFetchedEpoch');
      break;
    case 'FetchResponse':
      requireNatural(fields, 'fetchOffset');
      requireNatural(fields, 'lastFetchedEpoch');
      requireNatural(fields, 'highWatermark');
      requireNaturalOrNull(fields, 'leaderId');
      requireOffsetAndEpochOrNull(fields, 'divergingEpoch');
      requireOffsetAndEpochOrNull(fields, 'snapshotId');
      requireEntries(fields);
      break;
    case 'VoteRequest':
      requireNatural(fields, 'lastEpoch');
      requireNatural(fields, 'endOffset');
      break;
    case 'FetchSnapshotResponse':
      if (!(fields['chunk'] instanceof Uint8Array)) throw new RpcDecodeError('Cannot accept message: chunk is not bytes');
      break;
    case 'VoteResponse':
    case 'BeginQuorumEpochRequest':
    case 'BeginQuorumEpochResponse':
    case 'EndQuorumEpochRequest':
    case 'EndQuorumEpochResponse':
    case 'FetchSnapshotRequest':
      break;
    default: {
      const unexpected: never = type as never;
      throw new RpcDecodeError(`Cannot accept message: unhandled type "${String(unexpected)}"`);
    }
  }
  return value as Message;
}
