// Goal (issue 6): durability of acknowledged writes across a crash, and a clean stop. kill -9 of
// the node in the middle of an acks=-1 produce, then a restart on the same data: every record
// the node acknowledged is there, exactly once, at the offset it was acknowledged with. SIGTERM
// stops the node with exit code 0, and a second start resumes topics (same topic id) and data.
// Method: kafkajs (in-process, no retries so nothing is sent twice) keeps several acks=-1 sends
// in flight, each record's value unique; after enough acknowledgements the test kills the node
// with SIGKILL, restarts it and reads every partition back with kafkajs and kcat.
import { afterAll, describe, expect, test } from 'vitest';
import { extraCheckWith } from './support/clients.js';
import { kcatConsume } from './support/external-clients.js';
import { kafkajsClient, kafkajsConsume, kafkajsLongPoll } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';
import type { ConsumedRecord } from './support/records.js';

const nodes: NodeProcess[] = [];
afterAll(async () => {
  // dispose() kills the process and removes its data directory (shared by a node and its restarts).
  for (const node of nodes) await node.dispose();
});

/** The node's weir_kafka_received_bytes_total, read from /metrics. */
async function receivedBytes(node: NodeProcess): Promise<number> {
  const text = await (await fetch(`http://${node.httpAddress}/metrics`)).text();
  const line = text.split('\n').find((entry) => entry.startsWith('weir_kafka_received_bytes_total '));
  return Number(line?.split(' ')[1] ?? 0);
}

interface Acknowledged {
  readonly value: string;
  readonly partition: number;
  readonly offset: number;
}

/** Sends batches of records with acks=-1 until `stop()` is true or a send fails; returns the acknowledged ones. */
async function produceUntilStopped(bootstrap: string, topic: string, onAck: (count: number) => void): Promise<Acknowledged[]> {
  const producer = kafkajsClient(bootstrap).producer({ retry: { retries: 0 }, allowAutoTopicCreation: false });
  await producer.connect();
  const acknowledged: Acknowledged[] = [];
  let failed = false;
  let sequence = 0;
  const worker = async (workerIndex: number): Promise<void> => {
    while (!failed) {
      const values = Array.from({ length: 10 }, () => `w${workerIndex}-r${sequence++}`);
      const partition = workerIndex % 2;
      try {
        const [result] = await producer.send({ topic, acks: -1, messages: values.map((value) => ({ partition, value })) });
        const baseOffset = Number(result?.baseOffset);
        values.forEach((value, index) => acknowledged.push({ value, partition, offset: baseOffset + index }));
        onAck(acknowledged.length);
      } catch {
        failed = true;
      }
    }
  };
  await Promise.all([0, 1, 2, 3].map(worker));
  await producer.disconnect().catch(() => {});
  return acknowledged;
}

function checkAcknowledgedOnce(acknowledged: readonly Acknowledged[], consumed: readonly ConsumedRecord[]): void {
  const seen = new Map<string, ConsumedRecord[]>();
  for (const record of consumed) seen.set(record.value ?? '', [...(seen.get(record.value ?? '') ?? []), record]);
  for (const [value, copies] of seen) expect(copies.length, `value ${value} stored ${copies.length} times`).toBe(1);
  for (const ack of acknowledged) {
    const copies = seen.get(ack.value);
    expect(copies, `acknowledged ${ack.value} at ${ack.partition}/${ack.offset} is missing`).toBeDefined();
    expect(copies?.[0]).toMatchObject({ partition: ack.partition, offset: ack.offset });
  }
}

describe('crash and restart', () => {
  test('kill -9 during acks=-1 produce loses no acknowledged record and duplicates none', async () => {
    const node = await NodeProcess.start({ settings: { 'num.partitions': '2' } });
    nodes.push(node);
    const topic = 'crash-acks-all';
    const admin = kafkajsClient(node.kafkaAddress).admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 2 }], waitForLeaders: true });
    await admin.disconnect();
    // The producer notices the dead connection before the kill's exit event may have arrived,
    // so the kill is awaited before the restart.
    let killing: Promise<void> | undefined;
    const acknowledged = await produceUntilStopped(node.kafkaAddress, topic, (count) => {
      if (count >= 2000 && killing === undefined) killing = node.kill();
    });
    expect(killing).toBeDefined();
    await killing;
    expect(acknowledged.length).toBeGreaterThanOrEqual(2000);
    const restarted = await node.restart();
    nodes.push(restarted);
    const consumed = await kafkajsConsume({ bootstrap: restarted.kafkaAddress, topic, partitions: [0, 1] });
    checkAcknowledgedOnce(acknowledged, consumed);
    if (extraCheckWith('kcat')) {
      const byKcat = await kcatConsume({ bootstrap: restarted.kafkaAddress, topic, partitions: [0, 1] });
      expect(byKcat.map((record) => record.value).sort()).toEqual(consumed.map((record) => record.value).sort());
    }
    await restarted.stop();
  });

  test('SIGTERM stops cleanly (exit 0) and a second start resumes topics and records', async () => {
    const node = await NodeProcess.start({ settings: { 'num.partitions': '1' } });
    nodes.push(node);
    const kafka = kafkajsClient(node.kafkaAddress);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'resume', numPartitions: 3 }], waitForLeaders: true });
    const before = await admin.fetchTopicMetadata({ topics: ['resume'] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: 'resume', acks: -1, messages: [0, 1, 2].map((partition) => ({ partition, value: `before-${partition}` })) });
    await producer.disconnect();
    expect(await node.stop()).toBe(0);
    expect(node.log()).toContain('stopped');

    const restarted = await node.restart();
    nodes.push(restarted);
    const admin2 = kafkajsClient(restarted.kafkaAddress).admin();
    await admin2.connect();
    const after = await admin2.fetchTopicMetadata({ topics: ['resume'] });
    await admin2.disconnect();
    expect(after.topics[0]?.partitions).toHaveLength(3);
    expect(after.topics[0]?.name).toBe(before.topics[0]?.name);
    const consumed = await kafkajsConsume({ bootstrap: restarted.kafkaAddress, topic: 'resume', partitions: [0, 1, 2] });
    expect(consumed.map((record) => [record.partition, record.offset, record.value])).toEqual(
      [0, 1, 2].map((partition) => [partition, 0, `before-${partition}`]));
    expect(await restarted.stop()).toBe(0);
  });

  test('SIGTERM answers a long poll in flight before the node exits', async () => {
    const node = await NodeProcess.start({ settings: { 'num.partitions': '1' } });
    nodes.push(node);
    const producer = kafkajsClient(node.kafkaAddress).producer();
    await producer.connect();
    await producer.send({ topic: 'long-poll', acks: -1, messages: [{ value: 'only' }] });
    await producer.disconnect();
    const poll = await kafkajsLongPoll({ bootstrap: node.kafkaAddress, topic: 'long-poll', partition: 0, fetchOffset: 1, maxWaitMs: 60_000 });
    try {
      // SIGTERM only once the Fetch is in flight at the broker: the node counts a frame's bytes
      // as it reads them and starts handling the frame at once, so bytes in > before = in flight.
      const before = await receivedBytes(node);
      const answered = poll.send();
      for (let attempt = 0; (await receivedBytes(node)) <= before; attempt += 1) {
        expect(attempt, 'the Fetch did not reach the node').toBeLessThan(500);
      }
      const stopped = node.stop();
      // The poll waits at the end of the log; a clean stop ends it with an answer, not a dropped
      // connection. The stop is a controlled shutdown: the controller first moves the partition's
      // leadership away (replication factor 1: to no leader, as Kafka's KRaft controller does),
      // so the answer is NOT_LEADER_OR_FOLLOWER (code 6), which clients retry elsewhere.
      await expect(answered).rejects.toMatchObject({ code: 6, retriable: true });
      expect(await stopped).toBe(0);
    } finally {
      await poll.close().catch(() => {});
    }
  });
});
