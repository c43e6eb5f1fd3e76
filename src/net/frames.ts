// Length-prefixed frames for Weir's internal RPC: a 4-byte big-endian length, then that many
// bytes. Part of src/net/. Kept tiny and local until the internal RPC is unified with the Kafka
// listener's frame decoder in src/protocol/framing.ts (same wire shape).
import assert from 'node:assert/strict';

/** Bytes of the length prefix. */
export const framePrefixBytes = 4;

/** A frame that breaks the limits of the internal RPC (bad input from a peer). */
export class FrameError extends Error {
  readonly code = 'FRAME_TOO_LARGE';
  constructor(message: string, readonly frameBytes: number) {
    super(message);
    this.name = 'FrameError';
  }
}

/** Prefixes `payload` with its length, in one fresh buffer (so one send() is one frame). */
export function encodeFrame(payload: Uint8Array): Uint8Array {
  const frame = new Uint8Array(framePrefixBytes + payload.length);
  new DataView(frame.buffer).setUint32(0, payload.length);
  frame.set(payload, framePrefixBytes);
  return frame;
}

/**
 * Splits a byte stream into frame payloads. Feed chunks as they arrive; every complete frame
 * is returned in order. A declared length above `frameBytesMax` throws FrameError (close the
 * connection), so a hostile length cannot make it allocate.
 */
export class FrameReader {
  private pending: Uint8Array = new Uint8Array(0);

  constructor(private readonly frameBytesMax: number) {
    assert(frameBytesMax > 0, 'frame limit must be positive');
  }

  /** Returns the payloads completed by `chunk`. */
  push(chunk: Uint8Array): Uint8Array[] {
    let buffer = chunk;
    if (this.pending.length > 0) {
      buffer = new Uint8Array(this.pending.length + chunk.length);
      buffer.set(this.pending, 0);
      buffer.set(chunk, this.pending.length);
    }
    const payloads: Uint8Array[] = [];
    let position = 0;
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    while (buffer.length - position >= framePrefixBytes) {
      const payloadBytes = view.getUint32(position);
      if (payloadBytes > this.frameBytesMax) {
        throw new FrameError(`Cannot read frame: ${payloadBytes} bytes exceed the limit of ${this.frameBytesMax}`, payloadBytes);
      }
      if (buffer.length - position - framePrefixBytes < payloadBytes) break;
      const start = position + framePrefixBytes;
      payloads.push(buffer.subarray(start, start + payloadBytes));
      position = start + payloadBytes;
    }
    this.pending = position === buffer.length ? new Uint8Array(0) : buffer.slice(position);
    assert(this.pending.length < framePrefixBytes + this.frameBytesMax, 'pending bytes stay bounded');
    return payloads;
  }
}
