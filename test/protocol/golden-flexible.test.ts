// Golden byte layouts for the flexible-version features (KIP-482), written out by hand from the
// protocol documentation (https://kafka.apache.org/protocol#protocol_types): compact strings and
// arrays (unsigned varint length + 1), compact nullable strings (0 = null), unsigned varints of
// two bytes, tagged-field sections (count, then tag, size, value in ascending tag order), unknown
// tagged fields kept and re-emitted, and the one-byte marker of nullable structs. Each layout is
// checked both ways: our encoder writes exactly these bytes, our decoder reads back the value.
import { describe, expect, test } from 'vitest';

import type { TopicName, Uuid } from '../../src/protocol/entity-types.js';
import * as apiVersions from '../../src/protocol/generated/messages/api-versions.js';
import * as describeTopicPartitions from '../../src/protocol/generated/messages/describe-topic-partitions.js';
import * as metadata from '../../src/protocol/generated/messages/metadata.js';
import * as partitionChange from '../../src/protocol/generated/metadata/partition-change-record.js';
import { Reader } from '../../src/protocol/primitives/reader.js';
import { Writer } from '../../src/protocol/primitives/writer.js';

function encode<T>(write: (writer: Writer, value: T, version: number) => void, value: T, version: number): number[] {
  const writer = new Writer(8);
  write(writer, value, version);
  return [...writer.finish()];
}

function decode<T>(read: (reader: Reader, version: number) => T, bytes: readonly number[], version: number): T {
  const reader = new Reader(new Uint8Array(bytes));
  const value = read(reader, version);
  expect(reader.remaining).toBe(0);
  return value;
}

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

describe('golden layouts of flexible versions', () => {
  test('compact strings: unsigned varint of length + 1, then UTF-8; the struct ends with an empty tagged section', () => {
    const value = apiVersions.createApiVersionsRequest({ clientSoftwareName: 'weir', clientSoftwareVersion: '1.0' });
    const bytes = [0x05, ...ascii('weir'), 0x04, ...ascii('1.0'), 0x00];
    expect(encode(apiVersions.writeApiVersionsRequest, value, 3)).toEqual(bytes);
    expect(decode(apiVersions.readApiVersionsRequest, bytes, 3)).toEqual(value);
  });

  test('a compact length of 201 takes two varint bytes, low seven bits first', () => {
    const name = 'n'.repeat(200);
    const value = apiVersions.createApiVersionsRequest({ clientSoftwareName: name, clientSoftwareVersion: '' });
    const bytes = [0xc9, 0x01, ...ascii(name), 0x01, 0x00];
    expect(encode(apiVersions.writeApiVersionsRequest, value, 3)).toEqual(bytes);
    expect(decode(apiVersions.readApiVersionsRequest, bytes, 3)).toEqual(value);
  });

  test('compact nullable string: null is a single 0x00; compact arrays count + 1; uuids are 16 raw bytes', () => {
    const topicId = 'AAECAwQFBgcICQoLDA0ODw' as Uuid;
    const value = metadata.createMetadataRequest({
      topics: [metadata.createMetadataRequestTopic({ topicId, name: null })],
      allowAutoTopicCreation: false, includeTopicAuthorizedOperations: true,
    });
    const bytes = [
      0x02, // one topic
      ...Array.from({ length: 16 }, (_, index) => index), // topic id
      0x00, // name: null
      0x00, // topic: no tagged fields
      0x00, // allowAutoTopicCreation
      0x00, // includeClusterAuthorizedOperations (v8-v10)
      0x01, // includeTopicAuthorizedOperations
      0x00, // no tagged fields
    ];
    expect(encode(metadata.writeMetadataRequest, value, 10)).toEqual(bytes);
    expect(decode(metadata.readMetadataRequest, bytes, 10)).toEqual(value);
  });

  test('a compact nullable array: null is a single 0x00 (all topics)', () => {
    const value = metadata.createMetadataRequest({ topics: null, allowAutoTopicCreation: true });
    // v12: topics, allowAutoTopicCreation, includeTopicAuthorizedOperations (the cluster flag ended at v10), tags.
    const bytes = [0x00, 0x01, 0x00, 0x00];
    expect(encode(metadata.writeMetadataRequest, value, 12)).toEqual(bytes);
    expect(decode(metadata.readMetadataRequest, bytes, 12)).toEqual(value);
  });

  const taggedValue = apiVersions.createApiVersionsResponse({
    apiKeys: [apiVersions.createApiVersionsResponseApiVersion({ apiKey: 18, minVersion: 0, maxVersion: 4 })],
    supportedFeatures: [apiVersions.createApiVersionsResponseSupportedFeatureKey({ name: 'x', minVersion: 1, maxVersion: 2 })],
    finalizedFeaturesEpoch: 5n,
  });
  const taggedBytes = [
    0x00, 0x00, // errorCode
    0x02, 0x00, 0x12, 0x00, 0x00, 0x00, 0x04, 0x00, // apiKeys: one entry {18, 0, 4}, no tags
    0x00, 0x00, 0x00, 0x00, // throttleTimeMs
    0x02, // two tagged fields; zkMigrationReady and finalizedFeatures hold defaults and are left out
    0x00, 0x08, 0x02, 0x02, ...ascii('x'), 0x00, 0x01, 0x00, 0x02, 0x00, // tag 0 SupportedFeatures, 8 bytes
    0x01, 0x08, 0, 0, 0, 0, 0, 0, 0, 5, // tag 1 FinalizedFeaturesEpoch, 8 bytes
  ];

  test('tagged fields: count, then tag, size and value in ascending tag order; defaults are omitted', () => {
    expect(encode(apiVersions.writeApiVersionsResponse, taggedValue, 3)).toEqual(taggedBytes);
    expect(decode(apiVersions.readApiVersionsResponse, taggedBytes, 3)).toEqual(taggedValue);
  });

  test('an unknown tagged field is kept on decode and re-emitted in tag order on encode', () => {
    const withUnknown = [...taggedBytes.slice(0, 14), 0x03, ...taggedBytes.slice(15), 0x05, 0x02, 0xab, 0xcd];
    const decoded = decode(apiVersions.readApiVersionsResponse, withUnknown, 3);
    expect(decoded.unknownTaggedFields).toEqual([{ tag: 5, data: new Uint8Array([0xab, 0xcd]) }]);
    expect(decoded.finalizedFeaturesEpoch).toBe(5n);
    expect(encode(apiVersions.writeApiVersionsResponse, decoded, 3)).toEqual(withUnknown);
  });

  test('a tag no version knows decodes as an unknown field', () => {
    const bytes = [...taggedBytes.slice(0, 14), 0x01, 0x63, 0x01, 0x01];
    expect(decode(apiVersions.readApiVersionsResponse, bytes, 4).unknownTaggedFields).toEqual([{ tag: 0x63, data: new Uint8Array([1]) }]);
  });

  test('a known tag before its tagged versions is kept as unknown; from them on it is decoded', () => {
    // PartitionChangeRecord: PartitionId int32, TopicId uuid, then tag 8 (Directories, tagged 1+)
    // holding a compact nullable array that is null (0x00).
    const bytes = [0, 0, 0, 7, ...new Array<number>(16).fill(0), 0x01, 0x08, 0x01, 0x00];
    const atVersion0 = decode(partitionChange.readPartitionChangeRecord, bytes, 0);
    expect(atVersion0.unknownTaggedFields).toEqual([{ tag: 8, data: new Uint8Array([0]) }]);
    expect(encode(partitionChange.writePartitionChangeRecord, atVersion0, 0)).toEqual(bytes);
    const atVersion1 = decode(partitionChange.readPartitionChangeRecord, bytes, 1);
    expect(atVersion1.unknownTaggedFields).toBeUndefined();
    expect(atVersion1.directories).toBeNull();
  });

  test('nullable struct: one marker byte, -1 for null and 1 before a present struct', () => {
    const topics = [describeTopicPartitions.createDescribeTopicPartitionsRequestTopicRequest({ name: 'a' as TopicName })];
    const absent = describeTopicPartitions.createDescribeTopicPartitionsRequest({ topics, responsePartitionLimit: 10, cursor: null });
    const absentBytes = [0x02, 0x02, ...ascii('a'), 0x00, 0x00, 0x00, 0x00, 0x0a, 0xff, 0x00];
    expect(encode(describeTopicPartitions.writeDescribeTopicPartitionsRequest, absent, 0)).toEqual(absentBytes);
    expect(decode(describeTopicPartitions.readDescribeTopicPartitionsRequest, absentBytes, 0)).toEqual(absent);
    const present = { ...absent, cursor: describeTopicPartitions.createDescribeTopicPartitionsRequestCursor({ topicName: 'a' as TopicName, partitionIndex: 3 }) };
    const presentBytes = [...absentBytes.slice(0, 8), 0x01, 0x02, ...ascii('a'), 0x00, 0x00, 0x00, 0x03, 0x00, 0x00];
    expect(encode(describeTopicPartitions.writeDescribeTopicPartitionsRequest, present, 0)).toEqual(presentBytes);
    expect(decode(describeTopicPartitions.readDescribeTopicPartitionsRequest, presentBytes, 0)).toEqual(present);
  });
});
