// Goal: the replica manager follows images correctly even when they arrive faster than it can
// apply them — a topic deleted and re-created (new topic id) between two applications ends with
// exactly the new topic's empty log, without deadlock; partitions of which this node is no
// replica are not opened; a partition whose leadership moves away (leader -1 or another broker)
// stays hosted as a follower, is no longer served to clients, and is served again, with the log
// it had, when leadership comes back (KIP-631 fencing and unfencing; issue 11: every replica
// hosts its log).
// Method: hand-built metadata images fed straight to a ReplicaManager on a simulated disk;
// completion is awaited with a bound (a deadlock shows up as a timeout, not a hang).
import { describe, expect, test } from 'vitest';
import { SimDisk } from '../../sim/sim-disk.js';
import { noopBrokerMetrics } from '../../src/broker/metrics.js';
import { ReplicaManager } from '../../src/broker/replica-manager.js';
import { silentLogger } from '../../src/log/logger.js';
import { emptyImage, type MetadataImage, type TopicImage } from '../../src/metadata/image/metadata-image.js';
import { nodeId, topicName, type Uuid } from '../../src/protocol/mod.js';
import { createNodeRuntime } from '../../src/runtime/nodejs/node-runtime.js';
import type { Runtime } from '../../src/runtime/seam.js';
import { ManualClock, testConfig } from '../controller/controller-fixture.js';
import { batchOf } from './support-protocol.js';
import { MemoryNetwork } from './support.js';

function imageWith(offset: number, topics: readonly { name: string; topicId: string; leader?: number }[]): MetadataImage {
  const topicImages: TopicImage[] = topics.map((topic) => ({
    name: topicName(topic.name),
    topicId: topic.topicId as Uuid,
    configs: new Map(),
    partitions: [{ topicName: topicName(topic.name), topicId: topic.topicId as Uuid, partition: 0, replicas: [nodeId(topic.leader ?? 1)],
      isr: [nodeId(topic.leader ?? 1)], leader: nodeId(topic.leader ?? 1), leaderEpoch: 0, partitionEpoch: 0,
      addingReplicas: [], removingReplicas: [], leaderRecoveryState: 0, elr: [], lastKnownElr: [] }],
  }));
  return { ...emptyImage(), offset, topicsByName: new Map(topicImages.map((topic) => [topic.name, topic])),
    topicsById: new Map(topicImages.map((topic) => [topic.topicId, topic])) };
}

/** `image` with every partition's leader set to `leader` (still in the ISR unless -1) at `leaderEpoch`. */
function withLeader(image: MetadataImage, leader: number, leaderEpoch: number): MetadataImage {
  const topics = [...image.topicsById.values()].map((topic) => ({ ...topic, partitions: topic.partitions.map((partition) => ({
    ...partition, leader: nodeId(leader), leaderEpoch, replicas: [nodeId(1), nodeId(2)], isr: [nodeId(1), nodeId(2)],
  })) }));
  return { ...image, topicsByName: new Map(topics.map((topic) => [topic.name, topic])),
    topicsById: new Map(topics.map((topic) => [topic.topicId, topic])) };
}

function manager(): { replicas: ReplicaManager; fatal: unknown[] } {
  const disk = new SimDisk({ random: { nextInt: () => 0 } });
  const runtime: Runtime = { clock: new ManualClock(), random: createNodeRuntime().random, disk, network: new MemoryNetwork() };
  const fatal: unknown[] = [];
  const replicas = new ReplicaManager({ runtime, config: testConfig('log.dirs=/data'), nodeId: nodeId(1), logger: silentLogger(),
    metrics: noopBrokerMetrics(), onFatal: (error) => fatal.push(error) });
  return { replicas, fatal };
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} never settled`)), 2000))]);
}

const firstId = 'AAAAAAAAAAAAAAAAAAAAAQ';
const secondId = 'AAAAAAAAAAAAAAAAAAAAAg';

describe('ReplicaManager', () => {
  test('a deletion and a re-creation published back to back leave only the new topic, empty', async () => {
    const { replicas, fatal } = manager();
    await replicas.prepare();
    await within(replicas.applyImage(imageWith(1, [{ name: 'again', topicId: firstId }])), 'the first image');
    const [first] = replicas.onlinePartitions();
    expect(first?.id.topicId).toBe(firstId);
    await first?.appendAsLeader(batchOf('old', 3));
    void replicas.applyImage(imageWith(2, []));
    const last = replicas.applyImage(imageWith(3, [{ name: 'again', topicId: secondId }]));
    await within(last, 'the re-creation');
    const online = replicas.onlinePartitions();
    expect(online.map((partition) => partition.id.topicId)).toEqual([secondId]);
    expect(online[0]?.offsets).toEqual({ logStartOffset: 0, highWatermark: 0, logEndOffset: 0 });
    expect(fatal).toEqual([]);
    replicas.checkInvariants();
    await replicas.stop();
  });

  test('leadership moving away and back keeps the replica hosted as follower, then serves the log it had', async () => {
    const { replicas, fatal } = manager();
    await replicas.prepare();
    const ledHere = imageWith(1, [{ name: 'moving', topicId: firstId }]);
    await within(replicas.applyImage(ledHere), 'the first image');
    const [first] = replicas.onlinePartitions();
    await first?.appendAsLeader(batchOf('kept', 3));
    for (const [offset, leader] of [[2, -1], [3, 2]] as const) {
      const away = withLeader(imageWith(offset, [{ name: 'moving', topicId: firstId }]), leader, offset - 1);
      await within(replicas.applyImage(away), `the image with leader ${leader}`);
      const [hosted] = replicas.onlinePartitions();
      expect(hosted).toBe(first);
      expect(hosted?.role).toMatchObject({ kind: 'follower', leader, leaderEpoch: offset - 1 });
      expect(replicas.lookup(away, 'moving', 0)).toEqual({ kind: 'error', errorCode: 6 });
    }
    const back = withLeader(imageWith(4, [{ name: 'moving', topicId: firstId }]), 1, 3);
    await within(replicas.applyImage(back), 'the image leading again');
    const lookup = replicas.lookup(back, 'moving', 0);
    expect(lookup.kind).toBe('ready');
    const [again] = replicas.onlinePartitions();
    expect(again?.role.kind).toBe('leader');
    expect(again?.offsets.logEndOffset).toBe(3);
    expect(again?.leaderEpoch).toBe(3);
    expect(fatal).toEqual([]);
    replicas.checkInvariants();
    await replicas.stop();
  });

  test('partitions of which this node is no replica are not opened and are answered NOT_LEADER_OR_FOLLOWER', async () => {
    const { replicas } = manager();
    await replicas.prepare();
    const image = imageWith(1, [{ name: 'elsewhere', topicId: firstId, leader: 2 }]);
    await within(replicas.applyImage(image), 'the image');
    expect(replicas.onlinePartitions()).toEqual([]);
    expect(replicas.lookup(image, 'elsewhere', 0)).toEqual({ kind: 'error', errorCode: 6 });
    await replicas.stop();
  });
});
