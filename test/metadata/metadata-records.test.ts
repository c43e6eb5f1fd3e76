// Goal: a metadata log entry's payload (a batch of framed records) decodes to exactly the records
// encoded, record types Weir does not act on are kept as `Other`, and malformed payloads are
// refused with ProtocolDecodeError. Method: round trips of hand-built and random batches
// (fast-check), and hand-damaged bytes.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ProtocolDecodeError, Writer, encodeMetadataRecord, nodeId, topicName, type Uuid } from '../../src/protocol/mod.js';
import { createConfigRecord } from '../../src/protocol/generated/metadata/config-record.js';
import { createPartitionChangeRecord } from '../../src/protocol/generated/metadata/partition-change-record.js';
import { createPartitionRecord } from '../../src/protocol/generated/metadata/partition-record.js';
import { createTopicRecord } from '../../src/protocol/generated/metadata/topic-record.js';
import {
  decodeMetadataRecords, decodeMetadataRecordValue, encodeMetadataRecords, type MetadataRecord,
} from '../../src/metadata/metadata-records.js';

const topicId = 'Zm9vYmFyYmF6cXV1eDEyMw' as Uuid;

function withoutUnknownTags(records: MetadataRecord[]): unknown {
  return JSON.parse(JSON.stringify(records, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
}

describe('metadata log entry payloads', () => {
  test('a batch of records decodes to the same records, in order', () => {
    const records: MetadataRecord[] = [
      { type: 'TopicRecord', record: createTopicRecord({ name: topicName('orders'), topicId }) },
      { type: 'ConfigRecord', record: createConfigRecord({ resourceType: 2, resourceName: 'orders', name: 'retention.ms', value: '1' }) },
      { type: 'PartitionRecord', record: createPartitionRecord({ partitionId: 0, topicId, replicas: [nodeId(1)], isr: [1], leader: nodeId(1), leaderEpoch: 0, partitionEpoch: 0 }) },
      { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({ partitionId: 0, topicId, isr: [nodeId(1)] }) },
    ];
    const decoded = decodeMetadataRecords(encodeMetadataRecords(records));
    expect(decoded.map((record) => record.type)).toEqual(records.map((record) => record.type));
    expect(withoutUnknownTags(decoded)).toEqual(withoutUnknownTags(records));
  });

  test('any sequence of config records survives the round trip', () => {
    const config = fc.record({
      resourceType: fc.constantFrom(2, 4),
      resourceName: fc.string({ maxLength: 20 }),
      name: fc.string({ minLength: 1, maxLength: 30 }),
      value: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
    });
    fc.assert(fc.property(fc.array(config, { minLength: 1, maxLength: 20 }), (configs) => {
      const records: MetadataRecord[] = configs.map((value) => ({ type: 'ConfigRecord', record: createConfigRecord(value) }));
      expect(withoutUnknownTags(decodeMetadataRecords(encodeMetadataRecords(records)))).toEqual(withoutUnknownTags(records));
    }), { seed: 7, numRuns: 100 });
  });

  test('a record type Weir does not act on decodes as Other', () => {
    const writer = new Writer();
    // AccessControlEntryRecord (type 18) with its fields at their defaults.
    encodeMetadataRecord(writer, {
      apiKey: 18, version: 0,
      record: { id: topicId, resourceType: 2, resourceName: 'x', patternType: 3, principal: 'User:a', host: '*', operation: 2, permissionType: 3 },
    });
    const decoded = decodeMetadataRecordValue(writer.finish());
    expect(decoded).toMatchObject({ type: 'Other', apiKey: 18, version: 0 });
  });

  test('an empty payload holds no records (a snapshot of the empty image)', () => {
    expect(decodeMetadataRecords(new Uint8Array(0))).toEqual([]);
  });

  test('a truncated payload or a bad frame version is refused with ProtocolDecodeError', () => {
    const payload = encodeMetadataRecords([{ type: 'TopicRecord', record: createTopicRecord({ name: topicName('t'), topicId }) }]);
    expect(() => decodeMetadataRecords(payload.subarray(0, payload.length - 1))).toThrow(ProtocolDecodeError);
    const badFrame = payload.slice();
    badFrame[1] = 9;
    expect(() => decodeMetadataRecords(badFrame)).toThrow(ProtocolDecodeError);
  });
});
