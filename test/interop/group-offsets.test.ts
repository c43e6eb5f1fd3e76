// Goal: real clients commit and read offsets through Weir's group coordinator (issue 12):
// kafka-python finds the coordinator (creating __consumer_offsets), commits offsets with
// metadata outside any group generation, and its KafkaAdminClient.list_consumer_group_offsets
// reads them back; kafkajs' admin fetchOffsets reads the same, lists the group and deletes it,
// after which no offset is left. Method: one node process; each step by a different client.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { python, skipWithout } from './support/clients.js';
import { runProcess } from './support/external-clients.js';
import { kafkajsClient } from './support/js-clients.js';
import { NodeProcess } from './support/node-process.js';

const skip = skipWithout('kafka-python');
const script = fileURLToPath(new URL('./support/python_group_offsets.py', import.meta.url));
let node: NodeProcess;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'offsets.topic.num.partitions': '5' } });
});
afterAll(async () => {
  await node?.dispose();
});

async function kafkaPython<T>(command: Record<string, unknown>): Promise<T> {
  const result = await runProcess(python, [script], JSON.stringify({ bootstrap: node.kafkaAddress, ...command }));
  if (result.code !== 0) throw new Error(`kafka-python ${String(command['action'])} failed:\n${result.stderr.slice(-4000)}`);
  return JSON.parse(result.stdout) as T;
}

describe.skipIf(skip)('committed offsets with real clients', () => {
  test('kafka-python commits, its admin client and kafkajs admin read the offsets back, kafkajs deletes the group', async () => {
    const topic = 'group-offsets';
    const kafka = kafkajsClient(node.kafkaAddress);
    const admin = kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] });
      await kafkaPython({ action: 'commit', group: 'py-readers', topic, offsets: { 0: 17, 1: 4 }, metadata: 'from-python' });
      const listed = await kafkaPython<{ offsets: Record<string, [number, string]> }>(
        { action: 'list', group: 'py-readers', topic });
      expect(listed.offsets).toEqual({ [`${topic}:0`]: [17, 'from-python'], [`${topic}:1`]: [4, 'from-python'] });

      const fetched = await admin.fetchOffsets({ groupId: 'py-readers', topics: [topic] });
      expect(fetched).toEqual([{ topic, partitions: [
        { partition: 0, offset: '17', metadata: 'from-python' }, { partition: 1, offset: '4', metadata: 'from-python' }] }]);
      const groups = await admin.listGroups();
      expect(groups.groups).toContainEqual({ groupId: 'py-readers', protocolType: '' });
      await admin.deleteGroups(['py-readers']);
      const after = await admin.fetchOffsets({ groupId: 'py-readers', topics: [topic] });
      expect(after[0]?.partitions.map((partition) => partition.offset)).toEqual(['-1', '-1']);
    } finally {
      await admin.disconnect();
    }
  }, 120_000);
});
