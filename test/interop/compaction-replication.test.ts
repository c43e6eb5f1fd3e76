// Goal (issue 12): compaction on a replicated topic. Every replica cleans its own log, and a
// follower that was down while its leader compacted fetches the compacted batches unchanged,
// offset gaps and all; whichever replica leads afterwards serves, key by key, the last value at
// its original offset.
// Method: three real nodes, one topic (replication factor 3, min.insync.replicas=2) compacted by
// the node default log.cleanup.policy=compact with small segments. A follower is killed, many
// keyed updates are produced (acks=all, two in-sync replicas), the leader logs a cleaning, the
// follower restarts and rejoins the ISR, then the leader is killed and kcat reads from the new
// one; finally the rejoined follower's own log files are opened and read. Every view is checked
// with the compaction checker (sim/checkers/compaction.ts) against the produced history. Waits
// are bounded polls derived from the cluster's timeouts.
import { describe, expect, test } from 'vitest';
import { Log } from '../../storage/mod.js';
import { NodeDisk } from '../../src/runtime/nodejs/node-disk.js';
import { checkCompactedLog } from '../../sim/checkers/compaction.js';
import type { CheckedRecord } from '../../sim/checkers/compaction.js';
import { recordsOf } from '../storage/cleaner/compaction-support.js';
import { skipWithout } from './support/clients.js';
import { eventually } from './support/eventually.js';
import { kcatConsume, pythonProduce } from './support/external-clients.js';
import type { TestRecord } from './support/records.js';
import { waitForFullIsr } from './support/replica-agreement.js';
import {
  disposeAfterEach, failoverBoundMs, leaderAmong, rejoinBoundMs, startReplicatedCluster, type ReplicationTimeouts,
} from './support/replicated-cluster.js';

const timeouts: ReplicationTimeouts = { sessionTimeoutMs: 3000, replicaLagTimeMs: 3000 };
const topic = 'compacted';
const nodes = [1, 2, 3];
const started = disposeAfterEach();

function record(key: string, value: string): TestRecord {
  return { partition: 0, key, value, headers: [], timestamp: null };
}

describe('compaction of a replicated topic, real processes', () => {
  test.skipIf(skipWithout('confluent-kafka', 'kcat'))(
    'a follower fetches its leader\'s compacted log unchanged; every replica serves the last value of every key',
    async () => {
      const { cluster, states } = await startReplicatedCluster({ topic, timeouts, settings: {
        'log.cleanup.policy': 'compact', 'log.segment.bytes': '4096', 'log.cleaner.backoff.ms': '100' } });
      started.clusters.push(cluster);
      const before = states.get(0);
      if (before === undefined) throw new Error('partition 0 has a state');
      const follower = nodes.find((nodeId) => nodeId !== before.leader) as number;
      await cluster.kill(follower);
      const bootstrap = cluster.kafkaAddresses().filter((_, index) => index + 1 !== follower).join(',');
      const history: CheckedRecord[] = [];
      const produce = async (records: readonly TestRecord[]): Promise<void> => {
        const answer = await pythonProduce('confluent-kafka', { bootstrap, topic, codec: 'none', acks: -1, records });
        expect(answer.error).toBeUndefined();
        answer.acks.forEach((ack, index) => history.push({ offset: ack.offset, key: records[index]?.key ?? null,
          value: records[index]?.value ?? null }));
      };
      for (let round = 0; round < 20; round += 1) {
        await produce(Array.from({ length: 20 }, (_, key) => record(`key-${key}`, `round ${round} of key ${key}`.padEnd(40, '.'))));
      }
      for (let run = 0; run < 4; run += 1) {
        await produce(Array.from({ length: 30 }, (_, index) => record(`fresh-${run}-${index}`, 'seals'.padEnd(40, '.'))));
      }
      history.sort((left, right) => left.offset - right.offset);
      const leaderLog = (): string => cluster.node(before.leader).log();
      await eventually('the leader cleans its log', 60_000, async () =>
        (/log cleaned[^\n]*topic="compacted"/.test(leaderLog()) ? true : undefined));

      // The follower comes back behind the leader's cleaning and catches up from compacted segments.
      await cluster.restart(follower);
      await waitForFullIsr(cluster, { topic, among: nodes, limitMs: rejoinBoundMs });
      expect(cluster.node(follower).log()).not.toMatch(/a fetched batch was refused/);

      await cluster.kill(before.leader);
      const survivors = nodes.filter((nodeId) => nodeId !== before.leader);
      await leaderAmong(cluster, { topic, partition: 0, among: survivors, limitMs: failoverBoundMs(timeouts) });
      const survivorsBootstrap = cluster.kafkaAddresses().filter((_, index) => index + 1 !== before.leader).join(',');
      const view = (await kcatConsume({ bootstrap: survivorsBootstrap, topic, partitions: [0] }))
        .map(({ offset, key, value }) => ({ offset, key, value }));
      expect(checkCompactedLog(history, view, { tombstonesMayBeRemoved: false })).toEqual([]);

      // The rejoined follower's own files, read after a kill -9 and a recovery.
      await cluster.kill(follower);
      const log = await Log.open({ disk: new NodeDisk(), directory: `${cluster.node(follower).dataDirectory}/${topic}-0`,
        clock: { now: () => 0 }, config: { cleanupPolicy: 'compact' } });
      const replica = await recordsOf(log);
      await log.close();
      expect(checkCompactedLog(history, replica, { tombstonesMayBeRemoved: false })).toEqual([]);
      expect(replica.length).toBeLessThan(history.length);
    }, 240_000);
});
