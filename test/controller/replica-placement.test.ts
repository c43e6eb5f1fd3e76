// Goal: replica placement stripes over racks as Kafka's StripedReplicaPlacer does: a partition's
// replicas are distinct active brokers on as many different racks as there are (up to its
// replication factor), preferred leaders rotate evenly over racks, a replication factor beyond
// the active brokers is refused, and fenced or shutting-down brokers get no replicas. Then
// CreateTopics through the real controller places a replication factor 3 topic across 3 racks.
// Method: concrete cases and fast-check over random racked clusters.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nodeId, topicName, ErrorCode } from '../../src/protocol/mod.js';
import { placeReplicas } from '../../src/controller/replica-placement.js';
import { Prng } from '../../sim/prng.js';
import { ControllerFixture, incarnation } from './controller-fixture.js';
import { imageOf, type BrokerShape } from './partition-images.js';

const clusterArbitrary = fc.array(
  fc.record({ rack: fc.constantFrom(null, 'a', 'b', 'c', 'd'), state: fc.constantFrom('active', 'active', 'fenced', 'shutting-down') }),
  { minLength: 1, maxLength: 9 },
).map((brokers) => brokers.map((broker, index): BrokerShape =>
  ({ id: index + 1, rack: broker.rack, state: broker.state as BrokerShape['state'] })));

describe('striped replica placement', () => {
  test('three racks of two brokers: every partition has one replica per rack', () => {
    const brokers = [1, 2, 3, 4, 5, 6].map((id) => ({ id, rack: ['x', 'y', 'z'][id % 3] ?? null }));
    const image = imageOf(brokers);
    const placed = placeReplicas(image, { partitionCount: 12, replicationFactor: 3, random: Prng.fromSeed(3) });
    expect(placed.ok).toBe(true);
    if (!placed.ok) return;
    for (const replicas of placed.assignments) {
      expect(new Set(replicas.map((id) => image.brokers.get(id)?.rack)).size).toBe(3);
    }
    // Every broker leads two of the twelve partitions.
    const leaders = placed.assignments.map((replicas) => replicas[0]);
    for (const id of [1, 2, 3, 4, 5, 6]) expect(leaders.filter((leader) => leader === id)).toHaveLength(2);
  });

  test('a replication factor beyond the active brokers is refused', () => {
    const image = imageOf([{ id: 1 }, { id: 2 }, { id: 3, state: 'fenced' }]);
    expect(placeReplicas(image, { partitionCount: 1, replicationFactor: 3, random: Prng.fromSeed(1) }).ok).toBe(false);
    expect(placeReplicas(image, { partitionCount: 1, replicationFactor: 2, random: Prng.fromSeed(1) }).ok).toBe(true);
  });

  test('any cluster: distinct active replicas on min(rf, racks) racks, leaders even over racks', () => {
    fc.assert(fc.property(clusterArbitrary, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 24 }),
      fc.nat(), (brokers, replicationFactor, partitionCount, seed) => {
        const image = imageOf(brokers);
        const active = brokers.filter((broker) => broker.state === 'active');
        const placed = placeReplicas(image, { partitionCount, replicationFactor, random: Prng.fromSeed(seed) });
        expect(placed.ok).toBe(replicationFactor <= active.length);
        if (!placed.ok) return;
        const rackOf = (id: number): string => String(image.brokers.get(nodeId(id))?.rack ?? '');
        const rackCount = new Set(active.map((broker) => rackOf(broker.id))).size;
        for (const replicas of placed.assignments) {
          expect(replicas).toHaveLength(replicationFactor);
          expect(new Set(replicas).size).toBe(replicationFactor);
          for (const id of replicas) expect(active.some((broker) => broker.id === id)).toBe(true);
          expect(new Set(replicas.map(rackOf)).size).toBe(Math.min(replicationFactor, rackCount));
        }
        const leadersByRack = new Map<string, number>();
        for (const replicas of placed.assignments) {
          const rack = rackOf(replicas[0] as number);
          leadersByRack.set(rack, (leadersByRack.get(rack) ?? 0) + 1);
        }
        const counts = [...leadersByRack.values()];
        if (partitionCount >= rackCount) expect(counts).toHaveLength(rackCount);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }));
  });
});

describe('CreateTopics with racks (through the controller)', () => {
  test('replication factor 3 over racks a, b, c puts one replica in each rack; 4 is INVALID_REPLICATION_FACTOR', async () => {
    const fixture = new ControllerFixture();
    for (const [id, rack] of [[1, 'a'], [2, 'a'], [3, 'b'], [4, 'c']] as const) {
      const reply = await fixture.controller.registerBroker({ brokerId: nodeId(id), incarnationId: incarnation(id), rack,
        listeners: [{ name: 'PLAINTEXT', host: 'h', port: 9000 + id, securityProtocol: 0 }] });
      expect(reply.errorCode).toBe(ErrorCode.NONE);
    }
    const create = (name: string, replicationFactor: number) => fixture.controller.createTopics({
      topics: [{ name: topicName(name), numPartitions: 6, replicationFactor, assignments: [], configs: [] }],
      timeoutMs: 1000, validateOnly: false,
    }, 7);
    expect((await create('striped', 3)).topics[0]?.errorCode).toBe(ErrorCode.NONE);
    const image = fixture.publisher.current();
    for (const partition of image.topicsByName.get(topicName('striped'))?.partitions ?? []) {
      expect(new Set(partition.replicas.map((id) => image.brokers.get(id)?.rack))).toEqual(new Set(['a', 'b', 'c']));
    }
    expect((await create('too-wide', 5)).topics[0]?.errorCode).toBe(ErrorCode.INVALID_REPLICATION_FACTOR);
  });
});
