// Goal: the admin APIs and the client habits that break brokers most often (research note §2)
// work with real clients: kafka-python gets no response to acks=0 (it would find a response it
// never asked for); a LogAppendTime topic stamps records with the broker's time, as readers see
// it; kafkajs' and confluent-kafka's admin calls (create partitions, describe and alter configs,
// delete records, delete topics, describe cluster, dynamic broker configs) and
// @platformatic/kafka's topic ids behave as Kafka's do.
// Method: one node process; each test drives one client and checks what another client or the
// same one reads back.
import { Admin } from '@platformatic/kafka';
import { ConfigResourceTypes } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { kcatConsume, pythonConsume, pythonCreateTopic, pythonProduce, runPython } from './support/external-clients.js';
import { kafkajsClient, kafkajsProduce, platformaticConsume } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';
import { makeRecords } from './support/records.js';

const skip = skipWithout('kcat', 'kafka-python', 'confluent-kafka');
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'num.partitions': '2' } });
});
afterAll(async () => {
  await node?.dispose();
});

describe.skipIf(skip)('client habits', () => {
  test('kafka-python with acks=0 sees no unexpected response and every record arrives', async () => {
    const topic = 'quirk-acks-zero';
    await pythonCreateTopic('kafka-python', { bootstrap: node.kafkaAddress, topic, partitions: 1 });
    const records = makeRecords({ tag: 'acks0', count: 200, partitionCount: 1, baseTimestamp: Date.now() });
    const answer = await pythonProduce('kafka-python', { bootstrap: node.kafkaAddress, topic, codec: 'none', records, acks: 0 });
    expect(answer.error).toBeUndefined();
    expect(answer.problems).toEqual([]);
    // acks=0 gets no offsets back (kafka-python reports -1); the records must all be there.
    const consumed = await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] });
    expect(consumed.map((record) => record.value)).toEqual(records.map((record) => record.value));
  });

  test('a LogAppendTime topic stamps records with the broker clock, and readers say so', async () => {
    const topic = 'quirk-log-append-time';
    await pythonCreateTopic('confluent-kafka', {
      bootstrap: node.kafkaAddress, topic, partitions: 1, configs: { 'message.timestamp.type': 'LogAppendTime' },
    });
    const sentTimestamp = 1_500_000_000_000;
    const before = Date.now();
    const records = makeRecords({ tag: 'lat', count: 5, partitionCount: 1, baseTimestamp: sentTimestamp });
    const answer = await pythonProduce('kafka-python', { bootstrap: node.kafkaAddress, topic, codec: 'gzip', records });
    expect(answer.error).toBeUndefined();
    const after = Date.now();
    for (const consumed of [
      await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] }),
      await pythonConsume('kafka-python', { bootstrap: node.kafkaAddress, topic, partitions: [0] }),
    ]) {
      expect(consumed).toHaveLength(5);
      for (const record of consumed) {
        expect(record.timestampType).toBe(1);
        expect(record.timestamp).toBeGreaterThanOrEqual(before - 1000);
        expect(record.timestamp).toBeLessThanOrEqual(after + 1000);
      }
    }
  });
});

describe.skipIf(skip)('admin APIs through real clients', () => {
  test('kafkajs: create partitions, describe and alter configs, delete records, delete topics', async () => {
    const topic = 'admin-kafkajs';
    const admin = kafkajsClient(node.kafkaAddress).admin();
    await admin.connect();
    try {
      expect(await admin.createTopics({ topics: [{ topic, numPartitions: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] }] })).toBe(true);
      await expect(admin.createTopics({ topics: [{ topic, numPartitions: 1 }] })).resolves.toBe(false);
      await admin.createPartitions({ topicPartitions: [{ topic, count: 3 }] });
      expect((await admin.fetchTopicMetadata({ topics: [topic] })).topics[0]?.partitions).toHaveLength(3);

      const describe = async () => (await admin.describeConfigs({
        includeSynonyms: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms', 'cleanup.policy'] }],
      })).resources[0]?.configEntries.map((entry) => [entry.configName, entry.configValue]);
      expect(Object.fromEntries(await describe() ?? [])).toMatchObject({ 'retention.ms': '3600000', 'cleanup.policy': 'delete' });
      await admin.alterConfigs({ validateOnly: false, resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configEntries: [{ name: 'retention.ms', value: '7200000' }] }] });
      expect(Object.fromEntries(await describe() ?? [])).toMatchObject({ 'retention.ms': '7200000' });

      const records = makeRecords({ tag: 'delete-records', count: 10, partitionCount: 1, baseTimestamp: Date.now() });
      await kafkajsProduce({ bootstrap: node.kafkaAddress, topic, codec: 'none', records });
      await admin.deleteTopicRecords({ topic, partitions: [{ partition: 0, offset: '4' }] });
      const [earliest] = await admin.fetchTopicOffsets(topic);
      expect(earliest).toMatchObject({ partition: 0, low: '4', high: '10' });
      const consumed = await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] });
      expect(consumed.map((record) => record.offset)).toEqual([4, 5, 6, 7, 8, 9]);

      await admin.deleteTopics({ topics: [topic] });
      expect(await admin.listTopics()).not.toContain(topic);
    } finally {
      await admin.disconnect();
    }
  });

  test('kafkajs: an invalid topic name and a bad config are refused with Kafka\'s errors', async () => {
    const admin = kafkajsClient(node.kafkaAddress).admin();
    await admin.connect();
    try {
      await expect(admin.createTopics({ topics: [{ topic: 'bad/name', numPartitions: 1 }] }))
        .rejects.toMatchObject({ errors: [expect.objectContaining({ type: 'INVALID_TOPIC_EXCEPTION' })] });
      await expect(admin.createTopics({ topics: [{ topic: 'bad-config', configEntries: [{ name: 'retention.ms', value: 'soon' }] }] }))
        .rejects.toMatchObject({ errors: [expect.objectContaining({ type: 'INVALID_CONFIG' })] });
      const cluster = await admin.describeCluster();
      expect(cluster.brokers).toHaveLength(1);
      expect(cluster.controller).toBe(1);
    } finally {
      await admin.disconnect();
    }
  });

  test('platformatic: topics carry stable topic ids through Metadata, and records read back by id', async () => {
    const topic = 'admin-platformatic';
    const admin = new Admin({ clientId: 'weir-interop-platformatic', bootstrapBrokers: [node.kafkaAddress] });
    try {
      const created = await admin.createTopics({ topics: [topic], partitions: 2, replicas: 1 });
      const metadata = await admin.metadata({ topics: [topic] });
      const id = metadata.topics.get(topic)?.id;
      expect(id).toBe(created[0]?.id);
      expect(id).not.toBe('00000000-0000-0000-0000-000000000000');
      expect(await admin.listTopics()).toContain(topic);
    } finally {
      await admin.close();
    }
    const records = makeRecords({ tag: 'by-id', count: 6, partitionCount: 2, baseTimestamp: Date.now() });
    await kafkajsProduce({ bootstrap: node.kafkaAddress, topic, codec: 'gzip', records });
    const consumed = await platformaticConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0, 1] });
    expect(consumed.map((record) => record.value).sort()).toEqual(records.map((record) => record.value).sort());
  });

  for (const library of ['kafka-python', 'confluent-kafka'] as const) {
    test(`${library}: create with a config, describe, alter, create partitions, delete`, async () => {
      const answer = await runPython<{ before: string; after: string; partitions: number; deleted: boolean }>({
        library, action: 'admin-round', bootstrap: node.kafkaAddress, topic: `admin-${library}`,
      });
      expect(answer).toEqual({ before: '3600000', after: '7200000', partitions: 3, deleted: true });
    });
  }

  // KIP-226: a dynamic broker config is accepted and shown as DYNAMIC_BROKER_CONFIG (2); a
  // read-only key is refused with INVALID_REQUEST (42), as Kafka refuses it.
  for (const [library, retentionMs] of [['kafka-python', '3600000'], ['confluent-kafka', '7200000']] as const) {
    test(`${library}: alter and describe a dynamic broker config; a read-only key is refused`, async () => {
      const answer = await runPython<Record<string, unknown>>({
        library, action: 'broker-configs', bootstrap: node.kafkaAddress, broker: '1', retentionMs,
      });
      expect(answer).toEqual({ altered: 0, refused: 42, described: {
        'log.retention.ms': { value: retentionMs, readOnly: false, source: 2 },
        'num.partitions': { value: '2', readOnly: true, source: 4 },
      } });
    });
  }
});
