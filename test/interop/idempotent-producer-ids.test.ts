// Goal (issue 13): real idempotent producers are accepted by one Weir node: kcat (librdkafka) with
// enable.idempotence=true gets a producer id (it refuses to produce unless the broker lists
// InitProducerId) and its records arrive once each; kafkajs with `idempotent: true` too; the two
// producers get different producer ids. Method: one real node process; each client produces a
// known set of records to its own topic, which is then read back in full. A fault-free run:
// deduplication under retries is tested by 'idempotence' and 'idempotence-interop'.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { kcatNew, skipWithout } from './support/clients.js';
import { kcatConsume, runProcess } from './support/external-clients.js';
import { kafkajsClient, kafkajsConsume } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';

const skip = skipWithout('kcat', 'kcat-librdkafka-2.15');
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'num.partitions': '1' } });
});
afterAll(async () => {
  await node?.dispose();
});

function values(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index}`);
}

describe.skipIf(skip)('idempotent producers on one node', () => {
  /** Produces `sent` with an idempotent kcat and returns the producer id librdkafka acquired. */
  async function idempotentKcat(command: string, topic: string, sent: readonly string[]): Promise<bigint> {
    const produced = await runProcess(command, ['-b', node.kafkaAddress, '-P', '-t', topic, '-p', '0',
      '-X', 'enable.idempotence=true', '-X', 'acks=all', '-d', 'eos'], sent.map((value) => `${value}\n`).join(''));
    expect(produced.stderr).not.toMatch(/not supported by any of the/);
    expect(produced.code).toBe(0);
    // Under -d eos librdkafka logs "Acquired PID{Id:N,Epoch:0}" once InitProducerId succeeded.
    const acquired = /Acquired PID\{Id:(\d+),Epoch:0\}/.exec(produced.stderr);
    expect(acquired).not.toBeNull();
    const consumed = await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] });
    expect(consumed.map((record) => record.value)).toEqual(sent);
    return BigInt(acquired![1]!);
  }

  test('kcat (librdkafka 2.0.2 and 2.15) with enable.idempotence=true gets distinct producer ids, records arrive once', async () => {
    const old = await idempotentKcat('kcat', 'idempotent-kcat', values('kcat', 50));
    const recent = await idempotentKcat(kcatNew, 'idempotent-kcat-2-15', values('kcat-2-15', 50));
    expect(recent).not.toBe(old);
  });

  test('kafkajs with idempotent: true produces, and every record arrives once', async () => {
    const kafka = kafkajsClient(node.kafkaAddress);
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'idempotent-kafkajs', numPartitions: 1 }], waitForLeaders: true });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
    await producer.connect();
    const sent = values('kafkajs', 30);
    try {
      for (const chunk of [sent.slice(0, 10), sent.slice(10, 20), sent.slice(20)]) {
        await producer.send({ topic: 'idempotent-kafkajs', acks: -1, messages: chunk.map((value) => ({ value })) });
      }
    } finally {
      await producer.disconnect();
    }
    const consumed = await kafkajsConsume({ bootstrap: node.kafkaAddress, topic: 'idempotent-kafkajs', partitions: [0] });
    expect(consumed.map((record) => record.value)).toEqual(sent);
  });
});
