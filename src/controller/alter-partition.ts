// AlterPartition (API key 56) as the controller plans it (KIP-497, KIP-903; Kafka's
// ReplicationControlManager.alterPartition): a partition leader proposes a new ISR, shrunk by
// followers out of sync or grown by followers caught up (src/broker/partition/isr-membership.ts).
// Pure: image and request in, PartitionChangeRecords and the answer out. The change takes effect
// once its record is committed and the image shows it; the leader waits for that.
//
// Refusals, the whole request: STALE_BROKER_EPOCH when the sender's broker epoch is not its
// current registration's. Per partition: UNKNOWN_TOPIC_ID (v2+, by id) or
// UNKNOWN_TOPIC_OR_PARTITION; INVALID_REQUEST when the sender does not lead the partition or the
// new ISR leaves out the leader or names a non-replica; FENCED_LEADER_EPOCH for an older leader
// epoch and NOT_CONTROLLER for a newer one (this controller is behind); INVALID_UPDATE_VERSION
// for an older partition epoch (a stale proposal) and NOT_CONTROLLER for a newer one;
// INELIGIBLE_REPLICA (OPERATION_NOT_ATTEMPTED before v1) when a broker added to the ISR is
// fenced, in controlled shutdown, or (v3 NewIsrWithEpochs) named with a broker epoch other
// than its current one (KIP-903: a restarted broker that lost its log must not rejoin on its
// old incarnation's fetches). KIP-704's LeaderRecoveryState: a leader elected uncleanly starts
// RECOVERING and ends it by proposing RECOVERED; INVALID_REQUEST for a state other than the two,
// for RECOVERING with an ISR beyond the leader, or for RECOVERING after RECOVERED. Otherwise one
// PartitionChangeRecord (partition epoch + 1, leader and leader epoch unchanged), answered with
// the new state; an ISR and recovery state equal to the current ones are answered with the
// current state and no record.
import { ErrorCode, type NodeId, type Uuid } from '../protocol/mod.js';
import type {
  AlterPartitionRequest, AlterPartitionRequestPartitionData, AlterPartitionResponse, AlterPartitionResponsePartitionData,
} from '../protocol/generated/messages/alter-partition.js';
import { createAlterPartitionResponsePartitionData } from '../protocol/generated/messages/alter-partition.js';
import { createPartitionChangeRecord } from '../protocol/generated/metadata/partition-change-record.js';
import type { MetadataRecord } from '../metadata/metadata-records.js';
import {
  LeaderRecoveryState, type MetadataImage, type PartitionImage, type TopicImage,
} from '../metadata/image/metadata-image.js';
import type { Plan, PlanContext, Rejection } from './controller-plan.js';

/** PartitionChangeRecord's leader value for "unchanged". */
const LEADER_UNCHANGED = -2 as NodeId;

type PartitionAnswer = AlterPartitionResponsePartitionData;

/** Plans an AlterPartition request against `context.image`. */
export function planAlterPartition(request: AlterPartitionRequest, context: PlanContext): Plan<AlterPartitionResponse> {
  const { image, apiVersion } = context;
  const sender = image.brokers.get(request.brokerId);
  if (sender === undefined || BigInt(sender.epoch) !== request.brokerEpoch) {
    const rejected = rejectAlterPartition(request, { apiVersion, errorCode: ErrorCode.STALE_BROKER_EPOCH,
      message: 'The broker epoch is not the current registration' });
    return { records: [], response: rejected, fail: () => rejected };
  }
  const records: MetadataRecord[] = [];
  const topics = request.topics.map((topicData) => {
    const topic = apiVersion >= 2 ? image.topicsById.get(topicData.topicId) : image.topicsByName.get(topicData.topicName);
    const partitions = topicData.partitions.map((partitionData) => {
      const planned = planPartition(image, { topic, partitionData, brokerId: request.brokerId, apiVersion });
      if (planned.record !== undefined) records.push(planned.record);
      return planned.answer;
    });
    return { topicName: topicData.topicName, topicId: topicData.topicId, partitions };
  });
  const response: AlterPartitionResponse = { throttleTimeMs: 0, errorCode: ErrorCode.NONE, topics };
  return {
    records,
    response,
    fail: (errorCode) => ({ ...response, topics: topics.map((topic) => ({ ...topic, partitions: topic.partitions.map(
      (answer) => answer.errorCode === ErrorCode.NONE ? { ...answer, errorCode } : answer) })) }),
  };
}

/** Answers every partition with `errorCode` (NOT_CONTROLLER, an overloaded queue). */
export function rejectAlterPartition(request: AlterPartitionRequest, rejection: Rejection): AlterPartitionResponse {
  return { throttleTimeMs: 0, errorCode: rejection.errorCode, topics: request.topics.map((topic) => ({
    topicName: topic.topicName, topicId: topic.topicId,
    partitions: topic.partitions.map((partition) => refusal(partition.partitionIndex, rejection.errorCode)),
  })) };
}

function refusal(partitionIndex: number, errorCode: number): PartitionAnswer {
  return createAlterPartitionResponsePartitionData({ partitionIndex, errorCode, leaderId: -1 as NodeId, leaderEpoch: -1,
    isr: [], partitionEpoch: -1 });
}

interface PartitionAsk {
  readonly topic: TopicImage | undefined;
  readonly partitionData: AlterPartitionRequestPartitionData;
  readonly brokerId: NodeId;
  readonly apiVersion: number;
}

function planPartition(image: MetadataImage, ask: PartitionAsk): { answer: PartitionAnswer; record?: MetadataRecord } {
  const { partitionData } = ask;
  const refuse = (errorCode: number): { answer: PartitionAnswer } => ({ answer: refusal(partitionData.partitionIndex, errorCode) });
  if (ask.topic === undefined) {
    return refuse(ask.apiVersion >= 2 ? ErrorCode.UNKNOWN_TOPIC_ID : ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  }
  const partition = ask.topic.partitions[partitionData.partitionIndex];
  if (partition === undefined) return refuse(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION);
  const errorCode = validate(image, partition, ask);
  if (errorCode !== ErrorCode.NONE) return refuse(errorCode);
  const newIsr = newIsrOf(partitionData, ask.apiVersion).map((member) => member.brokerId);
  const sameIsr = newIsr.length === partition.isr.length && newIsr.every((id) => partition.isr.includes(id));
  const recoveryState = partitionData.leaderRecoveryState;
  const answer = (isr: readonly NodeId[], partitionEpoch: number, leaderRecoveryState: number): PartitionAnswer =>
    createAlterPartitionResponsePartitionData({ partitionIndex: partition.partition, errorCode: ErrorCode.NONE,
      leaderId: partition.leader, leaderEpoch: partition.leaderEpoch, isr: [...isr], leaderRecoveryState, partitionEpoch });
  if (sameIsr && recoveryState === partition.leaderRecoveryState) {
    return { answer: answer(partition.isr, partition.partitionEpoch, partition.leaderRecoveryState) };
  }
  const record: MetadataRecord = { type: 'PartitionChangeRecord', record: createPartitionChangeRecord({
    partitionId: partition.partition, topicId: partition.topicId as Uuid, leader: LEADER_UNCHANGED,
    isr: sameIsr ? null : newIsr,
    ...(recoveryState === partition.leaderRecoveryState ? {} : { leaderRecoveryState: recoveryState }) }) };
  return { answer: answer(sameIsr ? partition.isr : newIsr, partition.partitionEpoch + 1, recoveryState), record };
}

/** The first refusal that applies to the proposal (see the file header), or NONE. */
function validate(image: MetadataImage, partition: PartitionImage, ask: PartitionAsk): number {
  const { partitionData } = ask;
  if (partition.leader !== ask.brokerId) return ErrorCode.INVALID_REQUEST;
  if (partitionData.leaderEpoch < partition.leaderEpoch) return ErrorCode.FENCED_LEADER_EPOCH;
  if (partitionData.leaderEpoch > partition.leaderEpoch) return ErrorCode.NOT_CONTROLLER;
  if (partitionData.partitionEpoch < partition.partitionEpoch) return ErrorCode.INVALID_UPDATE_VERSION;
  if (partitionData.partitionEpoch > partition.partitionEpoch) return ErrorCode.NOT_CONTROLLER;
  const newIsr = newIsrOf(partitionData, ask.apiVersion);
  const ids = newIsr.map((member) => member.brokerId);
  if (new Set(ids).size !== ids.length || !ids.includes(partition.leader)) return ErrorCode.INVALID_REQUEST;
  if (ids.some((id) => !partition.replicas.includes(id))) return ErrorCode.INVALID_REQUEST;
  if (!recoveryStateAllowed(partition, partitionData.leaderRecoveryState, ids.length)) return ErrorCode.INVALID_REQUEST;
  const ineligible = newIsr.some((member) => !partition.isr.includes(member.brokerId) && !isEligible(image, member));
  if (ineligible) return ask.apiVersion >= 1 ? ErrorCode.INELIGIBLE_REPLICA : ErrorCode.OPERATION_NOT_ATTEMPTED;
  return ErrorCode.NONE;
}

/** KIP-704: a known state; RECOVERING only with the leader alone in the ISR, and never again once RECOVERED. */
function recoveryStateAllowed(partition: PartitionImage, proposed: number, isrSize: number): boolean {
  if (proposed === LeaderRecoveryState.RECOVERED) return true;
  if (proposed !== LeaderRecoveryState.RECOVERING) return false;
  return isrSize === 1 && partition.leaderRecoveryState === LeaderRecoveryState.RECOVERING;
}

/** A broker may join an ISR: registered, unfenced, not shutting down, named in its current epoch. */
function isEligible(image: MetadataImage, member: { brokerId: NodeId; brokerEpoch: bigint }): boolean {
  const broker = image.brokers.get(member.brokerId);
  if (broker === undefined || broker.fenced || broker.inControlledShutdown) return false;
  return member.brokerEpoch === -1n || member.brokerEpoch === BigInt(broker.epoch);
}

/** The proposed ISR with each member's broker epoch (-1 before v3, which names ids only). */
function newIsrOf(partitionData: AlterPartitionRequestPartitionData, apiVersion: number):
  { brokerId: NodeId; brokerEpoch: bigint }[] {
  if (apiVersion >= 3) return partitionData.newIsrWithEpochs.map((member) => ({ brokerId: member.brokerId, brokerEpoch: member.brokerEpoch }));
  return partitionData.newIsr.map((brokerId) => ({ brokerId, brokerEpoch: -1n }));
}
