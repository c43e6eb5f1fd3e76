// Goal: eligible leader replicas (KIP-966) as the controller keeps them. With min.insync.replicas
// 2 on three replicas: replicas that leave an ISR already below 2 join the ELR; the ISR may
// empty (leader -1, the last leader remembered as the last known ELR) and an ELR member that
// comes back leads cleanly (ISR = it alone, no RECOVERING, no unclean-election warning); a broker
// that registers after an unclean shutdown leaves the ELR; with neither ISR nor ELR the last
// known leader leads again as an unclean election (RECOVERING); growing the ISR back to 2
// (AlterPartition) clears the ELR; an unclean election clears it too. Without ELR the last ISR
// member stays, as before.
// Method: hand-built images, the real planners (fence, unfence, registration, AlterPartition),
// the records applied back and every image checked against the invariants.
import { describe, expect, test } from 'vitest';
import { ErrorCode, nodeId, topicName, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import { createPartitionRecord } from '../../src/protocol/generated/metadata/partition-record.js';
import { createRegisterBrokerRecord } from '../../src/protocol/generated/metadata/register-broker-record.js';
import { createTopicRecord } from '../../src/protocol/generated/metadata/topic-record.js';
import { createAlterPartitionRequest } from '../../src/protocol/generated/messages/alter-partition.js';
import type { MetadataRecord } from '../../src/metadata/metadata-records.js';
import {
  applyRecords, checkImageInvariants, emptyImage, type MetadataImage, type PartitionImage,
} from '../../src/metadata/image/metadata-image.js';
import { fenceBrokerRecords, unfenceBrokerRecords } from '../../src/controller/broker-lifecycle-records.js';
import { newRegistration } from '../../src/controller/broker-registration.js';
import { planAlterPartition } from '../../src/controller/alter-partition.js';
import { planPartitionChange } from '../../src/controller/partition-change.js';
import { uncleanElectionsIn } from '../../src/controller/unclean-elections.js';
import type { ReplicationPolicy } from '../../src/controller/replication-policy.js';
import { incarnation, testConfig } from './controller-fixture.js';

const topicId = 'AAAAAAAAAAAAAAAAAAAAAw' as Uuid;
const elr: ReplicationPolicy = { uncleanElectionEnabled: () => false, eligibleLeaderMinIsr: () => 2 };
const withoutElr: ReplicationPolicy = { uncleanElectionEnabled: () => false, eligibleLeaderMinIsr: () => undefined };

/** Brokers 1-3 (epoch 10 + id, unfenced) and partition 0 on [1, 2, 3] led by 1 with the full ISR. */
function startImage(): MetadataImage {
  const records: MetadataRecord[] = [1, 2, 3].map((id) => ({ type: 'RegisterBrokerRecord', record: createRegisterBrokerRecord({
    brokerId: nodeId(id), brokerEpoch: BigInt(10 + id), incarnationId: incarnation(id), fenced: false, endPoints: [] }) }));
  records.push({ type: 'TopicRecord', record: createTopicRecord({ name: topicName('t'), topicId }) });
  records.push({ type: 'PartitionRecord', record: createPartitionRecord({ partitionId: 0, topicId,
    replicas: [1, 2, 3].map(nodeId), isr: [1, 2, 3].map(nodeId), leader: nodeId(1), leaderEpoch: 0, partitionEpoch: 0 }) });
  return applyRecords(emptyImage(), records);
}

function apply(image: MetadataImage, records: readonly MetadataRecord[]): MetadataImage {
  const after = applyRecords(image, records);
  checkImageInvariants(after);
  return after;
}

function partitionOf(image: MetadataImage): PartitionImage {
  return image.topicsById.get(topicId)!.partitions[0]!;
}

function state(image: MetadataImage): Pick<PartitionImage, 'leader' | 'isr' | 'elr' | 'lastKnownElr' | 'leaderRecoveryState'> {
  const { leader, isr, elr: eligible, lastKnownElr, leaderRecoveryState } = partitionOf(image);
  return { leader, isr, elr: eligible, lastKnownElr, leaderRecoveryState };
}

/** All three fenced one after the other: 3, then 2, then the leader 1. */
function allFenced(policy: ReplicationPolicy): MetadataImage {
  let image = startImage();
  for (const id of [3, 2, 1]) image = apply(image, fenceBrokerRecords(image, nodeId(id), policy));
  return image;
}

describe('eligible leader replicas (KIP-966)', () => {
  test('replicas leaving an ISR below min.insync.replicas join the ELR, and the ISR may empty', () => {
    let image = startImage();
    image = apply(image, fenceBrokerRecords(image, nodeId(3), elr));
    expect(state(image)).toMatchObject({ leader: 1, isr: [1, 2], elr: [] });
    image = apply(image, fenceBrokerRecords(image, nodeId(2), elr));
    expect(state(image)).toMatchObject({ leader: 1, isr: [1], elr: [2] });
    image = apply(image, fenceBrokerRecords(image, nodeId(1), elr));
    expect(state(image)).toMatchObject({ leader: -1, isr: [], elr: [1, 2], lastKnownElr: [1] });
  });

  test('an ELR member that comes back leads cleanly, alone in the ISR', () => {
    const offline = allFenced(elr);
    const records = unfenceBrokerRecords(offline, nodeId(2), elr);
    expect(uncleanElectionsIn(offline, records)).toEqual([]);
    const back = apply(offline, records);
    expect(state(back)).toMatchObject({ leader: 2, isr: [2], elr: [1], lastKnownElr: [], leaderRecoveryState: 0 });
  });

  test('a broker registering after an unclean shutdown leaves the ELR; the last known leader leads last', () => {
    const offline = allFenced(elr);
    const register = (image: MetadataImage, id: number, uncleanShutdown: boolean): MetadataImage => apply(image,
      newRegistration(image, { brokerId: nodeId(id), incarnationId: incarnation(20 + id), listeners: [] }, elr,
        { uncleanShutdown }).records);
    const after = register(offline, 1, true);
    expect(state(after)).toMatchObject({ leader: -1, isr: [], elr: [2], lastKnownElr: [1] });
    // Unfenced now, it still may not lead while broker 2, eligible, may come back.
    const unfenced = apply(after, unfenceBrokerRecords(after, nodeId(1), elr));
    expect(state(unfenced)).toMatchObject({ leader: -1, elr: [2] });
    // A clean restart (naming its previous epoch) keeps it eligible.
    expect(state(register(offline, 1, false))).toMatchObject({ elr: [1, 2], lastKnownElr: [1] });
    // Both eligible ones restarted uncleanly: the last known leader, 1, leads again, uncleanly.
    const neither = register(register(offline, 1, true), 2, true);
    expect(state(neither)).toMatchObject({ leader: -1, isr: [], elr: [], lastKnownElr: [1] });
    const records = unfenceBrokerRecords(neither, nodeId(1), elr);
    expect(uncleanElectionsIn(neither, records).map((election) => election.leader)).toEqual([1]);
    expect(state(apply(neither, records))).toMatchObject({ leader: 1, isr: [1], elr: [], lastKnownElr: [],
      leaderRecoveryState: 1 });
  });

  test('the ISR growing back to min.insync.replicas through AlterPartition clears the ELR', () => {
    const offline = allFenced(elr);
    const led = apply(offline, unfenceBrokerRecords(offline, nodeId(2), elr));
    const withThree = apply(led, unfenceBrokerRecords(led, nodeId(3), elr));
    const partition = partitionOf(withThree);
    const request = createAlterPartitionRequest({ brokerId: nodeId(2), brokerEpoch: 12n, topics: [{ topicName: topicName('t'),
      topicId, partitions: [{ partitionIndex: 0, leaderEpoch: partition.leaderEpoch, newIsr: [],
        newIsrWithEpochs: [{ brokerId: 2 as NodeId, brokerEpoch: 12n }, { brokerId: 3 as NodeId, brokerEpoch: 13n }],
        leaderRecoveryState: 0, partitionEpoch: partition.partitionEpoch }] }] });
    const planned = planAlterPartition(request, { image: withThree, defaults: testConfig('min.insync.replicas=2'),
      random: { nextInt: () => 0, nextFloat: () => 0, nextBytes: (count: number) => new Uint8Array(count) }, apiVersion: 3 });
    expect(planned.response.topics[0]?.partitions[0]).toMatchObject({ errorCode: ErrorCode.NONE, isr: [2, 3] });
    expect(state(apply(withThree, planned.records))).toMatchObject({ leader: 2, isr: [2, 3], elr: [], lastKnownElr: [] });
  });

  test('an unclean election clears the ELR', () => {
    const partition = partitionOf(allFenced(elr));
    const change = planPartitionChange(partition, { election: 'unclean', minIsr: 2, canLead: (id) => id === 3 });
    expect(change).toMatchObject({ leader: 3, isr: [3], elr: [], unclean: true });
  });

  test('without ELR the last ISR member stays in the ISR and nothing else is kept', () => {
    expect(state(allFenced(withoutElr))).toMatchObject({ leader: -1, isr: [1], elr: [], lastKnownElr: [] });
  });
});
