// Goal (issue 6, interop): every client creates a topic where it can, produces keyed and unkeyed
// records with headers, null values and every compression codec it supports, and two other
// clients read them all back by partition assignment with identical keys, values, headers and
// timestamps, in order within each partition, at dense offsets from 0.
// Method: one node process; for each producing client, one topic of three partitions and one
// produce run per codec (run after run, so the order per partition is known); then two
// different clients read every partition and each result is compared with the expectation.
// Clients: kcat (librdkafka 2.0.2), kafka-python 2.0.2, confluent-kafka 1.7.0, kafkajs 2.2.4,
// @platformatic/kafka 1.35.0. kcat cannot set timestamps or per-record headers, so its records
// carry the same headers per run and their timestamps are checked for agreement between readers.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import {
  kcatConsume, kcatProduce, pythonConsume, pythonCreateTopic, pythonProduce,
} from './support/external-clients.js';
import {
  kafkajsClient, kafkajsConsume, kafkajsProduce, platformaticConsume, platformaticProduce,
} from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';
import {
  assertDenseOffsets, consumedView, expectedView, makeRecords, sortConsumed,
  type Codec, type ConsumedRecord, type TestRecord,
} from './support/records.js';
import { Admin } from '@platformatic/kafka';

type ClientName = 'kcat' | 'kafka-python' | 'confluent-kafka' | 'kafkajs' | 'platformatic';

interface ProducerDriver {
  readonly codecs: readonly Codec[];
  readonly setsTimestamps: boolean;
  /** Creates the topic with the client's admin API; null when it has none (auto-creation). */
  readonly createTopic: ((bootstrap: string, topic: string, partitions: number) => Promise<void>) | null;
  readonly produce: (bootstrap: string, topic: string, codec: Codec, records: readonly TestRecord[]) => Promise<void>;
}

type ConsumeDriver = (bootstrap: string, topic: string, partitions: readonly number[]) => Promise<ConsumedRecord[]>;

const partitionCount = 3;
const recordsPerRun = 12;

const producers: Record<ClientName, ProducerDriver> = {
  kcat: {
    codecs: ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
    setsTimestamps: false,
    createTopic: null,
    produce: (bootstrap, topic, codec, records) => kcatProduce({ bootstrap, topic, codec, records }),
  },
  'kafka-python': {
    codecs: ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
    setsTimestamps: true,
    createTopic: (bootstrap, topic, partitions) => pythonCreateTopic('kafka-python', { bootstrap, topic, partitions }),
    produce: async (bootstrap, topic, codec, records) => {
      const answer = await pythonProduce('kafka-python', { bootstrap, topic, codec, records, acks: 1 });
      expect(answer.error, answer.message).toBeUndefined();
      expect(answer.acks).toHaveLength(records.length);
    },
  },
  'confluent-kafka': {
    codecs: ['none', 'gzip', 'snappy', 'lz4', 'zstd'],
    setsTimestamps: true,
    createTopic: (bootstrap, topic, partitions) => pythonCreateTopic('confluent-kafka', { bootstrap, topic, partitions }),
    produce: async (bootstrap, topic, codec, records) => {
      const answer = await pythonProduce('confluent-kafka', { bootstrap, topic, codec, records, acks: -1 });
      expect(answer.error).toBeUndefined();
      expect(answer.acks).toHaveLength(records.length);
    },
  },
  kafkajs: {
    codecs: ['none', 'gzip', 'snappy', 'lz4'],
    setsTimestamps: true,
    createTopic: async (bootstrap, topic, partitions) => {
      const admin = kafkajsClient(bootstrap).admin();
      await admin.connect();
      try {
        expect(await admin.createTopics({ topics: [{ topic, numPartitions: partitions }], waitForLeaders: true })).toBe(true);
      } finally {
        await admin.disconnect();
      }
    },
    produce: async (bootstrap, topic, codec, records) => {
      await kafkajsProduce({ bootstrap, topic, codec: codec as Exclude<Codec, 'zstd'>, records, acks: -1 });
    },
  },
  platformatic: {
    codecs: ['none', 'gzip', 'snappy', 'lz4'],
    setsTimestamps: true,
    createTopic: async (bootstrap, topic, partitions) => {
      const admin = new Admin({ clientId: 'weir-interop-platformatic', bootstrapBrokers: [bootstrap] });
      try {
        await admin.createTopics({ topics: [topic], partitions, replicas: 1 });
      } finally {
        await admin.close();
      }
    },
    produce: async (bootstrap, topic, codec, records) => {
      await platformaticProduce({ bootstrap, topic, codec: codec as Exclude<Codec, 'zstd'>, records, acks: 1 });
    },
  },
};

const consumers: Record<ClientName, ConsumeDriver> = {
  kcat: (bootstrap, topic, partitions) => kcatConsume({ bootstrap, topic, partitions }),
  'kafka-python': (bootstrap, topic, partitions) => pythonConsume('kafka-python', { bootstrap, topic, partitions }),
  'confluent-kafka': (bootstrap, topic, partitions) => pythonConsume('confluent-kafka', { bootstrap, topic, partitions }),
  kafkajs: (bootstrap, topic, partitions) => kafkajsConsume({ bootstrap, topic, partitions }),
  platformatic: (bootstrap, topic, partitions) => platformaticConsume({ bootstrap, topic, partitions }),
};

/**
 * Who reads whose records: each topic is read by two other clients. @platformatic/kafka 1.35
 * reads only the kafkajs topic, because it cannot decode two codecs the others produce: zstd
 * (Node 20 has no zlib zstd; it throws "zstd is not supported in the current Node.js version")
 * and xerial-framed snappy, which kafka-python sends as the Java client does (its wasm snappy
 * decoder takes raw snappy only and traps with "unreachable"). These are client limitations the
 * broker cannot paper over: it hands back the batches exactly as they were produced.
 */
const readers: Record<ClientName, readonly [ClientName, ClientName]> = {
  kcat: ['kafka-python', 'kafkajs'],
  'kafka-python': ['confluent-kafka', 'kafkajs'],
  'confluent-kafka': ['kcat', 'kafka-python'],
  kafkajs: ['platformatic', 'kcat'],
  platformatic: ['confluent-kafka', 'kcat'],
};

const skip = skipWithout('kcat', 'kafka-python', 'confluent-kafka');
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'num.partitions': String(partitionCount) } });
});
afterAll(async () => {
  await node?.dispose();
});

describe.skipIf(skip)('records cross from every client to two others unchanged', () => {
  for (const [producerName, producer] of Object.entries(producers) as Array<[ClientName, ProducerDriver]>) {
    const [firstReader, secondReader] = readers[producerName];
    test(`${producerName} produces with ${producer.codecs.join(', ')}; ${firstReader} and ${secondReader} read it back`, async () => {
      const topic = `interop-${producerName}`;
      const bootstrap = node.kafkaAddress;
      if (producer.createTopic !== null) await producer.createTopic(bootstrap, topic, partitionCount);
      const expected: TestRecord[] = [];
      const baseTimestamp = Date.now() - 60_000;
      const startedMs = Date.now();
      for (const [runIndex, codec] of producer.codecs.entries()) {
        const records = makeRecords({
          tag: `${producerName}-${codec}`,
          count: recordsPerRun,
          partitionCount,
          baseTimestamp: baseTimestamp + runIndex * 1000,
          sameHeaders: producerName === 'kcat',
          withTimestamps: producer.setsTimestamps,
        });
        await producer.produce(bootstrap, topic, codec, records);
        expected.push(...records);
      }
      const partitions = Array.from({ length: partitionCount }, (_, index) => index);
      const wanted = partitions.flatMap((partition) => expected.filter((record) => record.partition === partition)).map(expectedView);
      const results: ConsumedRecord[][] = [];
      for (const reader of [firstReader, secondReader]) {
        const consumed = sortConsumed(await consumers[reader](bootstrap, topic, partitions));
        assertDenseOffsets(consumed);
        expect(consumed.map((record) => consumedView(record, producer.setsTimestamps)), `${reader} reading ${topic}\n${node.log().slice(-2000)}`).toEqual(wanted);
        results.push(consumed);
      }
      // Timestamps the producer did not choose must still be the same for every reader, and plausible.
      expect(results[0]?.map((record) => record.timestamp)).toEqual(results[1]?.map((record) => record.timestamp));
      for (const record of results[0] ?? []) {
        if (!producer.setsTimestamps) expect(record.timestamp).toBeGreaterThanOrEqual(startedMs - 1000);
      }
    });
  }
});
