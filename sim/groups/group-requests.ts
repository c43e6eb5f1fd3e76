// The group requests the simulated classic members send (FindCoordinator, JoinGroup, SyncGroup,
// Heartbeat, OffsetCommit, OffsetFetch, LeaveGroup), built with the generated wire types and
// pinned to versions real clients send (research/kafka-protocol.md): each member uses one
// column of `groupVersions`, so old and flexible codecs are both on the path. Part of
// sim/groups/. Each function answers a small value: the error code and what the member needs,
// or `no-answer` when the request got none (a timeout, a reset, an unreachable broker).
import { ApiKey, ErrorCode, groupId as toGroupId, topicName, type Uuid } from '../../src/protocol/mod.js';
import {
  createConsumerGroupHeartbeatRequest, createConsumerGroupHeartbeatRequestTopicPartitions,
  type ConsumerGroupHeartbeatResponse,
} from '../../src/protocol/generated/messages/consumer-group-heartbeat.js';
import { createFindCoordinatorRequest, type FindCoordinatorResponse } from '../../src/protocol/generated/messages/find-coordinator.js';
import {
  createJoinGroupRequest, createJoinGroupRequestProtocol, type JoinGroupResponse,
} from '../../src/protocol/generated/messages/join-group.js';
import {
  createSyncGroupRequest, createSyncGroupRequestAssignment, type SyncGroupResponse,
} from '../../src/protocol/generated/messages/sync-group.js';
import { createHeartbeatRequest, type HeartbeatResponse } from '../../src/protocol/generated/messages/heartbeat.js';
import {
  createLeaveGroupRequest, createLeaveGroupRequestMemberIdentity, type LeaveGroupResponse,
} from '../../src/protocol/generated/messages/leave-group.js';
import {
  createOffsetCommitRequest, createOffsetCommitRequestPartition, createOffsetCommitRequestTopic, type OffsetCommitResponse,
} from '../../src/protocol/generated/messages/offset-commit.js';
import {
  createOffsetFetchRequest, createOffsetFetchRequestGroup, createOffsetFetchRequestTopic, createOffsetFetchRequestTopics,
  type OffsetFetchResponse,
} from '../../src/protocol/generated/messages/offset-fetch.js';
import { pinned, type KafkaSend } from '../kafka/kafka-requests.js';
import { splitPartitionName } from './consumer-protocol.js';

/** One member's versions of each group API (a column of Kafka clients' choices). */
export interface GroupVersions {
  readonly findCoordinator: number;
  readonly joinGroup: number;
  readonly syncGroup: number;
  readonly heartbeat: number;
  readonly offsetCommit: number;
  readonly offsetFetch: number;
  readonly leaveGroup: number;
}

/**
 * By member number (1-based, wrapping): kafka-python's and kafkajs's era (FindCoordinator v1,
 * JoinGroup v5 with KIP-394's MEMBER_ID_REQUIRED, OffsetFetch v5 by topic), and librdkafka 2.x's
 * flexible versions (FindCoordinator v4 batched keys, OffsetFetch v8 by group).
 */
export const groupVersionColumns: readonly GroupVersions[] = [
  { findCoordinator: 4, joinGroup: 9, syncGroup: 5, heartbeat: 4, offsetCommit: 8, offsetFetch: 8, leaveGroup: 5 },
  { findCoordinator: 1, joinGroup: 5, syncGroup: 3, heartbeat: 3, offsetCommit: 7, offsetFetch: 5, leaveGroup: 3 },
];

/** Errors that mean "this broker is not (yet) the coordinator: find it again". */
export const coordinatorMovedErrors: ReadonlySet<number> = new Set([
  ErrorCode.NOT_COORDINATOR, ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS,
]);

export type Answer<T> = { readonly kind: 'answer'; readonly errorCode: number } & T | { readonly kind: 'no-answer' };

const noAnswer = { kind: 'no-answer' } as const;

/** Asks any broker which node coordinates `group`. */
export async function findCoordinator(send: KafkaSend, group: string, options: { version: number; timeoutMs: number }):
  Promise<Answer<{ nodeId: number }>> {
  const batched = options.version >= 4;
  const body = createFindCoordinatorRequest(batched ? { keyType: 0, coordinatorKeys: [group] } : { key: group, keyType: 0 });
  const outcome = await send<FindCoordinatorResponse>(pinned(ApiKey.FindCoordinator, options.version, body, options.timeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  if (!batched) return { kind: 'answer', errorCode: outcome.body.errorCode, nodeId: outcome.body.nodeId };
  const answer = outcome.body.coordinators.find((coordinator) => coordinator.key === group);
  if (answer === undefined) return noAnswer;
  return { kind: 'answer', errorCode: answer.errorCode, nodeId: answer.nodeId };
}

export interface JoinRequest {
  readonly group: string;
  readonly memberId: string;
  readonly sessionTimeoutMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly metadata: Uint8Array;
}

export type JoinAnswer = Answer<Pick<JoinGroupResponse, 'generationId' | 'leader' | 'memberId' | 'members' | 'protocolName'>>;

/** JoinGroup with one protocol, "range"; waits up to the rebalance timeout for the answer. */
export async function joinGroup(send: KafkaSend, join: JoinRequest, options: { version: number; timeoutMs: number }): Promise<JoinAnswer> {
  const body = createJoinGroupRequest({ groupId: toGroupId(join.group), sessionTimeoutMs: join.sessionTimeoutMs,
    rebalanceTimeoutMs: join.rebalanceTimeoutMs, memberId: join.memberId, protocolType: 'consumer',
    protocols: [createJoinGroupRequestProtocol({ name: 'range', metadata: join.metadata })] });
  const outcome = await send<JoinGroupResponse>(pinned(ApiKey.JoinGroup, options.version, body,
    options.timeoutMs + join.rebalanceTimeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  const { errorCode, generationId, leader, memberId, members, protocolName } = outcome.body;
  return { kind: 'answer', errorCode, generationId, leader, memberId, members, protocolName };
}

/** SyncGroup; the leader passes every member's assignment, the others none. */
export async function syncGroup(send: KafkaSend, sync: { group: string; generationId: number; memberId: string;
  assignments: ReadonlyMap<string, Uint8Array> }, options: { version: number; timeoutMs: number; rebalanceTimeoutMs: number }):
  Promise<Answer<{ assignment: Uint8Array }>> {
  const body = createSyncGroupRequest({ groupId: toGroupId(sync.group), generationId: sync.generationId, memberId: sync.memberId,
    protocolType: 'consumer', protocolName: 'range',
    assignments: [...sync.assignments].map(([memberId, assignment]) => createSyncGroupRequestAssignment({ memberId, assignment })) });
  const outcome = await send<SyncGroupResponse>(pinned(ApiKey.SyncGroup, options.version, body,
    options.timeoutMs + options.rebalanceTimeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  return { kind: 'answer', errorCode: outcome.body.errorCode, assignment: outcome.body.assignment };
}

/** Heartbeat of `generationId`; the answer's error code says whether to rejoin. */
export async function heartbeat(send: KafkaSend, beat: { group: string; generationId: number; memberId: string },
  options: { version: number; timeoutMs: number }): Promise<Answer<object>> {
  const body = createHeartbeatRequest({ groupId: toGroupId(beat.group), generationId: beat.generationId, memberId: beat.memberId });
  const outcome = await send<HeartbeatResponse>(pinned(ApiKey.Heartbeat, options.version, body, options.timeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  return { kind: 'answer', errorCode: outcome.body.errorCode };
}

/** LeaveGroup of one member (v3+ batches members; one here). */
export async function leaveGroup(send: KafkaSend, leave: { group: string; memberId: string },
  options: { version: number; timeoutMs: number }): Promise<Answer<object>> {
  const body = createLeaveGroupRequest(options.version >= 3
    ? { groupId: toGroupId(leave.group), members: [createLeaveGroupRequestMemberIdentity({ memberId: leave.memberId })] }
    : { groupId: toGroupId(leave.group), memberId: leave.memberId });
  const outcome = await send<LeaveGroupResponse>(pinned(ApiKey.LeaveGroup, options.version, body, options.timeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  return { kind: 'answer', errorCode: outcome.body.errorCode };
}

/** OffsetCommit of `offsets` ("topic/partition" -> offset); answers each partition's error code. */
export async function commitOffsets(send: KafkaSend, commit: { group: string; generationId: number; memberId: string;
  offsets: ReadonlyMap<string, number> }, options: { version: number; timeoutMs: number }):
  Promise<Answer<{ partitions: Map<string, number> }>> {
  const byTopic = groupByTopic([...commit.offsets.keys()]);
  const body = createOffsetCommitRequest({ groupId: toGroupId(commit.group), generationIdOrMemberEpoch: commit.generationId,
    memberId: commit.memberId, topics: [...byTopic].map(([topic, partitions]) => createOffsetCommitRequestTopic({
      name: topicName(topic), partitions: partitions.map((partition) => createOffsetCommitRequestPartition({ partitionIndex: partition,
        committedOffset: BigInt(commit.offsets.get(`${topic}/${partition}`) as number) })) })) });
  const outcome = await send<OffsetCommitResponse>(pinned(ApiKey.OffsetCommit, options.version, body, options.timeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  const partitions = new Map<string, number>();
  for (const topic of outcome.body.topics) {
    for (const partition of topic.partitions) partitions.set(`${topic.name}/${partition.partitionIndex}`, partition.errorCode);
  }
  const errorCode = [...partitions.values()].find((code) => code !== ErrorCode.NONE) ?? ErrorCode.NONE;
  return { kind: 'answer', errorCode, partitions };
}

/**
 * OffsetFetch of `partitions`: "topic/partition" -> committed offset (-1: none), or the first
 * error (the group's, or a partition's: UNSTABLE_OFFSET_COMMIT, a coordinator error).
 */
export async function fetchOffsets(send: KafkaSend, request: { group: string; partitions: readonly string[] },
  options: { version: number; timeoutMs: number }): Promise<Answer<{ offsets: Map<string, number> }>> {
  const byTopic = [...groupByTopic(request.partitions)];
  const body = options.version >= 8
    ? createOffsetFetchRequest({ requireStable: true, groups: [createOffsetFetchRequestGroup({ groupId: toGroupId(request.group),
      topics: byTopic.map(([topic, indexes]) => createOffsetFetchRequestTopics({ name: topicName(topic), partitionIndexes: indexes })) })] })
    : createOffsetFetchRequest({ groupId: toGroupId(request.group), requireStable: options.version >= 7,
      topics: byTopic.map(([topic, indexes]) => createOffsetFetchRequestTopic({ name: topicName(topic), partitionIndexes: indexes })) });
  const outcome = await send<OffsetFetchResponse>(pinned(ApiKey.OffsetFetch, options.version, body, options.timeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  const answer = options.version >= 8 ? outcome.body.groups.find((group) => group.groupId === request.group) : outcome.body;
  if (answer === undefined) return noAnswer;
  if (answer.errorCode !== ErrorCode.NONE) return { kind: 'answer', errorCode: answer.errorCode, offsets: new Map() };
  const offsets = new Map<string, number>();
  for (const topic of answer.topics) {
    for (const partition of topic.partitions) {
      if (partition.errorCode !== ErrorCode.NONE) return { kind: 'answer', errorCode: partition.errorCode, offsets: new Map() };
      offsets.set(`${topic.name}/${partition.partitionIndex}`, Number(partition.committedOffset));
    }
  }
  const missing = request.partitions.find((name) => !offsets.has(name));
  if (missing !== undefined) return noAnswer;
  return { kind: 'answer', errorCode: ErrorCode.NONE, offsets };
}

/** "topic/partition" names grouped by topic, partitions in order. */
function groupByTopic(names: readonly string[]): Map<string, number[]> {
  const byTopic = new Map<string, number[]>();
  for (const name of names) {
    const { topic, partition } = splitPartitionName(name);
    byTopic.set(topic, [...byTopic.get(topic) ?? [], partition].sort((a, b) => a - b));
  }
  return byTopic;
}

/** A partition set on the KIP-848 wire: by topic id. */
export interface TopicIdPartitions {
  readonly topicId: Uuid;
  readonly partitions: readonly number[];
}

export interface ConsumerHeartbeat {
  readonly group: string;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly rebalanceTimeoutMs: number;
  /** Null: unchanged since the last heartbeat. */
  readonly subscribedTopicNames: readonly string[] | null;
  /** What the member owns now; null: unchanged. */
  readonly owned: readonly TopicIdPartitions[] | null;
}

export type ConsumerHeartbeatAnswer = Answer<{ memberId: string | null; memberEpoch: number; heartbeatIntervalMs: number;
  /** The member's assignment, or null when it did not change. */
  assignment: TopicIdPartitions[] | null }>;

/** ConsumerGroupHeartbeat (KIP-848, v0: the coordinator chooses the member id). */
export async function consumerGroupHeartbeat(send: KafkaSend, beat: ConsumerHeartbeat,
  options: { version: number; timeoutMs: number }): Promise<ConsumerHeartbeatAnswer> {
  const body = createConsumerGroupHeartbeatRequest({ groupId: toGroupId(beat.group), memberId: beat.memberId,
    memberEpoch: beat.memberEpoch, rebalanceTimeoutMs: beat.rebalanceTimeoutMs,
    subscribedTopicNames: beat.subscribedTopicNames === null ? null : beat.subscribedTopicNames.map((name) => topicName(name)),
    topicPartitions: beat.owned === null ? null : beat.owned.map((owned) =>
      createConsumerGroupHeartbeatRequestTopicPartitions({ topicId: owned.topicId, partitions: [...owned.partitions] })) });
  const outcome = await send<ConsumerGroupHeartbeatResponse>(pinned(ApiKey.ConsumerGroupHeartbeat, options.version, body,
    options.timeoutMs));
  if (outcome.kind !== 'response') return noAnswer;
  const { errorCode, memberId, memberEpoch, heartbeatIntervalMs, assignment } = outcome.body;
  return { kind: 'answer', errorCode, memberId, memberEpoch, heartbeatIntervalMs,
    assignment: assignment === null ? null : assignment.topicPartitions.map((owned) => ({ topicId: owned.topicId,
      partitions: owned.partitions })) };
}
