// Goal: the leader's produce validation answers every malformed batch with the Kafka error code
// for its flaw, and never throws on any input. Method: hand-made flaws, one per rule, then a
// fast-check property over random byte flips of valid batches (a flip that breaks the CRC must
// never be accepted; nothing may throw), with a negative control showing that the property
// rejects a validator that skips the CRC check.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { batchCrcMatches, batchField, computeBatchCrc, encodeRecordBatch } from '../../storage/mod.js';
import type { PartitionSettings } from '../../src/broker/partition/partition-settings.js';
import { validateProduceRecords } from '../../src/broker/partition/validate-produce.js';
import type { ProduceValidation } from '../../src/broker/partition/validate-produce.js';
import { ErrorCode, batchOf, utf8 } from './support-protocol.js';

const settings: PartitionSettings = {
  log: { segmentBytes: 1 << 20 },
  timestampType: 'CreateTime',
  maxMessageBytes: 1 << 16,
  minInsyncReplicas: 1,
  timestampBeforeMaxMs: Number.MAX_SAFE_INTEGER,
  timestampAfterMaxMs: Number.MAX_SAFE_INTEGER,
  compacted: false,
};
const options = { settings, nowMs: 10_000, apiVersion: 9 };

function withCrc(batch: Uint8Array): Uint8Array {
  new DataView(batch.buffer, batch.byteOffset).setUint32(batchField.crc, computeBatchCrc(batch, 0, batch.length));
  return batch;
}

function codeOf(validation: ProduceValidation): number {
  return validation.ok ? ErrorCode.NONE : validation.errorCode;
}

describe('validateProduceRecords', () => {
  test('a sound batch is accepted with its header and record count', () => {
    const validation = validateProduceRecords(batchOf('a', 3), options);
    expect(validation).toMatchObject({ ok: true, recordCount: 3 });
  });

  test('each flaw gets its own error code', () => {
    const sound = batchOf('a', 2);
    const badMagic = sound.slice();
    badMagic[batchField.magic] = 1;
    const badCrc = sound.slice();
    badCrc[sound.length - 1] = (badCrc[sound.length - 1] ?? 0) ^ 1;
    const movedBase = withCrc((() => { const copy = sound.slice(); copy[7] = 9; return copy; })());
    const control = encodeRecordBatch({ records: [{ value: utf8('c'), timestampMs: 1 }], isControl: true });
    const gap = encodeRecordBatch({ records: [{ value: utf8('a'), timestampMs: 1 }, { value: utf8('b'), timestampMs: 1,
      offsetDelta: 5 }] });
    expect(codeOf(validateProduceRecords(null, options))).toBe(ErrorCode.INVALID_RECORD);
    expect(codeOf(validateProduceRecords(badMagic, options))).toBe(ErrorCode.INVALID_RECORD);
    expect(codeOf(validateProduceRecords(badCrc, options))).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(codeOf(validateProduceRecords(sound.subarray(0, 40), options))).toBe(ErrorCode.CORRUPT_MESSAGE);
    expect(codeOf(validateProduceRecords(movedBase, options))).toBe(ErrorCode.INVALID_RECORD);
    expect(codeOf(validateProduceRecords(control, options))).toBe(ErrorCode.INVALID_RECORD);
    expect(codeOf(validateProduceRecords(gap, options))).toBe(ErrorCode.INVALID_RECORD);
    expect(codeOf(validateProduceRecords(batchOf('big', 1, { valueBytes: 70_000 }), options)))
      .toBe(ErrorCode.MESSAGE_TOO_LARGE);
    expect(codeOf(validateProduceRecords(batchOf('seg', 1, { valueBytes: 500 }),
      { ...options, settings: { ...settings, log: { segmentBytes: 300 } } }))).toBe(ErrorCode.RECORD_LIST_TOO_LARGE);
  });

  test('the timestamp window applies to CreateTime only, and names each late record', () => {
    const window = { ...settings, timestampBeforeMaxMs: 1000, timestampAfterMaxMs: 1000 };
    const batch = encodeRecordBatch({ records: [8_000, 9_500, 11_500, 10_999].map((timestampMs) => ({ value: utf8('v'), timestampMs })) });
    const refused = validateProduceRecords(batch, { ...options, settings: window });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.recordErrors.map((error) => error.batchIndex)).toEqual([0, 2]);
    expect(refused.ok ? 0 : refused.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    const appendTime = validateProduceRecords(batch, { ...options, settings: { ...window, timestampType: 'LogAppendTime' } });
    expect(appendTime.ok).toBe(true);
  });

  test('every keyless record on a compacted topic is listed, and the batch is INVALID_RECORD', () => {
    const compacted = { ...options, settings: { ...settings, compacted: true } };
    const refused = validateProduceRecords(batchOf('k', 20, { keylessIndexes: [9, 19] }), compacted);
    expect(refused.ok ? 0 : refused.errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect(refused.ok ? [] : refused.recordErrors.map((error) => error.batchIndex)).toEqual([9, 19]);
    expect(validateProduceRecords(batchOf('k', 20), compacted).ok).toBe(true);
  });

  test('keys and timestamps are checked together: one entry per bad record, INVALID_TIMESTAMP wins', () => {
    const strict = { ...settings, compacted: true, timestampBeforeMaxMs: 1000, timestampAfterMaxMs: 1000 };
    const batch = encodeRecordBatch({ records: [
      { key: null, value: utf8('keyless'), timestampMs: 10_000 },
      { key: utf8('k'), value: utf8('late'), timestampMs: 1 },
      { key: null, value: utf8('keyless and late'), timestampMs: 1 },
      { key: utf8('k'), value: utf8('sound'), timestampMs: 10_000 },
      { key: utf8('k'), value: utf8('no timestamp'), timestampMs: -1 },
    ] });
    const refused = validateProduceRecords(batch, { ...options, settings: strict });
    expect(refused.ok ? 0 : refused.errorCode).toBe(ErrorCode.INVALID_TIMESTAMP);
    expect(refused.ok ? [] : refused.recordErrors.map((error) => error.batchIndex)).toEqual([0, 1, 2]);
  });

  /** The property: never throws, and a batch whose CRC no longer matches is never accepted. */
  function crcProperty(validate: typeof validateProduceRecords): fc.IPropertyWithHooks<[number, number, number]> {
    const sound = batchOf('fuzz', 4, { compression: 'gzip' });
    return fc.property(fc.nat({ max: sound.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.nat({ max: 3 }),
      (position, mask, extraFlips) => {
        const mutated = sound.slice();
        for (let flip = 0; flip <= extraFlips; flip += 1) {
          const at = (position + flip * 7) % mutated.length;
          mutated[at] = (mutated[at] ?? 0) ^ mask;
        }
        const validation = validate(mutated, options);
        const crcIntact = mutated.length === sound.length && batchCrcMatches(mutated, 0, mutated.length);
        return crcIntact || !validation.ok || position < batchField.crc;
      });
  }

  test('random byte flips are answered with a value, never accepted with a broken CRC', () => {
    fc.assert(crcProperty(validateProduceRecords),
      { seed: 6, numRuns: 400 });
  });

  test('negative control: the property rejects a validator that skips the CRC check', () => {
    const lenient: typeof validateProduceRecords = (records) => ({ ok: true, header: undefined as never,
      recordCount: records?.length ?? 0 });
    const outcome = fc.check(crcProperty(lenient),
      { seed: 6, numRuns: 400 });
    expect(outcome.failed).toBe(true);
  });
});
