// Goal: the record-batch codec encodes what Kafka's format says and decodes what it encodes,
// for every field and codec, and refuses malformed input with typed errors instead of crashing.
// Method: fast-check round trips of varints and of random batches; hand-built inputs for the
// framings no library here produces (snappy-java's xerial framing, a zstd frame of raw blocks);
// byte flips and truncations for the error paths.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  ByteReader, ByteWriter, RecordBatchError, batchField, decodeRecordBatch, decodeRecordBatches, decompress,
  encodeRecordBatch, readBatchHeader, setLogAppendTime, snappyCompressXerial, splitBatches, validateBatchRecords,
  varintBytes, batchCrcMatches, crc32c,
} from '../../../storage/mod.js';
import type { CompressionType, RecordInput } from '../../../storage/mod.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('varints', () => {
  test('zig-zag varints round-trip every safe integer and take the predicted size', () => {
    fc.assert(fc.property(fc.maxSafeInteger(), (value) => {
      const writer = new ByteWriter(4);
      writer.varint(value);
      expect(writer.length).toBe(varintBytes(value));
      expect(new ByteReader(writer.finish()).varlong()).toBe(value);
    }), { seed: 7, numRuns: 2000 });
  });

  test('known encodings match Kafka (0 -> 00, -1 -> 01, 1 -> 02, 64 -> 80 01)', () => {
    const encode = (value: number): number[] => {
      const writer = new ByteWriter();
      writer.varint(value);
      return [...writer.finish()];
    };
    expect(encode(0)).toEqual([0]);
    expect(encode(-1)).toEqual([1]);
    expect(encode(1)).toEqual([2]);
    expect(encode(64)).toEqual([0x80, 0x01]);
    expect(encode(-65)).toEqual([0x81, 0x01]);
  });

  test('a varint longer than 10 bytes or beyond int32 for a varint field is refused', () => {
    expect(() => new ByteReader(new Uint8Array(11).fill(0x80)).varlong()).toThrow(RecordBatchError);
    const writer = new ByteWriter();
    writer.varint(2 ** 40);
    expect(() => new ByteReader(writer.finish()).varint()).toThrow(RecordBatchError);
  });
});

const headerArbitrary = fc.record({ key: fc.string({ maxLength: 8 }), value: fc.option(fc.uint8Array({ maxLength: 8 })) });
const recordArbitrary: fc.Arbitrary<RecordInput> = fc.record({
  key: fc.option(fc.uint8Array({ maxLength: 20 })),
  value: fc.option(fc.uint8Array({ maxLength: 200 })),
  headers: fc.array(headerArbitrary, { maxLength: 3 }),
  timestampMs: fc.integer({ min: 0, max: 2 ** 45 }),
});

describe('record batches', () => {
  test('encode then decode returns every field and record, for every codec that can encode', () => {
    const compressions: CompressionType[] = ['none', 'gzip', 'snappy', 'lz4'];
    fc.assert(fc.property(
      fc.array(recordArbitrary, { minLength: 1, maxLength: 8 }), fc.constantFrom(...compressions),
      fc.bigInt({ min: -1n, max: 2n ** 62n }), fc.integer({ min: -1, max: 32767 }), fc.boolean(), fc.boolean(),
      (records, compression, producerId, producerEpoch, isTransactional, isControl) => {
        const bytes = encodeRecordBatch({ records, compression, producerId, producerEpoch, baseSequence: 5,
          isTransactional, isControl, baseOffset: 100, partitionLeaderEpoch: 9 });
        const { header, records: decoded } = decodeRecordBatch(bytes);
        expect(header).toMatchObject({ baseOffset: 100, partitionLeaderEpoch: 9, magic: 2, compression,
          producerId, producerEpoch, baseSequence: 5, isTransactional, isControl, recordCount: records.length,
          lastOffsetDelta: records.length - 1, timestampType: 'CreateTime' });
        expect(header.maxTimestampMs).toBe(Math.max(...records.map((record) => record.timestampMs)));
        decoded.forEach((record, recordIndex) => {
          const input = records[recordIndex];
          expect(record.offset).toBe(100 + recordIndex);
          expect(record.timestampMs).toBe(input?.timestampMs);
          expect(record.key).toEqual(input?.key ?? null);
          expect(record.value).toEqual(input?.value);
          expect(record.headers).toEqual(input?.headers);
        });
        validateBatchRecords(bytes);
      }), { seed: 11, numRuns: 300 });
  });

  test('the CRC is CRC-32C over attributes to the end (Kafka check value 0xE3069283)', () => {
    expect(crc32c(utf8('123456789'))).toBe(0xe3069283);
    const bytes = encodeRecordBatch({ records: [{ value: utf8('v'), timestampMs: 1 }] });
    const view = new DataView(bytes.buffer);
    expect(view.getUint32(batchField.crc)).toBe(crc32c(bytes.subarray(batchField.attributes)));
    // baseOffset and partitionLeaderEpoch lie outside the CRC.
    view.setInt32(batchField.partitionLeaderEpoch, 77);
    expect(batchCrcMatches(bytes, 0, bytes.length)).toBe(true);
  });

  test('LogAppendTime stamping sets the bit, the max timestamp and a valid CRC', () => {
    const bytes = encodeRecordBatch({ records: [{ value: utf8('a'), timestampMs: 5 }, { value: utf8('b'), timestampMs: 9 }] });
    setLogAppendTime(bytes, 0, bytes.length, 1234);
    const { header, records } = decodeRecordBatch(bytes);
    expect(header.timestampType).toBe('LogAppendTime');
    expect(records.map((record) => record.timestampMs)).toEqual([1234, 1234]);
  });

  test('xerial-framed snappy (as Java clients send) and raw snappy both decode', () => {
    const payload = utf8('snappy payload '.repeat(20));
    expect(decompress('snappy', snappyCompressXerial(payload))).toEqual(payload);
    const raw = encodeRecordBatch({ records: [{ value: payload, timestampMs: 3 }], compression: 'snappy' });
    expect(decodeRecordBatch(raw).records[0]?.value).toEqual(payload);
  });

  test('a zstd frame decodes (hand-built from raw blocks: no zstd encoder is installed)', () => {
    const payload = utf8('zstd payload');
    const frame = zstdRawFrame(payload);
    expect(decompress('zstd', frame)).toEqual(payload);
  });

  test('zstd encoding is refused with UNSUPPORTED_COMPRESSION_TYPE', () => {
    expect(() => encodeRecordBatch({ records: [{ value: utf8('x'), timestampMs: 1 }], compression: 'zstd' }))
      .toThrow(expect.objectContaining({ code: 'UNSUPPORTED_COMPRESSION_TYPE' }));
  });

  test('flipping any byte covered by the CRC is detected on split', () => {
    const bytes = encodeRecordBatch({ records: [{ key: utf8('k'), value: utf8('value'), timestampMs: 1 }] });
    for (let position = batchField.attributes; position < bytes.length; position += 1) {
      const damaged = bytes.slice();
      damaged[position] = (damaged[position] ?? 0) ^ 0x40;
      expect(() => splitBatches(damaged)).toThrow(RecordBatchError);
    }
  });

  test('every truncation of a batch is refused with a typed error, never a crash', () => {
    const bytes = encodeRecordBatch({ records: [{ key: utf8('k'), value: utf8('value'), timestampMs: 1 }] });
    for (let length = 0; length < bytes.length; length += 1) {
      expect(() => splitBatches(bytes.subarray(0, length === 0 ? 1 : length))).toThrow(RecordBatchError);
    }
  });

  test('random bytes never crash the decoder: they decode or throw RecordBatchError', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 61, maxLength: 300 }), (bytes) => {
      try {
        decodeRecordBatches(bytes, { verifyCrc: false });
      } catch (error) {
        expect(error).toBeInstanceOf(RecordBatchError);
      }
    }), { seed: 13, numRuns: 500 });
  });

  test('a wrong magic byte is refused', () => {
    const bytes = encodeRecordBatch({ records: [{ value: utf8('v'), timestampMs: 1 }] });
    bytes[batchField.magic] = 1;
    expect(() => readBatchHeader(bytes) && splitBatches(bytes)).toThrow(RecordBatchError);
  });

  test('validation rejects records whose offset deltas do not run 0, 1, 2', () => {
    const bytes = encodeRecordBatch({ records: [{ value: utf8('a'), timestampMs: 1 }, { value: utf8('b'), timestampMs: 1, offsetDelta: 5 }] });
    expect(() => validateBatchRecords(bytes)).toThrow(expect.objectContaining({ code: 'INVALID_RECORD' }));
  });
});

/** A zstd frame (RFC 8878) holding `payload` in one raw block, with its content size. */
function zstdRawFrame(payload: Uint8Array): Uint8Array {
  assert(payload.length < 256, 'the single-byte content size field holds the payload size');
  const frame = new Uint8Array(4 + 1 + 1 + 3 + payload.length);
  new DataView(frame.buffer).setUint32(0, 0xfd2fb528, true);
  frame[4] = 0x20; // single segment, 1-byte frame content size, no checksum, no dictionary
  frame[5] = payload.length;
  const blockHeader = (payload.length << 3) | (0 << 1) | 1; // last block, raw
  frame[6] = blockHeader & 0xff;
  frame[7] = (blockHeader >> 8) & 0xff;
  frame[8] = (blockHeader >> 16) & 0xff;
  frame.set(payload, 9);
  return frame;
}

function assert(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}
