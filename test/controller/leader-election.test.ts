// Goal: the leader-election planner (leader-election.ts) and the fence/unfence records built on
// it (broker-lifecycle-records.ts) follow Kafka's clean-election rules on any image: the leaving
// broker leads nothing and leaves every ISR it is not the last member of; a leader that can still
// lead keeps its partition; a new leader is the first able replica of the new ISR in assignment
// order; a partition is left without a leader only when no ISR member can lead; unfencing gives
// every leaderless partition whose ISR holds the broker back to it and touches no other; and the
// image that results passes every invariant, "a fenced broker leads nothing" included.
// Method: concrete cases, then fast-check over small random clusters (brokers active, fenced or
// shutting down; partitions with random replicas, ISRs and leaders), checking the image the
// planned records produce.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nodeId, topicName, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import { createBrokerRegistrationChangeRecord } from '../../src/protocol/generated/metadata/broker-registration-change-record.js';
import { createPartitionRecord } from '../../src/protocol/generated/metadata/partition-record.js';
import {
  createRegisterBrokerRecord, createRegisterBrokerRecordBrokerEndpoint,
} from '../../src/protocol/generated/metadata/register-broker-record.js';
import { createTopicRecord } from '../../src/protocol/generated/metadata/topic-record.js';
import type { MetadataRecord } from '../../src/metadata/metadata-records.js';
import {
  applyRecords, checkImageInvariants, emptyImage, isActiveBroker, type MetadataImage, type PartitionImage,
} from '../../src/metadata/image/metadata-image.js';
import { fenceBrokerRecords, unfenceBrokerRecords } from '../../src/controller/broker-lifecycle-records.js';
import { planLeaderElections } from '../../src/controller/leader-election.js';
import type { ReplicationPolicy } from '../../src/controller/replication-policy.js';
import { incarnation } from './controller-fixture.js';

/** Kafka's rules before KIP-966: no eligible leader replicas, no unclean elections. */
const withoutElr: ReplicationPolicy = { uncleanElectionEnabled: () => false, eligibleLeaderMinIsr: () => undefined };

type BrokerState = 'active' | 'fenced' | 'shutting-down';
interface PartitionShape { readonly replicas: readonly number[]; readonly isr: readonly number[]; readonly leader: number }

const topicId = 'AAAAAAAAAAAAAAAAAAAAAQ' as Uuid;

function brokerRecords(id: number, state: BrokerState): MetadataRecord[] {
  const records: MetadataRecord[] = [{
    type: 'RegisterBrokerRecord',
    record: createRegisterBrokerRecord({
      brokerId: nodeId(id), brokerEpoch: BigInt(id), incarnationId: incarnation(id), fenced: state === 'fenced',
      endPoints: [createRegisterBrokerRecordBrokerEndpoint({ name: 'PLAINTEXT', host: 'h', port: 9000 + id, securityProtocol: 0 })],
    }),
  }];
  if (state === 'shutting-down') {
    records.push({ type: 'BrokerRegistrationChangeRecord',
      record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(id), brokerEpoch: BigInt(id), fenced: 0, inControlledShutdown: 1 }) });
  }
  return records;
}

function imageOf(states: readonly BrokerState[], partitions: readonly PartitionShape[]): MetadataImage {
  const records: MetadataRecord[] = states.flatMap((state, index) => brokerRecords(index + 1, state));
  records.push({ type: 'TopicRecord', record: createTopicRecord({ name: topicName('t'), topicId }) });
  partitions.forEach((shape, partitionId) => records.push({
    type: 'PartitionRecord',
    record: createPartitionRecord({
      partitionId, topicId, replicas: shape.replicas.map(nodeId), isr: shape.isr.map(nodeId), leader: nodeId(shape.leader),
      leaderEpoch: 0, partitionEpoch: 0,
    }),
  }));
  const image = applyRecords(emptyImage(), records);
  checkImageInvariants(image);
  return image;
}

function partitionsOf(image: MetadataImage): readonly PartitionImage[] {
  return image.topicsById.get(topicId)!.partitions;
}

describe('leader election (clean, KIP-631 fencing and unfencing)', () => {
  test('fencing the only replica leaves the partition without a leader but keeps it in the ISR', () => {
    const image = imageOf(['active'], [{ replicas: [1], isr: [1], leader: 1 }]);
    const after = applyRecords(image, fenceBrokerRecords(image, nodeId(1), withoutElr));
    expect(partitionsOf(after)[0]).toMatchObject({ leader: -1, isr: [1], leaderEpoch: 1, partitionEpoch: 1 });
    checkImageInvariants(after);
  });

  test('a new leader is the first able replica of the shrunk ISR, in assignment order', () => {
    const image = imageOf(['active', 'fenced', 'shutting-down', 'active'], [
      { replicas: [1, 2, 3, 4], isr: [1, 3, 4], leader: 1 },
      { replicas: [4, 1], isr: [4, 1], leader: 4 },
    ]);
    const after = applyRecords(image, fenceBrokerRecords(image, nodeId(1), withoutElr));
    // Broker 2 is fenced and out of the ISR, broker 3 is shutting down: 4 leads.
    expect(partitionsOf(after)[0]).toMatchObject({ leader: 4, isr: [3, 4], leaderEpoch: 1 });
    // Broker 4 still leads its partition; broker 1 only leaves the ISR (no leader epoch bump).
    expect(partitionsOf(after)[1]).toMatchObject({ leader: 4, isr: [4], leaderEpoch: 0, partitionEpoch: 1 });
  });

  test('assignment order, not ISR order, decides among able ISR members', () => {
    const image = imageOf(['active', 'active', 'active'], [{ replicas: [2, 3, 1], isr: [3, 2, 1], leader: 1 }]);
    const after = applyRecords(image, fenceBrokerRecords(image, nodeId(1), withoutElr));
    expect(partitionsOf(after)[0]).toMatchObject({ leader: 2, isr: [3, 2] });
  });

  test('unfencing elects the broker only where no leader is, and writes nothing elsewhere', () => {
    const image = imageOf(['fenced', 'active'], [
      { replicas: [1], isr: [1], leader: -1 },
      { replicas: [1, 2], isr: [2, 1], leader: 2 },
      { replicas: [2], isr: [2], leader: 2 },
    ]);
    const records = unfenceBrokerRecords(image, nodeId(1), withoutElr);
    expect(records.map((record) => record.type)).toEqual(['BrokerRegistrationChangeRecord', 'PartitionChangeRecord']);
    const after = applyRecords(image, records);
    expect(partitionsOf(after).map((partition) => partition.leader)).toEqual([1, 2, 2]);
    expect(after.brokers.get(nodeId(1))!.fenced).toBe(false);
  });

  test('a change that moves nothing plans no record', () => {
    const image = imageOf(['active', 'active'], [{ replicas: [2], isr: [2], leader: 2 }]);
    expect(planLeaderElections(image, { leaving: nodeId(1), joining: null }, withoutElr)).toEqual([]);
  });
});

const stateArbitrary = fc.constantFrom<BrokerState>('active', 'active', 'fenced', 'shutting-down');

/** A cluster of 1-5 brokers and 1-6 partitions whose shapes satisfy the image invariants. */
const clusterArbitrary = fc.array(stateArbitrary, { minLength: 1, maxLength: 5 }).chain((states) => {
  const ids = states.map((_, index) => index + 1);
  const partition = fc.shuffledSubarray(ids, { minLength: 1 }).chain((replicas) =>
    fc.shuffledSubarray(replicas, { minLength: 1 }).chain((isr) => {
      const leaders = [-1, ...isr.filter((id) => states[id - 1] !== 'fenced')];
      return fc.constantFrom(...leaders).map((leader): PartitionShape => ({ replicas, isr, leader }));
    }));
  return fc.record({
    states: fc.constant(states),
    partitions: fc.array(partition, { minLength: 1, maxLength: 6 }),
    brokerIndex: fc.nat({ max: states.length - 1 }),
  });
});

/** Whether `id` may lead in `image` after `leaving` left (what the rules call "able"). */
function ableAfter(image: MetadataImage, id: NodeId, leaving: NodeId | null): boolean {
  return id !== leaving && isActiveBroker(image, id);
}

describe('leader election properties', () => {
  test('fencing any unfenced broker: it leads nothing, able leaders stay, new leaders are the first able ISR member', () => {
    fc.assert(fc.property(clusterArbitrary, ({ states, partitions, brokerIndex }) => {
      const image = imageOf(states, partitions);
      const leaving = nodeId(brokerIndex + 1);
      fc.pre(!image.brokers.get(leaving)!.fenced);
      const after = applyRecords(image, fenceBrokerRecords(image, leaving, withoutElr));
      checkImageInvariants(after);
      partitionsOf(image).forEach((before, index) => {
        const next = partitionsOf(after)[index]!;
        expect(next.leader).not.toBe(leaving);
        if (!before.isr.includes(leaving)) {
          expect(next).toBe(before);
          return;
        }
        const shrunk = before.isr.filter((id) => id !== leaving);
        expect(next.isr).toEqual(shrunk.length > 0 ? shrunk : before.isr);
        const able = (id: NodeId): boolean => ableAfter(image, id, leaving);
        if (before.leader !== -1 && able(before.leader)) expect(next.leader).toBe(before.leader);
        else expect(next.leader).toBe(before.replicas.find((id) => next.isr.includes(id) && able(id)) ?? -1);
        expect(next.leaderEpoch).toBe(before.leaderEpoch + (next.leader === before.leader ? 0 : 1));
      });
    }), { numRuns: 300 });
  });

  test('unfencing any fenced broker: every leaderless partition it is in-sync for gets a leader, the rest stay', () => {
    fc.assert(fc.property(clusterArbitrary, ({ states, partitions, brokerIndex }) => {
      const image = imageOf(states, partitions);
      const joining = nodeId(brokerIndex + 1);
      fc.pre(image.brokers.get(joining)!.fenced);
      const after = applyRecords(image, unfenceBrokerRecords(image, joining, withoutElr));
      checkImageInvariants(after);
      partitionsOf(image).forEach((before, index) => {
        const next = partitionsOf(after)[index]!;
        expect(next.isr).toEqual(before.isr);
        if (before.leader !== -1) {
          expect(next).toBe(before);
          return;
        }
        if (before.isr.includes(joining)) expect(next.leader).not.toBe(-1);
        if (next.leader !== -1) expect(isActiveBroker(after, next.leader)).toBe(true);
        else expect(before.isr.some((id) => isActiveBroker(after, id))).toBe(false);
      });
    }), { numRuns: 300 });
  });
});
