// Goal: record batches from real client libraries decode to the same records with Weir's
// codec, are accepted by the log byte for byte, and Weir's batches decode in those libraries.
// Method: kafkajs's own record-batch encoder and decoder (its internals under
// node_modules/kafkajs/src/protocol/recordBatch/, loaded with require) for uncompressed and
// gzip batches; @platformatic/kafka's createRecordsBatch/readRecordsBatch for snappy (raw) and
// lz4 (frame), which kafkajs cannot do without plugins. Not covered by a real client: zstd
// (no encoder on Node 20) and snappy-java's xerial framing (Java only; codec.test.ts builds it).
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { Reader, createRecordsBatch, readRecordsBatch } from '@platformatic/kafka';
import { Log, decodeRecordBatch, encodeRecordBatch } from '../../../storage/mod.js';
import type { CompressionType } from '../../../storage/mod.js';
import { ManualClock, freshDisk } from '../support.js';

const require = createRequire(import.meta.url);

interface KafkajsEncoder { buffer: Buffer }
type KafkajsRecord = (fields: {
  offsetDelta: number; timestampDelta: number; key: Buffer | null; value: Buffer | null;
  headers?: Record<string, Buffer>;
}) => unknown;
type KafkajsRecordBatch = (options: Record<string, unknown>) => Promise<KafkajsEncoder>;
interface KafkajsDecodedBatch {
  firstOffset: string;
  partitionLeaderEpoch: number;
  records: Array<{ key: Buffer | null; value: Buffer | null; timestamp: string; offset: string; headers: Record<string, Buffer> }>;
}

const kafkajsRecord = require('kafkajs/src/protocol/recordBatch/record/v0') as KafkajsRecord;
const { RecordBatch: kafkajsRecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: KafkajsRecordBatch;
};
const kafkajsDecodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as
  (decoder: unknown) => Promise<KafkajsDecodedBatch>;
const KafkajsDecoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => unknown;
const { Types: kafkajsCompression } = require('kafkajs/src/protocol/message/compression') as {
  Types: Record<string, number>;
};

const baseTimestampMs = 1_700_000_000_000;
const messages: Array<{ key: Buffer | null; value: Buffer | null; headers: Record<string, Buffer> }> = [
  { key: Buffer.from('key-1'), value: Buffer.from('value one'), headers: { trace: Buffer.from('abc') } },
  { key: null, value: Buffer.from('value two'), headers: {} },
  { key: Buffer.from('key-3'), value: null, headers: { a: Buffer.from('1'), b: Buffer.from('2') } },
];

async function kafkajsBatch(compression: number): Promise<Uint8Array> {
  const records = messages.map((message, index) => kafkajsRecord({
    offsetDelta: index, timestampDelta: index * 10, key: message.key, value: message.value, headers: message.headers,
  }));
  const encoder = await kafkajsRecordBatch({
    compression, records, firstTimestamp: baseTimestampMs, maxTimestamp: baseTimestampMs + 20,
    lastOffsetDelta: records.length - 1, producerId: -1, producerEpoch: 0, firstSequence: 0,
  });
  return new Uint8Array(encoder.buffer);
}

describe('interoperability with kafkajs', () => {
  for (const [name, code] of [['none', 'None'], ['gzip', 'GZIP']] as const) {
    test(`a kafkajs ${name} batch decodes to the same records`, async () => {
      const bytes = await kafkajsBatch(kafkajsCompression[code] ?? 0);
      const { header, records } = decodeRecordBatch(bytes);
      expect(header.compression).toBe(name);
      expect(records.map((record) => record.timestampMs)).toEqual([0, 10, 20].map((delta) => baseTimestampMs + delta));
      records.forEach((record, index) => {
        const message = messages[index];
        expect(record.key === null ? null : Buffer.from(record.key)).toEqual(message?.key);
        expect(record.value === null ? null : Buffer.from(record.value)).toEqual(message?.value);
        expect(Object.fromEntries(record.headers.map((recordHeader) =>
          [recordHeader.key, Buffer.from(recordHeader.value ?? [])]))).toEqual(message?.headers);
      });
    });

    test(`the log stores a kafkajs ${name} batch byte for byte apart from offset and epoch`, async () => {
      const original = await kafkajsBatch(kafkajsCompression[code] ?? 0);
      const log = await Log.open({ disk: await freshDisk(), directory: '/data/t-0', clock: new ManualClock() });
      await log.append(new Uint8Array([...(await kafkajsBatch(0))]), { validateRecords: true });
      await log.append(original.slice(), { validateRecords: true, partitionLeaderEpoch: 4 });
      const read = await log.read(3, { maxBytes: 1 << 20 });
      expect(read.records.subarray(16)).toEqual(original.subarray(16));
      const decoded = await kafkajsDecodeBatch(new KafkajsDecoder(Buffer.from(read.records)));
      expect(decoded.firstOffset).toBe('3');
      expect(decoded.partitionLeaderEpoch).toBe(4);
    });

    test(`a Weir ${name} batch decodes in kafkajs to the same records`, async () => {
      const bytes = encodeRecordBatch({
        baseOffset: 42,
        compression: name,
        records: messages.map((message, index) => ({
          key: message.key, value: message.value, timestampMs: baseTimestampMs + index,
          headers: Object.entries(message.headers).map(([key, value]) => ({ key, value })),
        })),
      });
      const decoded = await kafkajsDecodeBatch(new KafkajsDecoder(Buffer.from(bytes)));
      expect(decoded.records.map((record) => record.offset)).toEqual(['42', '43', '44']);
      expect(decoded.records.map((record) => record.value)).toEqual(messages.map((message) => message.value));
      expect(decoded.records.map((record) => record.key)).toEqual(messages.map((message) => message.key));
      expect(decoded.records.map((record) => record.headers)).toEqual(messages.map((message) => message.headers));
      expect(decoded.records[2]?.timestamp).toBe(String(baseTimestampMs + 2));
    });
  }
});

describe('interoperability with @platformatic/kafka', () => {
  const codecs: CompressionType[] = ['none', 'gzip', 'snappy', 'lz4'];
  for (const compression of codecs) {
    test(`a platformatic ${compression} batch decodes to the same records`, () => {
      const batch = createRecordsBatch([
        { key: Buffer.from('k1'), value: Buffer.from('hello'), topic: 't', timestamp: 5n,
          headers: new Map([[Buffer.from('h'), Buffer.from('v')]]) },
        { value: Buffer.from('world '.repeat(30)), topic: 't', timestamp: 7n },
      ], { compression, producerId: 77n, producerEpoch: 2, partitionLeaderEpoch: 0 }).buffer;
      const { header, records } = decodeRecordBatch(new Uint8Array(batch));
      expect(header).toMatchObject({ compression, producerId: 77n, producerEpoch: 2 });
      expect(records.map((record) => Buffer.from(record.value ?? []).toString())).toEqual(['hello', 'world '.repeat(30)]);
      expect(records[0]?.headers).toEqual([{ key: 'h', value: new Uint8Array(Buffer.from('v')) }]);
      expect(records.map((record) => record.timestampMs)).toEqual([5, 7]);
    });

    test(`a Weir ${compression} batch decodes in platformatic to the same records`, () => {
      const values = ['alpha', 'beta '.repeat(40)];
      const bytes = encodeRecordBatch({ compression, records: values.map((value, index) => ({
        key: Buffer.from(`k${index}`), value: Buffer.from(value), timestampMs: 1000 + index })) });
      const decoded = readRecordsBatch(Reader.from(Buffer.from(bytes)));
      expect(decoded.records.map((record) => record.value?.toString())).toEqual(values);
      expect(decoded.records.map((record) => record.key?.toString())).toEqual(['k0', 'k1']);
    });
  }
});
