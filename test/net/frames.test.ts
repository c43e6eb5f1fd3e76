// Goal: the internal RPC framing round-trips any sequence of payloads however the stream is cut
// into chunks, and refuses a declared length above the limit before allocating it.
// Method: fast-check draws payloads and cut points; a hostile length prefix is hand-built.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeFrame, FrameError, FrameReader } from '../../src/net/frames.js';

describe('frames', () => {
  test('payloads survive any chunking of the stream', () => {
    fc.assert(fc.property(
      fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 10 }),
      fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }),
      (payloads, cuts) => {
        const stream = Buffer.concat(payloads.map((payload) => encodeFrame(payload)));
        const reader = new FrameReader(1024);
        const out: Uint8Array[] = [];
        let position = 0;
        for (let index = 0; position < stream.length; index += 1) {
          const size = cuts[index % cuts.length] as number;
          out.push(...reader.push(stream.subarray(position, position + size)));
          position += size;
        }
        expect(out.map((payload) => [...payload])).toEqual(payloads.map((payload) => [...payload]));
      },
    ), { numRuns: 200 });
  });

  test('a length above the limit is refused with FrameError', () => {
    const reader = new FrameReader(16);
    const hostile = new Uint8Array([0x7f, 0xff, 0xff, 0xff, 1, 2]);
    expect(() => reader.push(hostile)).toThrow(FrameError);
  });
});
