// Goal (issue 6): offsets by timestamp work through kcat: `-o s@TIMESTAMP` starts consuming at the
// first record whose timestamp is at or after TIMESTAMP (ListOffsets by timestamp), and
// `kcat -Q` answers the same offset query directly.
// Method: confluent-kafka produces records with chosen, increasing CreateTime timestamps into
// one partition; kcat then starts from timestamps between, on and after them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { skipWithout } from './support/clients.js';
import { kcat, kcatConsume, pythonProduce } from './support/external-clients.js';
import { NodeProcess } from './support/node-process.js';
import type { TestRecord } from './support/records.js';

const skip = skipWithout('kcat', 'confluent-kafka');
let node: NodeProcess;
const topic = 'timestamps';
const baseTimestamp = 1_700_000_000_000;

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'num.partitions': '1' } });
  // Timestamps 10 ms apart: record i has baseTimestamp + 10 i.
  const records: TestRecord[] = Array.from({ length: 20 }, (_, index) => ({
    partition: 0, key: `k${index}`, value: `v${index}`, headers: [], timestamp: baseTimestamp + 10 * index,
  }));
  const answer = await pythonProduce('confluent-kafka', { bootstrap: node.kafkaAddress, topic, codec: 'none', records });
  expect(answer.acks).toHaveLength(20);
});
afterAll(async () => {
  await node?.dispose();
});

describe.skipIf(skip)('offsets by timestamp', () => {
  test('kcat -o s@T starts at the first record with timestamp >= T', async () => {
    for (const [startMs, firstIndex] of [[baseTimestamp + 50, 5], [baseTimestamp + 55, 6], [baseTimestamp - 1, 0]] as const) {
      const consumed = await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0], offsetSpec: `s@${startMs}` });
      expect(consumed.map((record) => record.offset)).toEqual(Array.from({ length: 20 - firstIndex }, (_, index) => firstIndex + index));
      expect(consumed[0]?.timestamp).toBe(baseTimestamp + 10 * firstIndex);
    }
  });

  test('kcat -Q answers the offset of a timestamp, and the end offset after the last one', async () => {
    const inside = await kcat(['-b', node.kafkaAddress, '-Q', '-t', `${topic}:0:${baseTimestamp + 121}`]);
    expect(inside.stdout).toMatch(/timestamps \[0\] +offset 13\b/);
    const after = await kcat(['-b', node.kafkaAddress, '-Q', '-t', `${topic}:0:${baseTimestamp + 10_000}`]);
    // Kafka answers -1 (no such record); librdkafka prints it as the logical offset END (-1).
    expect(after.stdout).toMatch(/timestamps \[0\] +offset -1\b/);
  });
});
