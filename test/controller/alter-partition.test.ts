// Goal: the controller's AlterPartition planner (alter-partition.ts) commits a leader's ISR
// change only when it is current and safe, with Kafka's refusals: a stale broker epoch
// (STALE_BROKER_EPOCH), a sender that does not lead (INVALID_REQUEST), an old leader epoch
// (FENCED_LEADER_EPOCH), an old partition epoch (INVALID_UPDATE_VERSION), an ISR without the
// leader or outside the replicas (INVALID_REQUEST), and a new member that is fenced, shutting
// down or named in a stale broker epoch (INELIGIBLE_REPLICA, KIP-903); an accepted change is one
// PartitionChangeRecord that bumps the partition epoch and keeps leader and leader epoch.
// Method: hand-built images from metadata records, the planner called directly, the records
// applied back to the image.
import { describe, expect, test } from 'vitest';
import { nodeId, topicName, type NodeId, type Uuid } from '../../src/protocol/mod.js';
import { ErrorCode } from '../../src/protocol/mod.js';
import { createBrokerRegistrationChangeRecord } from '../../src/protocol/generated/metadata/broker-registration-change-record.js';
import { createPartitionRecord } from '../../src/protocol/generated/metadata/partition-record.js';
import { createRegisterBrokerRecord } from '../../src/protocol/generated/metadata/register-broker-record.js';
import { createTopicRecord } from '../../src/protocol/generated/metadata/topic-record.js';
import { createAlterPartitionRequest, type AlterPartitionRequest } from '../../src/protocol/generated/messages/alter-partition.js';
import type { MetadataRecord } from '../../src/metadata/metadata-records.js';
import { applyRecords, checkImageInvariants, emptyImage, type MetadataImage } from '../../src/metadata/image/metadata-image.js';
import { planAlterPartition } from '../../src/controller/alter-partition.js';
import type { PlanContext } from '../../src/controller/controller-plan.js';
import { incarnation, testConfig } from './controller-fixture.js';

const topicId = 'AAAAAAAAAAAAAAAAAAAAAg' as Uuid;

/** Brokers 1-4 with epoch 10 + id (3 fenced, 4 shutting down) and partition 0 on [1, 2, 3, 4] led by 1. */
function image(isr: readonly number[], leaderRecoveryState = 0): MetadataImage {
  const records: MetadataRecord[] = [1, 2, 3, 4].map((id) => ({ type: 'RegisterBrokerRecord', record: createRegisterBrokerRecord({
    brokerId: nodeId(id), brokerEpoch: BigInt(10 + id), incarnationId: incarnation(id), fenced: id === 3, endPoints: [] }) }));
  records.push({ type: 'BrokerRegistrationChangeRecord', record: createBrokerRegistrationChangeRecord({ brokerId: nodeId(4),
    brokerEpoch: 14n, fenced: 0, inControlledShutdown: 1 }) });
  records.push({ type: 'TopicRecord', record: createTopicRecord({ name: topicName('t'), topicId }) });
  records.push({ type: 'PartitionRecord', record: createPartitionRecord({ partitionId: 0, topicId, replicas: [1, 2, 3, 4].map(nodeId),
    isr: isr.map(nodeId), leader: nodeId(1), leaderEpoch: 5, partitionEpoch: 7, leaderRecoveryState }) });
  return applyRecords(emptyImage(), records);
}

function request(change: { isr: readonly number[]; brokerEpochs?: Record<number, bigint>; leaderEpoch?: number;
  partitionEpoch?: number; brokerId?: number; senderEpoch?: bigint; leaderRecoveryState?: number }): AlterPartitionRequest {
  return createAlterPartitionRequest({ brokerId: nodeId(change.brokerId ?? 1), brokerEpoch: change.senderEpoch ?? 11n,
    topics: [{ topicName: topicName('t'), topicId, partitions: [{ partitionIndex: 0, leaderEpoch: change.leaderEpoch ?? 5,
      newIsr: [], newIsrWithEpochs: change.isr.map((id) => ({ brokerId: id as NodeId, brokerEpoch: change.brokerEpochs?.[id] ?? -1n })),
      leaderRecoveryState: change.leaderRecoveryState ?? 0, partitionEpoch: change.partitionEpoch ?? 7 }] }] });
}

function plan(base: MetadataImage, alter: AlterPartitionRequest) {
  const context: PlanContext = { image: base, defaults: testConfig(), random: { nextInt: () => 0, nextBytes: (count: number) => new Uint8Array(count) } as never,
    apiVersion: 3 };
  const planned = planAlterPartition(alter, context);
  return { planned, answer: planned.response.topics[0]?.partitions[0], topError: planned.response.errorCode };
}

describe('AlterPartition planning (KIP-497, KIP-903)', () => {
  test('a shrink commits one PartitionChangeRecord: partition epoch + 1, leader and leader epoch kept', () => {
    const base = image([1, 2]);
    const { planned, answer } = plan(base, request({ isr: [1] }));
    expect(answer).toMatchObject({ errorCode: ErrorCode.NONE, leaderId: 1, leaderEpoch: 5, isr: [1], partitionEpoch: 8 });
    const after = applyRecords(base, planned.records);
    checkImageInvariants(after);
    expect(after.topicsById.get(topicId)?.partitions[0]).toMatchObject({ isr: [1], leader: 1, leaderEpoch: 5, partitionEpoch: 8 });
  });

  test('an expansion by an active broker in its current epoch commits', () => {
    const { planned, answer } = plan(image([1]), request({ isr: [1, 2], brokerEpochs: { 2: 12n } }));
    expect(answer?.errorCode).toBe(ErrorCode.NONE);
    expect(planned.records).toHaveLength(1);
  });

  test('an unchanged ISR is answered with the current state and no record', () => {
    const { planned, answer } = plan(image([1, 2]), request({ isr: [2, 1] }));
    expect(answer).toMatchObject({ errorCode: ErrorCode.NONE, partitionEpoch: 7 });
    expect(planned.records).toEqual([]);
  });

  test.each([
    { name: 'a stale sender broker epoch', change: { isr: [1], senderEpoch: 3n }, top: ErrorCode.STALE_BROKER_EPOCH },
    { name: 'a sender that does not lead', change: { isr: [1, 2], brokerId: 2, senderEpoch: 12n }, code: ErrorCode.INVALID_REQUEST },
    { name: 'an old leader epoch', change: { isr: [1], leaderEpoch: 4 }, code: ErrorCode.FENCED_LEADER_EPOCH },
    { name: 'an old partition epoch', change: { isr: [1], partitionEpoch: 6 }, code: ErrorCode.INVALID_UPDATE_VERSION },
    { name: 'an ISR without the leader', change: { isr: [2] }, code: ErrorCode.INVALID_REQUEST },
    { name: 'a fenced new member', change: { isr: [1, 2, 3] }, code: ErrorCode.INELIGIBLE_REPLICA },
    { name: 'a shutting-down new member', change: { isr: [1, 2, 4] }, code: ErrorCode.INELIGIBLE_REPLICA },
  ])('refused: $name', ({ change, code, top }) => {
    const { planned, answer, topError } = plan(image([1, 2]), request(change));
    if (top !== undefined) expect(topError).toBe(top);
    else expect(answer?.errorCode).toBe(code);
    expect(planned.records).toEqual([]);
  });

  test('KIP-704: a recovering leader alone in its ISR ends recovery with RECOVERED and the same ISR', () => {
    const base = image([1], 1);
    const { planned, answer } = plan(base, request({ isr: [1], leaderRecoveryState: 0 }));
    expect(answer).toMatchObject({ errorCode: ErrorCode.NONE, isr: [1], leaderRecoveryState: 0, partitionEpoch: 8 });
    const after = applyRecords(base, planned.records);
    checkImageInvariants(after);
    expect(after.topicsById.get(topicId)?.partitions[0]).toMatchObject({ isr: [1], leaderRecoveryState: 0, partitionEpoch: 8 });
    // Staying RECOVERING, alone, is no change.
    expect(plan(base, request({ isr: [1], leaderRecoveryState: 1 })).planned.records).toEqual([]);
  });

  test.each([
    { name: 'RECOVERING with the ISR grown', at: 1, change: { isr: [1, 2], brokerEpochs: { 2: 12n }, leaderRecoveryState: 1 } },
    { name: 'RECOVERING after RECOVERED', at: 0, change: { isr: [1], leaderRecoveryState: 1 } },
    { name: 'an unknown recovery state', at: 1, change: { isr: [1], leaderRecoveryState: 7 } },
  ])('KIP-704 refused INVALID_REQUEST: $name', ({ at, change }) => {
    const { planned, answer } = plan(image([1], at), request(change));
    expect(answer?.errorCode).toBe(ErrorCode.INVALID_REQUEST);
    expect(planned.records).toEqual([]);
  });

  test('refused: a new member named in an older broker epoch than its registration (KIP-903)', () => {
    const { planned, answer } = plan(image([1]), request({ isr: [1, 2], brokerEpochs: { 2: 9n } }));
    expect(answer?.errorCode).toBe(ErrorCode.INELIGIBLE_REPLICA);
    expect(planned.records).toEqual([]);
  });
});
