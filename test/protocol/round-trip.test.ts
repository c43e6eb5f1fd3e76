// Round trips for every schema and every version: values drawn from arbitraries derived from the
// schema model (test/protocol/support/arbitraries.ts) must decode to themselves after encoding,
// consume exactly the bytes written, and re-encode to the same bytes. Covers every request,
// response, header, metadata record, group-coordinator record and raft data schema.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { Reader } from '../../src/protocol/primitives/reader.js';
import { Writer } from '../../src/protocol/primitives/writer.js';
import { messageArbitrary } from './support/arbitraries.js';
import { loadSchemaCodecs, versionsOf, type SchemaCodec } from './support/schemas.js';

const codecs = await loadSchemaCodecs();
// The same count in CI as locally (CI is where it counts); WEIR_PROTOCOL_RUNS raises it for a soak.
const numRuns = Number(process.env['WEIR_PROTOCOL_RUNS'] ?? 25);

function encode(codec: SchemaCodec, value: object, version: number): Uint8Array {
  const writer = new Writer(16);
  codec.write(writer, value, version);
  return writer.finish().slice();
}

function decode(codec: SchemaCodec, bytes: Uint8Array, version: number): object {
  const reader = new Reader(bytes);
  const value = codec.read(reader, version);
  reader.expectEnd(codec.message.name);
  return value;
}

describe('every message and version round-trips through its generated codec', () => {
  test('the schema folder yields codecs for requests, responses, headers and records', () => {
    const kinds = new Set(codecs.map((codec) => codec.message.kind));
    expect([...kinds].sort()).toEqual(['data', 'header', 'metadata', 'request', 'response']);
    expect(codecs.length).toBeGreaterThan(200);
  });

  for (const codec of codecs) {
    test(`${codec.folder}/${codec.message.name}: decode(encode(value)) equals value in every version`, () => {
      for (const version of versionsOf(codec.message)) {
        fc.assert(
          fc.property(messageArbitrary(codec.message, version), (value) => {
            const bytes = encode(codec, value, version);
            const decoded = decode(codec, bytes, version);
            expect(decoded).toEqual(value);
            expect(encode(codec, decoded, version)).toEqual(bytes);
          }),
          { numRuns, seed: 42, endOnFailure: true },
        );
      }
    });
  }

  test('a Fetch response with record batches above the writer\'s by-reference threshold round-trips', () => {
    const fetchCodec = codecs.find((codec) => codec.message.name === 'FetchResponse')!;
    const value = fetchCodec.create() as Record<string, unknown>;
    const partitions = [0, 1, 2].map((partitionIndex) => ({ partitionIndex, records: Uint8Array.from({ length: 20_000 + partitionIndex }, (_, index) => index & 0xff) }));
    for (const version of [4, 12, 17]) {
      // The topic name travels up to v12, the topic id from v13.
      const body = { ...value, responses: [{ topic: version <= 12 ? 'orders' : '', topicId: 'AAAAAAAAAAAAAAAAAAAAAA', partitions: partitions.map((partition) => ({
        partitionIndex: partition.partitionIndex, errorCode: 0, highWatermark: 1n, lastStableOffset: -1n, logStartOffset: -1n,
        divergingEpoch: { epoch: -1, endOffset: -1n }, currentLeader: { leaderId: -1, leaderEpoch: -1 }, snapshotId: { endOffset: -1n, epoch: -1 },
        abortedTransactions: null, preferredReadReplica: -1, records: partition.records,
      })) }] };
      expect(decode(fetchCodec, encode(fetchCodec, body, version), version)).toEqual(body);
    }
  });

  test('negative control: the property catches a decoder that drops a field', () => {
    const produce = codecs.find((codec) => codec.message.name === 'ProduceRequest')!;
    const broken: SchemaCodec = { ...produce, read: (reader, version) => ({ ...produce.read(reader, version), acks: 0 }) };
    const result = fc.check(fc.property(messageArbitrary(produce.message, 7), (value) => {
      expect(decode(broken, encode(broken, value, 7), 7)).toEqual(value);
    }), { numRuns: 50, seed: 42 });
    expect(result.failed).toBe(true);
  });

  test('the default value of every message encodes and decodes in every version', () => {
    for (const codec of codecs) {
      for (const version of versionsOf(codec.message)) {
        const value = codec.create();
        expect(decode(codec, encode(codec, value, version), version)).toEqual(value);
      }
    }
  });
});
