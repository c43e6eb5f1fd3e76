// Protocol codec throughput (`make bench`): encode and decode of Produce and Fetch requests and
// responses carrying 1 MiB of record batches, and of Metadata responses describing 1,000
// partitions, in MB/s and messages/s. Records are opaque bytes to the codecs (copied once into the
// finished message on encode, aliased on decode), so these figures measure codec work, not record
// parsing. Encode includes `finish()`, the one copy into the message buffer.
import { performance } from 'node:perf_hooks';

import type { NodeId, TopicName, Uuid } from '../src/protocol/entity-types.js';
import * as fetch from '../src/protocol/generated/messages/fetch.js';
import * as metadata from '../src/protocol/generated/messages/metadata.js';
import * as produce from '../src/protocol/generated/messages/produce.js';
import { Reader } from '../src/protocol/primitives/reader.js';
import { Writer } from '../src/protocol/primitives/writer.js';

const MEBIBYTE = 1024 * 1024;
const durationMs = 400;
const partitionCount = 16;

function recordBytes(byteCount: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(byteCount);
  for (let index = 0; index < byteCount; index++) bytes[index] = (index * 31 + seed) & 0xff;
  return bytes;
}

const batchBytes = MEBIBYTE / partitionCount;
const topicId = 'AAECAwQFBgcICQoLDA0ODw' as Uuid;

function produceRequest(): produce.ProduceRequest {
  return produce.createProduceRequest({
    acks: -1, timeoutMs: 30000,
    topicData: [produce.createProduceRequestTopicProduceData({
      name: 'bench' as TopicName,
      partitionData: Array.from({ length: partitionCount }, (_, index) => produce.createProduceRequestPartitionProduceData({ index, records: recordBytes(batchBytes, index) })),
    })],
  });
}

function produceResponse(): produce.ProduceResponse {
  return produce.createProduceResponse({
    responses: [produce.createProduceResponseTopicProduceResponse({
      name: 'bench' as TopicName,
      partitionResponses: Array.from({ length: partitionCount }, (_, index) => produce.createProduceResponsePartitionProduceResponse({ index, baseOffset: BigInt(index * 1000) })),
    })],
  });
}

function fetchRequest(): fetch.FetchRequest {
  return fetch.createFetchRequest({
    maxWaitMs: 500, minBytes: 1, maxBytes: 50 * MEBIBYTE,
    topics: [fetch.createFetchRequestFetchTopic({
      topic: 'bench' as TopicName, topicId,
      partitions: Array.from({ length: partitionCount }, (_, partition) => fetch.createFetchRequestFetchPartition({ partition, fetchOffset: 1000n, partitionMaxBytes: MEBIBYTE })),
    })],
  });
}

function fetchResponse(): fetch.FetchResponse {
  return fetch.createFetchResponse({
    responses: [fetch.createFetchResponseFetchableTopicResponse({
      topic: 'bench' as TopicName, topicId,
      partitions: Array.from({ length: partitionCount }, (_, partitionIndex) => fetch.createFetchResponsePartitionData({
        partitionIndex, highWatermark: 5000n, lastStableOffset: 5000n, logStartOffset: 0n, abortedTransactions: [], records: recordBytes(batchBytes, partitionIndex),
      })),
    })],
  });
}

function metadataResponse(): metadata.MetadataResponse {
  const brokers = [1, 2, 3].map((nodeId) => metadata.createMetadataResponseBroker({ nodeId: nodeId as NodeId, host: `broker-${nodeId}.example`, port: 9092, rack: null }));
  const topics = Array.from({ length: 10 }, (_, topicIndex) => metadata.createMetadataResponseTopic({
    name: `topic-${topicIndex}` as TopicName, topicId,
    partitions: Array.from({ length: 100 }, (_, partitionIndex) => metadata.createMetadataResponsePartition({
      partitionIndex, leaderId: ((partitionIndex % 3) + 1) as NodeId, leaderEpoch: 4,
      replicaNodes: [1, 2, 3] as NodeId[], isrNodes: [1, 2, 3] as NodeId[],
    })),
  }));
  return metadata.createMetadataResponse({ brokers, clusterId: 'bench-cluster', controllerId: 1 as NodeId, topics });
}

interface Case<T> {
  readonly name: string;
  readonly version: number;
  readonly value: T;
  write(writer: Writer, value: T, version: number): void;
  read(reader: Reader, version: number): T;
}

/** Runs `action` repeatedly for about `durationMs`; returns operations per second. */
function measure(action: () => void): number {
  for (let warmup = 0; warmup < 20; warmup++) action();
  let operations = 0;
  const start = performance.now();
  let elapsedMs = 0;
  while (elapsedMs < durationMs) {
    for (let batch = 0; batch < 10; batch++) action();
    operations += 10;
    elapsedMs = performance.now() - start;
  }
  return (operations * 1000) / elapsedMs;
}

function row<T>(benchCase: Case<T>): string {
  const writer = new Writer();
  benchCase.write(writer, benchCase.value, benchCase.version);
  const bytes = writer.finish().slice();
  const encodesPerSecond = measure(() => {
    const encoder = new Writer();
    benchCase.write(encoder, benchCase.value, benchCase.version);
    encoder.finish();
  });
  const decodesPerSecond = measure(() => benchCase.read(new Reader(bytes), benchCase.version));
  const megabytes = (perSecond: number): string => ((perSecond * bytes.length) / 1e6).toFixed(0).padStart(8);
  const count = (perSecond: number): string => perSecond.toFixed(0).padStart(10);
  return `${benchCase.name.padEnd(34)} ${String(bytes.length).padStart(9)} ${megabytes(encodesPerSecond)} ${count(encodesPerSecond)} ${megabytes(decodesPerSecond)} ${count(decodesPerSecond)}`;
}

export default async function protocolBench(): Promise<void> {
  const cases: Case<never>[] = [
    { name: 'Produce request v9, 1 MiB records', version: 9, value: produceRequest(), write: produce.writeProduceRequest, read: produce.readProduceRequest },
    { name: 'Produce request v7, 1 MiB records', version: 7, value: produceRequest(), write: produce.writeProduceRequest, read: produce.readProduceRequest },
    { name: 'Produce response v9, 16 partitions', version: 9, value: produceResponse(), write: produce.writeProduceResponse, read: produce.readProduceResponse },
    { name: 'Fetch request v13, 16 partitions', version: 13, value: fetchRequest(), write: fetch.writeFetchRequest, read: fetch.readFetchRequest },
    { name: 'Fetch response v13, 1 MiB records', version: 13, value: fetchResponse(), write: fetch.writeFetchResponse, read: fetch.readFetchResponse },
    { name: 'Fetch response v11, 1 MiB records', version: 11, value: fetchResponse(), write: fetch.writeFetchResponse, read: fetch.readFetchResponse },
    { name: 'Metadata response v12, 1000 parts', version: 12, value: metadataResponse(), write: metadata.writeMetadataResponse, read: metadata.readMetadataResponse },
    { name: 'Metadata response v1, 1000 parts', version: 1, value: metadataResponse(), write: metadata.writeMetadataResponse, read: metadata.readMetadataResponse },
  ] as unknown as Case<never>[];
  process.stdout.write(`${'message'.padEnd(34)} ${'bytes'.padStart(9)} ${'enc MB/s'.padStart(8)} ${'enc msg/s'.padStart(10)} ${'dec MB/s'.padStart(8)} ${'dec msg/s'.padStart(10)}\n`);
  for (const benchCase of cases) process.stdout.write(`${row(benchCase)}\n`);
}
