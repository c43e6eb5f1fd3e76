// The frame every Raft message travels in between nodes: a fixed 8-byte mark, then a msgpack pair
// of the sender's cluster id and the message. The mark lets the controller listener serve Kafka
// clients and Raft peers on one port, telling them apart by a connection's first bytes (a Kafka
// request frame starts with its API key, and no API key spells "WEIRRAFT"). The cluster id is in
// every frame, as KRaft's Vote and Fetch requests carry theirs, so a peer of another cluster is
// refused message by message (INCONSISTENT_CLUSTER_ID) and two clusters that share an address
// never merge their metadata logs. Each frame stands alone: loss, duplication or reordering of
// frames (the simulator's message-mode links) never leaves a connection in a wrong state.
import { Packr, Unpackr } from 'msgpackr';
import { SIZE_PREFIX_BYTES, frameBytes } from '../protocol/mod.js';

/** The mark every Raft peer frame's payload opens with. */
export const PEER_FRAME_MARK = new TextEncoder().encode('WEIRRAFT');

/** Bytes of a connection needed before `opensWithPeerMark` can decide. */
export const PEER_MARK_DECISION_BYTES = SIZE_PREFIX_BYTES + PEER_FRAME_MARK.length;

/** A peer frame's contents: who it is from (by cluster) and the still-unvalidated message. */
export interface PeerFrameContents {
  readonly clusterId: string;
  readonly message: unknown;
}

/** Encodes and frames a message with the sender's cluster id. */
export function encodePeerFrame(packr: Packr, clusterId: string, message: unknown): Uint8Array {
  const body = packr.pack([clusterId, message]);
  const payload = new Uint8Array(PEER_FRAME_MARK.length + body.length);
  payload.set(PEER_FRAME_MARK, 0);
  payload.set(body, PEER_FRAME_MARK.length);
  return frameBytes(payload);
}

/** True when a frame's payload opens with the peer mark. */
export function isPeerPayload(payload: Uint8Array): boolean {
  if (payload.length < PEER_FRAME_MARK.length) return false;
  return PEER_FRAME_MARK.every((byte, index) => payload[index] === byte);
}

/** True when a connection's first bytes (size prefix included) open a peer frame. */
export function opensWithPeerMark(bytes: Uint8Array): boolean {
  return isPeerPayload(bytes.subarray(SIZE_PREFIX_BYTES));
}

/** The contents of a peer frame's payload, or why it is not one. */
export function decodePeerPayload(unpackr: Unpackr, payload: Uint8Array): PeerFrameContents | string {
  if (!isPeerPayload(payload)) return 'the frame is not a Raft peer frame (no mark)';
  let value: unknown;
  try {
    value = unpackr.unpack(payload.subarray(PEER_FRAME_MARK.length));
  } catch (error) {
    return `cannot decode the peer frame: ${String(error)}`;
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
    return 'the peer frame is not a [cluster id, message] pair';
  }
  return { clusterId: value[0], message: value[1] as unknown };
}

const peekUnpackr = new Unpackr({ useRecords: false, moreTypes: false });

/**
 * The message in a whole peer frame (size prefix included), for traces and tests that watch the
 * wire; throws when the bytes are not a peer frame.
 */
export function peekPeerMessage(frame: Uint8Array): unknown {
  const contents = decodePeerPayload(peekUnpackr, frame.subarray(SIZE_PREFIX_BYTES));
  if (typeof contents === 'string') throw new Error(contents);
  return contents.message;
}
