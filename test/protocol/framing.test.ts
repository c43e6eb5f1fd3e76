// Framing: a 4-byte size prefix per frame. The decoder must reassemble frames from any split of the
// byte stream (partial reads, many frames per chunk), reject a size over the maximum or negative
// before allocating it, and responses of concurrent requests must leave in request order.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  FrameDecoder, InFlightResponses, REQUEST_BYTES_MAX_DEFAULT, encodeFrame, frameBytes,
} from '../../src/protocol/framing.js';
import { decodeErrorCode } from './support/decode-error-code.js';


/** Splits `bytes` at the given cut points (any order, duplicates allowed). */
function split(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((left, right) => left - right);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('FrameDecoder', () => {
  test('the default maximum is Kafka socket.request.max.bytes, 100 MiB', () => {
    expect(REQUEST_BYTES_MAX_DEFAULT).toBe(104_857_600);
  });

  test('frames come back whole and in order however the stream is split', () => {
    fc.assert(fc.property(
      fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 6 }),
      fc.array(fc.nat(), { maxLength: 10 }),
      (payloads, cuts) => {
        const stream = new Uint8Array(payloads.flatMap((payload) => [...frameBytes(payload)]));
        const decoder = new FrameDecoder({ frameBytesMax: 64 });
        const frames = split(stream, cuts).flatMap((chunk) => {
          const completed = decoder.push(chunk);
          decoder.checkInvariants();
          return completed;
        });
        expect(frames).toEqual(payloads);
        expect(decoder.bufferedBytes).toBe(0);
      },
    ), { numRuns: 300, seed: 5 });
  });

  test('a 1 MiB frame arriving in uneven chunks comes back byte for byte', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 20 }), (chunkSizes) => {
      const payload = Uint8Array.from({ length: 1024 * 1024 }, (_, index) => (index * 13) & 0xff);
      const stream = frameBytes(payload);
      const decoder = new FrameDecoder();
      const frames: Uint8Array[] = [];
      let position = 0;
      for (let index = 0; position < stream.length; index++) {
        const size = chunkSizes[index % chunkSizes.length]!;
        frames.push(...decoder.push(stream.subarray(position, position + size)));
        position += size;
      }
      expect(frames).toHaveLength(1);
      expect(Buffer.from(frames[0]!).equals(Buffer.from(payload))).toBe(true);
    }), { numRuns: 10, seed: 8 });
  });

  test('a frame over the maximum is rejected from its size prefix alone, before allocation', () => {
    const decoder = new FrameDecoder({ frameBytesMax: 1024 });
    // Only the prefix arrives: the decoder must refuse without waiting for (or allocating) 2 GiB.
    expect(decodeErrorCode(() => decoder.push(new Uint8Array([0x7f, 0xff, 0xff, 0xff])))).toBe('FRAME_TOO_LARGE');
    expect(decodeErrorCode(() => new FrameDecoder({ frameBytesMax: 1024 }).push(new Uint8Array([0, 0, 4, 1])))).toBe('FRAME_TOO_LARGE');
    expect(decodeErrorCode(() => new FrameDecoder({ frameBytesMax: 1024 }).push(new Uint8Array([0, 0, 4, 0])))).toBeUndefined();
  });

  test('a declared size is not allocated up front: memory follows the bytes that arrive', () => {
    const decoder = new FrameDecoder();
    const declared = 50 * 1024 * 1024;
    expect(decoder.push(new Uint8Array([declared >>> 24, (declared >>> 16) & 0xff, 0, 0]))).toEqual([]);
    expect(decoder.reservedBytes).toBeLessThanOrEqual(64 * 1024);
    decoder.push(new Uint8Array(200 * 1024));
    expect(decoder.reservedBytes).toBeLessThanOrEqual(2 * 200 * 1024);
    expect(decoder.bufferedBytes).toBe(200 * 1024);
  });

  test('a negative size is a typed error', () => {
    expect(decodeErrorCode(() => new FrameDecoder().push(new Uint8Array([0xff, 0xff, 0xff, 0xfe])))).toBe('INVALID_FRAME_SIZE');
  });

  test('encodeFrame writes the payload size before the payload', () => {
    expect([...encodeFrame((writer) => writer.writeInt32(7))]).toEqual([0, 0, 0, 4, 0, 0, 0, 7]);
    expect([...frameBytes(new Uint8Array(0))]).toEqual([0, 0, 0, 0]);
  });
});

describe('InFlightResponses', () => {
  test('responses leave in request order whatever order they finish in', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }).chain((count) => fc.tuple(fc.constant(count), fc.shuffledSubarray([...Array(count).keys()], { minLength: count }))), ([count, finishOrder]) => {
      const inFlight = new InFlightResponses({ inFlightMax: count });
      const tickets = Array.from({ length: count }, () => inFlight.begin());
      const sent: number[] = [];
      for (const index of finishOrder) {
        for (const response of inFlight.finish(tickets[index]!, new Uint8Array([index]))) sent.push(response[0]!);
        inFlight.checkInvariants();
      }
      expect(sent).toEqual([...Array(count).keys()]);
      expect(inFlight.inFlight).toBe(0);
    }), { numRuns: 200, seed: 9 });
  });

  test('a request without a response (acks=0) releases those behind it', () => {
    const inFlight = new InFlightResponses({ inFlightMax: 4 });
    const first = inFlight.begin();
    const second = inFlight.begin();
    expect(inFlight.finish(second, new Uint8Array([2]))).toEqual([]);
    expect(inFlight.finish(first, null)).toEqual([new Uint8Array([2])]);
  });

  test('the number in flight is bounded', () => {
    const inFlight = new InFlightResponses({ inFlightMax: 2 });
    inFlight.begin();
    inFlight.begin();
    expect(inFlight.isFull).toBe(true);
    expect(() => inFlight.begin()).toThrow();
  });
});
