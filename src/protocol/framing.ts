// Kafka's framing: every request and response is a 4-byte big-endian size followed by that many
// bytes (https://kafka.apache.org/protocol#protocol_common). The network seam delivers a TCP-like
// byte stream in arbitrary chunks; `FrameDecoder` turns it back into frames, checking each size
// against the configured maximum (Kafka's socket.request.max.bytes, 100 MiB by default) before
// allocating the frame. `InFlightResponses` lets many requests of one connection run at once while
// their responses leave in request order, as Kafka clients require. Pure: no I/O, no timers. The
// same framing carries Weir's internal RPC.
import assert from 'node:assert/strict';

import { ProtocolDecodeError } from './primitives/errors.js';
import { Writer } from './primitives/writer.js';

/** Kafka's default socket.request.max.bytes: 100 MiB. */
export const REQUEST_BYTES_MAX_DEFAULT = 100 * 1024 * 1024;

export const SIZE_PREFIX_BYTES = 4;
/** The first buffer of a frame holds at most this much; it doubles as bytes actually arrive. */
const FRAME_INITIAL_BYTES_MAX = 64 * 1024;

/**
 * Splits a byte stream into frames. One decoder per connection. A frame's buffer starts small and
 * doubles as its bytes arrive, so four bytes claiming a 100 MiB frame cost a peer no more memory
 * than it actually sends (at most twice that).
 */
export class FrameDecoder {
  private readonly frameBytesMax: number;
  /** The size prefix being assembled when a chunk ends inside it. */
  private readonly prefix = new Uint8Array(SIZE_PREFIX_BYTES);
  private prefixBytes = 0;
  /** The declared size of the frame being filled, or -1 while reading a size prefix. */
  private frameBytes = -1;
  /** The frame being filled. Invariant: frameFilled <= frame.length <= frameBytes. */
  private frame = new Uint8Array(0);
  private frameFilled = 0;
  private failed = false;

  constructor(options: { frameBytesMax?: number } = {}) {
    this.frameBytesMax = options.frameBytesMax ?? REQUEST_BYTES_MAX_DEFAULT;
    assert.ok(Number.isInteger(this.frameBytesMax) && this.frameBytesMax >= 0 && this.frameBytesMax <= 0x7fffffff);
  }

  /** Bytes received but not yet part of a complete frame. */
  get bufferedBytes(): number {
    return this.prefixBytes + this.frameFilled;
  }

  /** Bytes allocated for the frame being filled. */
  get reservedBytes(): number {
    return this.frame.length;
  }

  /** Asserts the decoder's invariants; tests and the simulator call it after each step. */
  checkInvariants(): void {
    assert.ok(this.prefixBytes >= 0 && this.prefixBytes < SIZE_PREFIX_BYTES);
    assert.ok(this.frameFilled <= this.frame.length);
    if (this.frameBytes === -1) assert.equal(this.frameFilled, 0);
    else assert.ok(this.frame.length <= this.frameBytes && this.frameBytes <= this.frameBytesMax);
  }

  /**
   * Consumes a chunk and returns the frames it completes (payloads without the size prefix), in
   * order. Throws `ProtocolDecodeError` FRAME_TOO_LARGE or INVALID_FRAME_SIZE, before allocating,
   * for a size over the maximum or negative; the decoder is unusable afterwards (close the
   * connection).
   */
  push(chunk: Uint8Array): Uint8Array[] {
    assert.ok(!this.failed, 'a frame decoder that failed must not be used again');
    const frames: Uint8Array[] = [];
    let position = 0;
    while (position < chunk.length) {
      if (this.frameBytes === -1) {
        const taken = Math.min(SIZE_PREFIX_BYTES - this.prefixBytes, chunk.length - position);
        this.prefix.set(chunk.subarray(position, position + taken), this.prefixBytes);
        this.prefixBytes += taken;
        position += taken;
        if (this.prefixBytes < SIZE_PREFIX_BYTES) break;
        this.frameBytes = this.checkedSize();
        this.frame = new Uint8Array(Math.min(this.frameBytes, FRAME_INITIAL_BYTES_MAX));
        this.frameFilled = 0;
        this.prefixBytes = 0;
      }
      const taken = Math.min(this.frameBytes - this.frameFilled, chunk.length - position);
      this.ensureCapacity(this.frameFilled + taken);
      this.frame.set(chunk.subarray(position, position + taken), this.frameFilled);
      this.frameFilled += taken;
      position += taken;
      if (this.frameFilled === this.frameBytes) {
        assert.equal(this.frame.length, this.frameBytes);
        frames.push(this.frame);
        this.frameBytes = -1;
        this.frame = new Uint8Array(0);
        this.frameFilled = 0;
      }
    }
    assert.equal(position, chunk.length);
    return frames;
  }

  /** Grows the frame buffer by doubling, never past the declared frame size. */
  private ensureCapacity(byteCount: number): void {
    assert.ok(byteCount <= this.frameBytes);
    if (byteCount <= this.frame.length) return;
    let capacity = Math.max(this.frame.length, 1);
    while (capacity < byteCount) capacity *= 2;
    const grown = new Uint8Array(Math.min(capacity, this.frameBytes));
    grown.set(this.frame.subarray(0, this.frameFilled));
    this.frame = grown;
  }

  private checkedSize(): number {
    const size = new DataView(this.prefix.buffer).getInt32(0);
    if (size < 0) {
      this.failed = true;
      throw new ProtocolDecodeError('INVALID_FRAME_SIZE', `Cannot read frame: size ${size} is negative`);
    }
    if (size > this.frameBytesMax) {
      this.failed = true;
      throw new ProtocolDecodeError('FRAME_TOO_LARGE', `Cannot read frame: size ${size} exceeds the maximum of ${this.frameBytesMax} bytes`);
    }
    return size;
  }
}

/**
 * Encodes a frame whose payload `writePayload` writes: the size prefix is reserved first and
 * patched afterwards, so the payload is never copied.
 * @example encodeFrame((writer) => writer.writeInt32(7)) // [0, 0, 0, 4, 0, 0, 0, 7]
 */
export function encodeFrame(writePayload: (writer: Writer) => void, initialBytes = 256): Uint8Array {
  const writer = new Writer(initialBytes);
  writer.writeInt32(0);
  writePayload(writer);
  writer.patchInt32(0, writer.position - SIZE_PREFIX_BYTES);
  return writer.finish();
}

/** Frames an already encoded payload (copies it once). */
export function frameBytes(payload: Uint8Array): Uint8Array {
  return encodeFrame((writer) => writer.writeRaw(payload), payload.length + SIZE_PREFIX_BYTES);
}

/**
 * Keeps the responses of one connection in request order while requests are handled
 * concurrently. `begin()` takes a ticket as each request arrives; `finish(ticket, response)`
 * hands back every response that may now be sent, in order. A null response (Produce with acks=0)
 * sends nothing but still releases the ones behind it. Bounded: callers stop reading from the
 * connection while `isFull`.
 */
export class InFlightResponses {
  private readonly inFlightMax: number;
  private nextTicket = 0;
  /** The oldest ticket whose response has not been released. */
  private nextToRelease = 0;
  private readonly finished = new Map<number, Uint8Array | null>();

  constructor(options: { inFlightMax: number }) {
    assert.ok(Number.isInteger(options.inFlightMax) && options.inFlightMax > 0);
    this.inFlightMax = options.inFlightMax;
  }

  /** Requests begun and not yet released. */
  get inFlight(): number {
    return this.nextTicket - this.nextToRelease;
  }

  get isFull(): boolean {
    return this.inFlight >= this.inFlightMax;
  }

  /** Asserts the ordering invariants; tests and the simulator call it after each step. */
  checkInvariants(): void {
    assert.ok(this.nextToRelease <= this.nextTicket);
    assert.ok(this.inFlight <= this.inFlightMax);
    assert.ok(!this.finished.has(this.nextToRelease), 'the oldest finished response must have been released');
    for (const ticket of this.finished.keys()) assert.ok(ticket > this.nextToRelease && ticket < this.nextTicket);
  }

  /** Registers a request. Precondition: not `isFull`. */
  begin(): number {
    assert.ok(!this.isFull, 'too many requests in flight on one connection');
    return this.nextTicket++;
  }

  /** Records the response of `ticket`; returns the responses now releasable, oldest first. */
  finish(ticket: number, response: Uint8Array | null): Uint8Array[] {
    assert.ok(ticket >= this.nextToRelease && ticket < this.nextTicket, 'unknown ticket');
    assert.ok(!this.finished.has(ticket), 'a ticket finishes once');
    this.finished.set(ticket, response);
    const ready: Uint8Array[] = [];
    while (this.finished.has(this.nextToRelease)) {
      const next = this.finished.get(this.nextToRelease)!;
      this.finished.delete(this.nextToRelease);
      this.nextToRelease++;
      if (next !== null) ready.push(next);
    }
    assert.ok(this.inFlight >= 0 && this.finished.size <= this.inFlight);
    return ready;
  }
}
