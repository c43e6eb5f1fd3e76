// Goal (issue 6): a 1 MiB record goes through (produced, stored, fetched back byte for byte even
// though it is larger than the consumers' per-partition fetch size), and a record above
// message.max.bytes is refused with MESSAGE_TOO_LARGE as each client reports it, after which the
// node keeps serving.
// Method: one node with message.max.bytes a little above 1 MiB plus batch overhead; clients are
// told to allow large requests, so the broker (not the client) is what refuses.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { kcatConsume, pythonConsume, pythonProduce } from './support/external-clients.js';
import { kafkajsClient, kafkajsConsume } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';
import type { TestRecord } from './support/records.js';

const mebibyte = 1024 * 1024;
const messageMaxBytes = mebibyte + 4096;
const skip = skipWithout('kcat', 'kafka-python', 'confluent-kafka');
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'message.max.bytes': String(messageMaxBytes), 'num.partitions': '1' } });
});
afterAll(async () => {
  await node?.dispose();
});

function bigRecord(valueBytes: number, tag: string): TestRecord {
  // Printable, varied content so a shifted or truncated byte cannot go unnoticed.
  let value = '';
  for (let index = 0; value.length < valueBytes; index += 1) value += `${tag}:${index};`;
  return { partition: 0, key: `${tag}-key`, value: value.slice(0, valueBytes), headers: [['size', String(valueBytes)]], timestamp: Date.now() };
}

describe.skipIf(skip)('record size limits', () => {
  test('a 1 MiB record is stored and read back identically by three clients', async () => {
    const topic = 'large-one-mebibyte';
    const record = bigRecord(mebibyte, 'big');
    const answer = await pythonProduce('kafka-python', {
      bootstrap: node.kafkaAddress, topic, codec: 'none', records: [record], maxRequestBytes: 2 * mebibyte,
    });
    expect(answer.error, answer.message).toBeUndefined();
    expect(answer.acks).toEqual([{ partition: 0, offset: 0 }]);
    const readers = [
      await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] }),
      await pythonConsume('confluent-kafka', { bootstrap: node.kafkaAddress, topic, partitions: [0], partitionMaxBytes: 65536 }),
      await kafkajsConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0], partitionMaxBytes: 65536 }),
    ];
    for (const consumed of readers) {
      expect(consumed).toHaveLength(1);
      expect(consumed[0]?.value?.length).toBe(mebibyte);
      expect(consumed[0]?.value === record.value).toBe(true);
      expect(consumed[0]?.key).toBe(record.key);
    }
  });

  test('a record above message.max.bytes is refused with MESSAGE_TOO_LARGE by every client', async () => {
    const topic = 'large-too-large';
    const record = bigRecord(messageMaxBytes + 1024, 'huge');
    const python = await pythonProduce('kafka-python', {
      bootstrap: node.kafkaAddress, topic, codec: 'none', records: [record], maxRequestBytes: 4 * mebibyte,
    });
    expect(python.error).toBe('MessageSizeTooLargeError');
    const confluent = await pythonProduce('confluent-kafka', {
      bootstrap: node.kafkaAddress, topic, codec: 'none', records: [record], maxRequestBytes: 4 * mebibyte,
    });
    expect(confluent.error).toBe('MSG_SIZE_TOO_LARGE');
    const producer = kafkajsClient(node.kafkaAddress).producer({ retry: { retries: 0 } });
    await producer.connect();
    try {
      const sent = producer.send({ topic, acks: -1, messages: [{ key: record.key, value: record.value }] });
      await expect(sent).rejects.toMatchObject({ type: 'MESSAGE_TOO_LARGE' });
    } finally {
      await producer.disconnect();
    }
    // Nothing was stored, and the node still takes a normal record on the same topic.
    const small = { ...bigRecord(100, 'small'), timestamp: null };
    const after = await pythonProduce('kafka-python', { bootstrap: node.kafkaAddress, topic, codec: 'none', records: [small] });
    expect(after.acks).toEqual([{ partition: 0, offset: 0 }]);
  });
});
