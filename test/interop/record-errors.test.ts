// Goal: a produce batch with several invalid records fails exactly those records, as Kafka
// answers it: the broker checks every record and lists each bad one in `record_errors`, so
// librdkafka (2.4 and later read that list) fails the listed records as INVALID_RECORD and every
// other record of the batch with "an invalid record in the same batch caused the failure" (which
// a client may retry alone), and nothing of the batch is written. Before the broker listed them
// all, librdkafka failed the whole batch as INVALID_RECORD.
// Method: a real node; kcat linked against librdkafka 2.15 (built from ../shared/vendor by
// `make test`) sends 20 records in one batch to a compacted topic, every tenth without a key.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { kcatNew, skipWithout } from './support/clients.js';
import { runProcess } from './support/external-clients.js';
import { NodeProcess, runWeir } from './support/node-process.js';

const skip = skipWithout('kcat-librdkafka-2.15');
let node: NodeProcess;

beforeAll(async () => { if (!skip) node = await NodeProcess.start(); });
afterAll(async () => { await node?.stop(); });

describe.skipIf(skip)('record_errors through librdkafka 2.15', () => {
  test('only the keyless records of a batch to a compacted topic fail as INVALID_RECORD', async () => {
    const created = await runWeir(['topic', 'create', 'compacted', '--partitions', '1', '-c', 'cleanup.policy=compact',
      '--bootstrap', node.kafkaAddress]);
    expect(created.code).toBe(0);
    const lines = Array.from({ length: 20 }, (_, index) => index % 10 === 9 ? `:v${index}` : `k${index}:v${index}`);
    // linger.ms gathers all 20 into one batch; -Z makes an empty key a null key.
    const produced = await runProcess(kcatNew, ['-b', node.kafkaAddress, '-P', '-t', 'compacted', '-p', '0', '-K', ':', '-Z',
      '-X', 'linger.ms=200', '-X', 'retries=0'], `${lines.join('\n')}\n`);
    const failures = produced.stderr.split('\n').filter((line) => line.includes('Delivery failed'));
    expect(failures.filter((line) => line.includes('Broker failed to validate record'))).toHaveLength(2);
    expect(failures.filter((line) => line.includes('invalid record in the same batch'))).toHaveLength(18);
    const read = await runWeir(['consume', 'compacted', '--from-beginning', '-e', '--bootstrap', node.kafkaAddress]);
    expect([read.code, read.stdout]).toEqual([0, '']);
  });
});
