// Goal (issue 12): a keyed topic with cleanup.policy=compact is compacted by a real node
// process, and real clients reading it from the beginning see, key by key, the last value at
// its original offset, with deleted keys gone once delete.retention.ms has passed.
// Method: one node with a short log.cleaner.backoff.ms; a topic with small segments and
// min.cleanable.dirty.ratio 0.01; confluent-kafka produces many updates of 20 keys, then
// tombstones for five of them, then records of fresh keys that seal the updates into segments
// the cleaner may clean (the active segment never is). Every read, by kcat while waiting (bounded
// polls) and by kafka-python at the end, is checked against the produced history with the
// compaction checker (sim/checkers/compaction.ts): no value lost, moved or invented, offsets
// increasing; once cleaned, no superseded value left below the sealed records.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCompactedLog } from '../../sim/checkers/compaction.js';
import type { CheckedRecord } from '../../sim/checkers/compaction.js';
import { skipWithout } from './support/clients.js';
import { eventually } from './support/eventually.js';
import { kcatConsume, pythonConsume, pythonCreateTopic, pythonProduce } from './support/external-clients.js';
import { NodeProcess } from './support/node-process.js';
import type { ConsumedRecord, TestRecord } from './support/records.js';

const skip = skipWithout('kcat', 'kafka-python', 'confluent-kafka');
const topic = 'compacted-keys';
const deleteRetentionMs = 4000;
const keyCount = 20;
const roundCount = 25;
const deletedKeys = ['key-0', 'key-1', 'key-2', 'key-3', 'key-4'];
let node: NodeProcess;
let history: CheckedRecord[] = [];
/** Offsets below this hold the updates and tombstones; the fresh keys start here. */
let sealedFrom = 0;

function record(key: string, value: string | null): TestRecord {
  return { partition: 0, key, value, headers: [], timestamp: null };
}

/** Produces `records` with confluent-kafka and adds them to the history at their offsets. */
async function produce(records: readonly TestRecord[]): Promise<void> {
  const answer = await pythonProduce('confluent-kafka', { bootstrap: node.kafkaAddress, topic, codec: 'none', records });
  expect(answer.error).toBeUndefined();
  expect(answer.acks).toHaveLength(records.length);
  answer.acks.forEach((ack, index) => {
    const produced = records[index];
    if (produced !== undefined) history.push({ offset: ack.offset, key: produced.key, value: produced.value });
  });
  history.sort((left, right) => left.offset - right.offset);
}

function checked(records: readonly ConsumedRecord[]): CheckedRecord[] {
  return records.map(({ offset, key, value }) => ({ offset, key, value }));
}

function cleaningCount(): number {
  return node.log().split('\n').filter((line) => line.includes('log cleaned')).length;
}

beforeAll(async () => {
  if (skip) return;
  node = await NodeProcess.start({ settings: { 'num.partitions': '1', 'log.cleaner.backoff.ms': '100' } });
  await pythonCreateTopic('kafka-python', { bootstrap: node.kafkaAddress, topic, partitions: 1, configs: {
    'cleanup.policy': 'compact', 'segment.bytes': '4096', 'min.cleanable.dirty.ratio': '0.01',
    'delete.retention.ms': String(deleteRetentionMs),
  } });
  for (let round = 0; round < roundCount; round += 1) {
    await produce(Array.from({ length: keyCount }, (_, key) => record(`key-${key}`, `round ${round} of key ${key}`.padEnd(40, '.'))));
  }
  await produce(deletedKeys.map((key) => record(key, null)));
  sealedFrom = (history[history.length - 1]?.offset ?? 0) + 1;
  // In runs of 30, so that no batch outgrows a segment (RECORD_LIST_TOO_LARGE).
  for (let run = 0; run < 5; run += 1) {
    await produce(Array.from({ length: 30 }, (_, index) => record(`fresh-${run}-${index}`, 'seals the updates'.padEnd(40, '.'))));
  }
}, 120_000);

afterAll(async () => {
  await node?.dispose();
});

describe.skipIf(skip)('log compaction on a real node', () => {
  test('readers from the beginning see the last value of every key at its offset; deleted keys go', async () => {
    // Cleanings run while kcat reads: every view read meanwhile must be sound.
    const cleaned = await eventually('the updates are compacted', 60_000, async () => {
      const view = checked(await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] }));
      expect(checkCompactedLog(history, view, { tombstonesMayBeRemoved: true })).toEqual([]);
      const superseded = checkCompactedLog(history, view, { cleanedBelow: sealedFrom, tombstonesMayBeRemoved: true });
      return cleaningCount() > 0 && superseded.length === 0 ? view : undefined;
    });
    expect(node.log()).toMatch(/log cleaned[^\n]*bytesBefore[^\n]*bytesAfter/);
    const updates = cleaned.filter((entry) => entry.offset < sealedFrom);
    expect(updates.length).toBeLessThanOrEqual(keyCount);
    for (let key = deletedKeys.length; key < keyCount; key += 1) {
      const latest = history.filter((entry) => entry.key === `key-${key}`).at(-1);
      expect(updates).toContainEqual(latest);
    }

    // delete.retention.ms after the cleaning that kept them, the tombstones go too.
    const final = await eventually('the tombstones are removed', 60_000, async () => {
      const view = checked(await kcatConsume({ bootstrap: node.kafkaAddress, topic, partitions: [0] }));
      expect(checkCompactedLog(history, view, { cleanedBelow: sealedFrom, tombstonesMayBeRemoved: true })).toEqual([]);
      return view.some((entry) => entry.value === null) ? undefined : view;
    });
    expect(final.filter((entry) => entry.key !== null && deletedKeys.includes(entry.key))).toEqual([]);
    expect(final.filter((entry) => entry.offset < sealedFrom)).toHaveLength(keyCount - deletedKeys.length);

    // kafka-python, reading from the beginning across the gaps, sees the same records.
    const byPython = checked(await pythonConsume('kafka-python', { bootstrap: node.kafkaAddress, topic, partitions: [0] }));
    expect(byPython).toEqual(final);
  }, 150_000);
});
