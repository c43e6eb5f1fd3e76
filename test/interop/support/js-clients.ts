// Drivers for the in-process JavaScript clients: kafkajs 2.2.4 and @platformatic/kafka 1.35.0.
// Neither reads by plain partition assignment through its public consumer (both want a consumer
// group, which this issue does not implement), so reads go one level down: kafkajs' own
// Cluster/Broker fetch (its real Fetch codec and record decoding) and platformatic's
// `Consumer.fetch`, the group-free fetch it exposes. kafkajs compresses only gzip by itself;
// snappy and lz4 are plugged in from snappyjs and lz4js, and zstd decompression from fzstd.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { Consumer, Producer, type CompressionAlgorithmValue } from '@platformatic/kafka';
import { CompressionCodecs, CompressionTypes, Kafka, logLevel, type Producer as KafkajsProducer } from 'kafkajs';
import type { Codec, ConsumedRecord, TestRecord } from './records.js';

const require = createRequire(import.meta.url);
const snappy = require('snappyjs') as { compress(data: Uint8Array): Uint8Array; uncompress(data: Uint8Array): Uint8Array };
const lz4 = require('lz4js') as { compress(data: Uint8Array): Uint8Array; decompress(data: Uint8Array): Uint8Array };
const zstd = require('fzstd') as { decompress(data: Uint8Array): Uint8Array };

const xerialMagic = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);

/** Snappy as Kafka carries it: raw, or xerial-framed blocks (what the Java client and kafka-python send). */
function snappyDecompress(buffer: Buffer): Buffer {
  if (buffer.length < 16 || !buffer.subarray(0, 8).equals(xerialMagic)) return Buffer.from(snappy.uncompress(buffer));
  const blocks: Buffer[] = [];
  for (let position = 16; position < buffer.length;) {
    const length = buffer.readInt32BE(position);
    blocks.push(Buffer.from(snappy.uncompress(buffer.subarray(position + 4, position + 4 + length))));
    position += 4 + length;
  }
  return Buffer.concat(blocks);
}

let codecsRegistered = false;

function registerKafkajsCodecs(): void {
  if (codecsRegistered) return;
  codecsRegistered = true;
  const codecs = CompressionCodecs as Record<number, () => unknown>;
  codecs[CompressionTypes.Snappy] = () => ({
    compress: async (encoder: { buffer: Buffer }) => Buffer.from(snappy.compress(encoder.buffer)),
    decompress: async (buffer: Buffer) => snappyDecompress(buffer),
  });
  codecs[CompressionTypes.LZ4] = () => ({
    compress: async (encoder: { buffer: Buffer }) => Buffer.from(lz4.compress(encoder.buffer)),
    decompress: async (buffer: Buffer) => Buffer.from(lz4.decompress(buffer)),
  });
  codecs[CompressionTypes.ZSTD] = () => ({
    compress: async () => { throw new Error('zstd compression is not available in this test'); },
    decompress: async (buffer: Buffer) => Buffer.from(zstd.decompress(buffer)),
  });
}

const kafkajsCodec: Record<Exclude<Codec, 'zstd'>, CompressionTypes> = {
  none: CompressionTypes.None,
  gzip: CompressionTypes.GZIP,
  snappy: CompressionTypes.Snappy,
  lz4: CompressionTypes.LZ4,
};

export function kafkajsClient(bootstrap: string): Kafka {
  registerKafkajsCodecs();
  return new Kafka({ clientId: 'weir-interop-kafkajs', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
}

function toKafkajsMessage(record: TestRecord) {
  return {
    partition: record.partition,
    key: record.key,
    value: record.value,
    headers: Object.fromEntries(record.headers),
    ...(record.timestamp === null ? {} : { timestamp: String(record.timestamp) }),
  };
}

/** Produces with kafkajs; one send per call (records of every partition in one request). */
export async function kafkajsProduce(options: {
  bootstrap: string; topic: string; codec: Exclude<Codec, 'zstd'>; acks?: number; records: readonly TestRecord[];
  producer?: KafkajsProducer;
}): Promise<Array<{ partition: number; baseOffset: number }>> {
  assert.ok(options.records.every((record) => new Set(record.headers.map(([name]) => name)).size === record.headers.length),
    'kafkajs headers are an object: names must be unique');
  const producer = options.producer ?? kafkajsClient(options.bootstrap).producer({ allowAutoTopicCreation: false });
  if (options.producer === undefined) await producer.connect();
  try {
    const metadata = await producer.send({
      topic: options.topic,
      acks: options.acks ?? -1,
      compression: kafkajsCodec[options.codec],
      messages: options.records.map(toKafkajsMessage),
    });
    return metadata.map((entry) => ({ partition: entry.partition, baseOffset: Number(entry.baseOffset) }));
  } finally {
    if (options.producer === undefined) await producer.disconnect();
  }
}

interface KafkajsCluster {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  addTargetTopic(topic: string): Promise<void>;
  findTopicPartitionMetadata(topic: string): Array<{ partitionId: number; leader: number }>;
  findBroker(query: { nodeId: number }): Promise<KafkajsBroker>;
  fetchTopicsOffset(topics: unknown[]): Promise<Array<{ topic: string; partitions: Array<{ partition: number; offset: string }> }>>;
}

interface KafkajsFetchedMessage {
  offset: string; key: Buffer | null; value: Buffer | null; timestamp: string; headers: Record<string, Buffer | Buffer[] | null>;
}

interface KafkajsBroker {
  fetch(request: unknown): Promise<{
    responses: Array<{ partitions: Array<{ partition: number; errorCode: number; messages: KafkajsFetchedMessage[] }> }>;
  }>;
}

/** kafkajs' Cluster, which Kafka#producer/consumer build privately. */
function kafkajsCluster(kafka: Kafka): KafkajsCluster {
  const symbol = Object.getOwnPropertySymbols(kafka).find((entry) => entry.description === 'private:Kafka:createCluster');
  assert.ok(symbol !== undefined, 'kafkajs 2.2.4 keeps its cluster factory under a private symbol');
  const create = (kafka as unknown as Record<symbol, (options: object) => KafkajsCluster>)[symbol];
  assert.ok(create !== undefined);
  return create({ allowAutoTopicCreation: false, isolationLevel: 1 });
}

/** Reads partitions from offset 0 to their end offset with kafkajs' Fetch. */
export async function kafkajsConsume(options: {
  bootstrap: string; topic: string; partitions: readonly number[]; partitionMaxBytes?: number;
}): Promise<ConsumedRecord[]> {
  const cluster = kafkajsCluster(kafkajsClient(options.bootstrap));
  await cluster.connect();
  try {
    await cluster.addTargetTopic(options.topic);
    const [ends] = await cluster.fetchTopicsOffset([{ topic: options.topic, partitions: options.partitions.map((partition) => ({ partition })) }]);
    const records: ConsumedRecord[] = [];
    for (const partition of options.partitions) {
      const end = Number(ends?.partitions.find((entry) => entry.partition === partition)?.offset ?? 0);
      const leader = cluster.findTopicPartitionMetadata(options.topic).find((entry) => entry.partitionId === partition)?.leader;
      assert.ok(leader !== undefined, `partition ${partition} has a leader`);
      const broker = await cluster.findBroker({ nodeId: leader });
      let next = 0;
      for (let round = 0; next < end && round < 1000; round += 1) {
        const response = await broker.fetch({
          replicaId: -1, isolationLevel: 1, maxWaitTime: 100, minBytes: 1, maxBytes: 64 * 1024 * 1024,
          topics: [{ topic: options.topic, partitions: [{ partition, fetchOffset: String(next), maxBytes: options.partitionMaxBytes ?? 1024 * 1024 }] }],
        });
        const fetched = response.responses[0]?.partitions[0];
        assert.ok(fetched !== undefined && fetched.errorCode === 0, `fetch error ${fetched?.errorCode}`);
        for (const message of fetched.messages) {
          if (Number(message.offset) < next) continue;
          records.push(fromKafkajsMessage(partition, message));
          next = Number(message.offset) + 1;
        }
      }
    }
    return records;
  } finally {
    await cluster.disconnect();
  }
}

/**
 * A kafkajs connection ready to send one Fetch at `fetchOffset` that the broker may hold for up
 * to `maxWaitMs` (long polling); `send()` resolves with the partition's error code and record
 * count once the broker answers.
 */
export async function kafkajsLongPoll(options: {
  bootstrap: string; topic: string; partition: number; fetchOffset: number; maxWaitMs: number;
}): Promise<{ send: () => Promise<{ errorCode: number; recordCount: number }>; close: () => Promise<void> }> {
  const cluster = kafkajsCluster(kafkajsClient(options.bootstrap));
  await cluster.connect();
  await cluster.addTargetTopic(options.topic);
  const broker = await cluster.findBroker({ nodeId: 1 });
  const send = async (): Promise<{ errorCode: number; recordCount: number }> => {
    const response = await broker.fetch({
      replicaId: -1, isolationLevel: 1, maxWaitTime: options.maxWaitMs, minBytes: 1, maxBytes: 1024 * 1024,
      topics: [{ topic: options.topic, partitions: [{ partition: options.partition, fetchOffset: String(options.fetchOffset), maxBytes: 1024 * 1024 }] }],
    });
    const fetched = response.responses[0]?.partitions[0];
    return { errorCode: fetched?.errorCode ?? -1, recordCount: fetched?.messages.length ?? 0 };
  };
  return { send, close: () => cluster.disconnect() };
}

function fromKafkajsMessage(partition: number, message: KafkajsFetchedMessage): ConsumedRecord {
  const headers: Array<[string, string | null]> = [];
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) headers.push([name, one === null ? null : one.toString()]);
  }
  return {
    partition,
    offset: Number(message.offset),
    key: message.key === null ? null : message.key.toString(),
    value: message.value === null ? null : message.value.toString(),
    headers,
    timestamp: Number(message.timestamp),
  };
}

export function platformaticProducer(bootstrap: string): Producer<Buffer, Buffer, Buffer, Buffer> {
  return new Producer({ clientId: 'weir-interop-platformatic', bootstrapBrokers: [bootstrap], retries: 3, autocreateTopics: false });
}

/** Produces with @platformatic/kafka (one send; it groups records by partition itself). */
export async function platformaticProduce(options: {
  bootstrap: string; topic: string; codec: Exclude<Codec, 'zstd'>; acks?: number; records: readonly TestRecord[];
}): Promise<Array<{ partition: number; offset: number }>> {
  const producer = platformaticProducer(options.bootstrap);
  try {
    const result = await producer.send({
      acks: options.acks ?? -1,
      compression: options.codec as CompressionAlgorithmValue,
      messages: options.records.map((record) => ({
        topic: options.topic,
        partition: record.partition,
        key: record.key === null ? undefined : Buffer.from(record.key),
        // platformatic writes a null value as length -1, which is what a null record value is.
        value: (record.value === null ? null : Buffer.from(record.value)) as Buffer,
        headers: new Map(record.headers.map(([name, value]) => [Buffer.from(name), Buffer.from(value)])),
        ...(record.timestamp === null ? {} : { timestamp: BigInt(record.timestamp) }),
      })),
    });
    return (result.offsets ?? []).map((entry) => ({ partition: entry.partition, offset: Number(entry.offset) }));
  } finally {
    await producer.close();
  }
}

/** Reads partitions from offset 0 to their end offset with platformatic's group-free fetch. */
export async function platformaticConsume(options: {
  bootstrap: string; topic: string; partitions: readonly number[]; partitionMaxBytes?: number;
}): Promise<ConsumedRecord[]> {
  const consumer = new Consumer({
    clientId: 'weir-interop-platformatic', groupId: 'weir-interop-unused', bootstrapBrokers: [options.bootstrap],
    retries: 3, maxWaitTime: 100,
  });
  try {
    const metadata = await consumer.metadata({ topics: [options.topic] });
    const topic = metadata.topics.get(options.topic);
    assert.ok(topic !== undefined, `metadata names topic ${options.topic}`);
    const ends = await consumer.listOffsets({ topics: [options.topic] });
    const records: ConsumedRecord[] = [];
    for (const partition of options.partitions) {
      const end = Number(ends.get(options.topic)?.[partition] ?? 0n);
      const leader = topic.partitions[partition]?.leader;
      assert.ok(leader !== undefined, `partition ${partition} has a leader`);
      let next = 0n;
      for (let round = 0; next < BigInt(end) && round < 1000; round += 1) {
        const wanted = {
          partition, fetchOffset: next, currentLeaderEpoch: -1, lastFetchedEpoch: -1,
          partitionMaxBytes: options.partitionMaxBytes ?? 1024 * 1024,
        };
        const response = await consumer.fetch({ node: leader, maxWaitTime: 100, topics: [{ topicId: topic.id, partitions: [wanted] }] });
        const fetched = response.responses[0]?.partitions[0];
        assert.ok(fetched !== undefined && fetched.errorCode === 0, `fetch error ${fetched?.errorCode}`);
        for (const batch of fetched.records ?? []) {
          const logAppendTime = (batch.attributes & 0b1000) !== 0;
          for (const record of batch.records) {
            const offset = batch.firstOffset + BigInt(record.offsetDelta);
            if (offset < next) continue;
            records.push({
              partition,
              offset: Number(offset),
              key: record.key === null || record.key === undefined ? null : record.key.toString(),
              value: record.value === null || record.value === undefined ? null : record.value.toString(),
              headers: record.headers.map(([name, value]) => [String(name), value === null ? null : value.toString()]),
              timestamp: Number(logAppendTime ? batch.maxTimestamp : batch.firstTimestamp + record.timestampDelta),
            });
            next = offset + 1n;
          }
        }
      }
    }
    return records;
  } finally {
    await consumer.close();
  }
}
