// Protocol helpers of the broker tests: the codecs' public surface re-exported, and builders of
// record batches and common requests.
import { encodeRecordBatch } from '../../storage/mod.js';
import type { CompressionType, RecordInput } from '../../storage/mod.js';

export {
  ApiKey, ErrorCode, FrameDecoder, decodeResponseFrame, encodeRequestFrame, topicName,
  type NodeId, type TopicName, type Uuid,
} from '../../src/protocol/mod.js';

/** The epoch brand is only a number at runtime. */
export function epochOf(value: number): number {
  return value;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array | null): string | null =>
  bytes === null ? null : new TextDecoder().decode(bytes);

/**
 * A batch of records valued `${tag}-${index}`, keyed `key-${index}` (no key with `nullKeys`, or
 * for the indexes in `keylessIndexes`).
 */
export function batchOf(tag: string, recordCount: number, options: {
  timestampMs?: number; compression?: CompressionType; valueBytes?: number; nullKeys?: boolean;
  keylessIndexes?: readonly number[];
} = {}): Uint8Array {
  const keyless = (index: number): boolean => options.nullKeys === true || (options.keylessIndexes ?? []).includes(index);
  const records: RecordInput[] = Array.from({ length: recordCount }, (_, index) => ({
    key: keyless(index) ? null : utf8(`key-${index}`),
    value: utf8(`${tag}-${index}`.padEnd(options.valueBytes ?? 0, '.')),
    timestampMs: (options.timestampMs ?? 1_000) + index,
  }));
  return encodeRecordBatch({ records, compression: options.compression ?? 'none' });
}

import {
  createFetchRequest, createFetchRequestFetchPartition, createFetchRequestFetchTopic,
} from '../../src/protocol/generated/messages/fetch.js';
import type { FetchRequest } from '../../src/protocol/generated/messages/fetch.js';
import { createMetadataRequest, createMetadataRequestTopic } from '../../src/protocol/generated/messages/metadata.js';
import type { MetadataRequest } from '../../src/protocol/generated/messages/metadata.js';
import {
  createProduceRequest, createProduceRequestPartitionProduceData, createProduceRequestTopicProduceData,
} from '../../src/protocol/generated/messages/produce.js';
import type { ProduceRequest } from '../../src/protocol/generated/messages/produce.js';
import {
  createListOffsetsRequest, createListOffsetsRequestListOffsetsPartition, createListOffsetsRequestListOffsetsTopic,
} from '../../src/protocol/generated/messages/list-offsets.js';
import type { ListOffsetsRequest } from '../../src/protocol/generated/messages/list-offsets.js';
import { topicName as brandTopic, ZERO_UUID } from '../../src/protocol/mod.js';
import type { Uuid as UuidType } from '../../src/protocol/mod.js';

/** A Metadata request for `names` (null = all topics). */
export function metadataRequest(names: readonly string[] | null, options: { allowAutoTopicCreation?: boolean } = {}):
  MetadataRequest {
  return createMetadataRequest({
    topics: names === null ? null : names.map((name) => createMetadataRequestTopic({ name: brandTopic(name) })),
    allowAutoTopicCreation: options.allowAutoTopicCreation ?? true,
  });
}

/** A Produce request of one batch to partition `partition` of `topic`. */
export function produceRequest(topic: string, records: Uint8Array | null, options: { acks?: number; partition?: number;
  timeoutMs?: number } = {}): ProduceRequest {
  return createProduceRequest({ acks: options.acks ?? 1, timeoutMs: options.timeoutMs ?? 1000, topicData: [
    createProduceRequestTopicProduceData({ name: brandTopic(topic), partitionData: [
      createProduceRequestPartitionProduceData({ index: options.partition ?? 0, records })] })] });
}

/** A Fetch request of one partition, by name (v<13) or id (v13+). */
export function fetchRequest(target: { topic?: string; topicId?: UuidType; partition?: number }, options: {
  fetchOffset?: number; maxWaitMs?: number; minBytes?: number; maxBytes?: number; partitionMaxBytes?: number;
  isolationLevel?: number; sessionEpoch?: number; currentLeaderEpoch?: number;
} = {}): FetchRequest {
  return createFetchRequest({
    maxWaitMs: options.maxWaitMs ?? 0,
    minBytes: options.minBytes ?? 1,
    maxBytes: options.maxBytes ?? 0x7fff_ffff,
    isolationLevel: options.isolationLevel ?? 0,
    sessionEpoch: options.sessionEpoch ?? -1,
    topics: [createFetchRequestFetchTopic({
      topic: brandTopic(target.topic ?? ''),
      topicId: target.topicId ?? ZERO_UUID,
      partitions: [createFetchRequestFetchPartition({ partition: target.partition ?? 0,
        fetchOffset: BigInt(options.fetchOffset ?? 0), partitionMaxBytes: options.partitionMaxBytes ?? 1 << 20,
        currentLeaderEpoch: options.currentLeaderEpoch ?? -1 })],
    })],
  });
}

/** A ListOffsets request for one partition at `timestamp`. */
export function listOffsetsRequest(topic: string, timestamp: bigint, options: { partition?: number;
  maxNumOffsets?: number } = {}): ListOffsetsRequest {
  return createListOffsetsRequest({ replicaId: -1 as never, topics: [createListOffsetsRequestListOffsetsTopic({
    name: brandTopic(topic), partitions: [createListOffsetsRequestListOffsetsPartition({
      partitionIndex: options.partition ?? 0, timestamp, maxNumOffsets: options.maxNumOffsets ?? 1 })] })] });
}

import { batchField, batchHeaderBytes, computeBatchCrc } from '../../storage/mod.js';

/**
 * A zstd batch (codec 4) built without a zstd encoder (Node 20 has none): the records are put in
 * a zstd frame holding one raw block, which every zstd decoder accepts.
 */
export function zstdBatchOf(tag: string, recordCount: number): Uint8Array {
  const plain = batchOf(tag, recordCount);
  const body = plain.subarray(batchHeaderBytes);
  if (body.length > 65_791) throw new Error('the raw-block frame here holds at most 65791 bytes');
  const sizeField = body.length < 256 ? [0x20, body.length] : [0x60, (body.length - 256) & 0xff, (body.length - 256) >> 8];
  const blockHeader = (body.length << 3) | 1;
  const frame = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, ...sizeField,
    blockHeader & 0xff, (blockHeader >> 8) & 0xff, (blockHeader >> 16) & 0xff, ...body]);
  const batch = new Uint8Array(batchHeaderBytes + frame.length);
  batch.set(plain.subarray(0, batchHeaderBytes));
  batch.set(frame, batchHeaderBytes);
  const view = new DataView(batch.buffer);
  view.setInt32(batchField.batchLength, batch.length - 12);
  view.setInt16(batchField.attributes, (view.getInt16(batchField.attributes) & ~0x07) | 4);
  view.setUint32(batchField.crc, computeBatchCrc(batch, 0, batch.length));
  return batch;
}
